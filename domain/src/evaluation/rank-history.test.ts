import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addRankSchema, jenjangSpans, monthsPerJenjang } from "./rank-history";

const jenjang = (value: string, tmt: string) => ({ kind: "jenjang" as const, value, tmt });

describe("jenjangSpans", () => {
  it("runs each entry until the day before the next, in TMT order whatever the input order", () => {
    assert.deepEqual(
      jenjangSpans([
        jenjang("ahli_muda", "2026-04-01"),
        { kind: "pangkat", value: "III/c", tmt: "2026-04-01" },
        jenjang("ahli_pertama", "2022-03-01"),
      ]),
      [
        { jenjang: "ahli_pertama", from: "2022-03-01", to: "2026-03-31" },
        { jenjang: "ahli_muda", from: "2026-04-01", to: null },
      ],
    );
  });
  it("ends a span across a leap-year February", () => {
    assert.equal(
      jenjangSpans([jenjang("mahir", "2027-01-01"), jenjang("penyelia", "2028-03-01")])[0]?.to,
      "2028-02-29",
    );
  });
  it("ignores entries that are not a fungsional jenjang", () => {
    assert.deepEqual(jenjangSpans([jenjang("pratama", "2026-01-01")]), []);
  });
});

describe("monthsPerJenjang", () => {
  it("gives a whole year to a jenjang held since before the year", () => {
    assert.deepEqual(monthsPerJenjang(jenjangSpans([jenjang("terampil", "2020-01-01")]), 2026), { terampil: 12 });
  });
  it("splits the year at a promotion on the first of a month", () => {
    const spans = jenjangSpans([jenjang("ahli_pertama", "2022-03-01"), jenjang("ahli_muda", "2026-04-01")]);
    assert.deepEqual(monthsPerJenjang(spans, 2026), { ahli_pertama: 3, ahli_muda: 9 });
    assert.deepEqual(monthsPerJenjang(spans, 2025), { ahli_pertama: 12 });
    assert.deepEqual(monthsPerJenjang(spans, 2022), { ahli_pertama: 10 });
    assert.deepEqual(monthsPerJenjang(spans, 2021), {});
  });
  it("starts counting the month after a TMT later than the first", () => {
    assert.deepEqual(monthsPerJenjang(jenjangSpans([jenjang("pemula", "2026-06-15")]), 2026), { pemula: 6 });
    assert.deepEqual(monthsPerJenjang(jenjangSpans([jenjang("pemula", "2026-12-02")]), 2026), {});
    assert.deepEqual(monthsPerJenjang(jenjangSpans([jenjang("pemula", "2026-12-01")]), 2026), { pemula: 1 });
  });
  it("stops at the end of a placement and leaves a gap uncounted", () => {
    const spans = [
      { jenjang: "mahir" as const, from: "2025-01-01", to: "2026-02-28" },
      { jenjang: "mahir" as const, from: "2026-05-01", to: null },
    ];
    assert.deepEqual(monthsPerJenjang(spans, 2026), { mahir: 10 });
  });
  it("gives an overlapping month to the span that started later", () => {
    const spans = [
      { jenjang: "ahli_pertama" as const, from: "2025-01-01", to: "2026-07-31" },
      { jenjang: "ahli_muda" as const, from: "2026-07-01", to: null },
    ];
    assert.deepEqual(monthsPerJenjang(spans, 2026), { ahli_pertama: 6, ahli_muda: 6 });
  });
});

describe("addRankSchema", () => {
  const base = { tmt: "2026-04-01", decreeNumber: "800/123/BKPSDM/2026" };
  it("takes a PNS golongan for a pangkat and a fungsional jenjang for a jenjang", () => {
    assert.ok(addRankSchema.safeParse({ ...base, kind: "pangkat", value: "III/c" }).success);
    assert.ok(addRankSchema.safeParse({ ...base, kind: "jenjang", value: "ahli_muda" }).success);
  });
  it("refuses a jenjang as a pangkat, a PPPK golongan, a JPT jenjang and a bad date, on the field", () => {
    for (const bad of [
      { kind: "pangkat", value: "ahli_muda" },
      { kind: "pangkat", value: "IX" },
      { kind: "jenjang", value: "III/a" },
      { kind: "jenjang", value: "pratama" },
    ]) {
      const result = addRankSchema.safeParse({ ...base, ...bad });
      assert.equal(result.success, false, JSON.stringify(bad));
      assert.deepEqual(result.error?.issues[0]?.path, ["value"]);
    }
    assert.equal(
      addRankSchema.safeParse({ ...base, kind: "pangkat", value: "III/a", tmt: "2026-02-30" }).success,
      false,
    );
  });
});
