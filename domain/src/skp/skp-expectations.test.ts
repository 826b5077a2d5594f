import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { berakhlakSe20of2021 } from "./berakhlak";
import { type ExpectationSlot, emptyExpectations } from "./skp-expectations";

const slots = (texts: Record<string, string | null>): ExpectationSlot[] =>
  berakhlakSe20of2021.map((v) => ({ code: v.code, name: v.name, expectation: texts[v.code] ?? null }));

describe("the empty Ekspektasi Khusus Pimpinan an approval is told about", () => {
  it("names all seven values, in the printed order, when none has an expectation", () => {
    assert.deepEqual(
      emptyExpectations(slots({})).map((e) => e.name),
      ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"],
    );
  });

  it("names nothing when every value has one", () => {
    const all = Object.fromEntries(berakhlakSe20of2021.map((v) => [v.code, `Ekspektasi ${v.name}`]));
    assert.deepEqual(emptyExpectations(slots(all)), []);
  });

  it("names only the values left empty, with their codes", () => {
    const some = slots({ berorientasi_pelayanan: "Ramah", akuntabel: "Tepat waktu", loyal: "Menjaga rahasia" });
    assert.deepEqual(emptyExpectations(some), [
      { code: "kompeten", name: "Kompeten" },
      { code: "harmonis", name: "Harmonis" },
      { code: "adaptif", name: "Adaptif" },
      { code: "kolaboratif", name: "Kolaboratif" },
    ]);
  });

  it("counts a text of only spaces or line breaks as empty, and null as empty", () => {
    const blank = slots({ berorientasi_pelayanan: "   ", akuntabel: "\n\t", kompeten: "", harmonis: null });
    assert.deepEqual(
      emptyExpectations(blank)
        .map((e) => e.code)
        .slice(0, 4),
      ["berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis"],
    );
  });

  it("keeps a one-character text as filled", () => {
    assert.equal(
      emptyExpectations(slots({ adaptif: "-" })).some((e) => e.code === "adaptif"),
      false,
    );
  });
});
