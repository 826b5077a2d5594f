import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import { berakhlakSe20of2021 } from "./berakhlak";
import { assertNoVersionOverlap, berakhlakVersionFor, createBerakhlakVersionSchema } from "./berakhlak.version";

const complete = () => ({
  version: "UU-20-2023",
  title: "Kode perilaku ASN, UU 20/2023",
  effectiveFrom: "2027-01-01",
  values: berakhlakSe20of2021.map((v) => ({ code: v.code, name: v.name, indicators: [...v.indicators] })),
});

describe("createBerakhlakVersionSchema: all 7 values x 3 panduan and a date", () => {
  it("accepts a complete version", () => {
    assert.equal(createBerakhlakVersionSchema.safeParse(complete()).success, true);
  });

  it("refuses a version that leaves out a value, naming it", () => {
    const input = complete();
    input.values = input.values.filter((v) => v.code !== "loyal");
    const result = createBerakhlakVersionSchema.safeParse(input);
    assert.equal(result.success, false);
    assert.match(result.error?.issues.map((i) => i.message).join(" ") ?? "", /loyal/);
  });

  it("refuses a value given twice", () => {
    const input = complete();
    input.values.push({ ...input.values[0], code: "akuntabel", name: "Akuntabel", indicators: ["a", "b", "c"] });
    assert.equal(createBerakhlakVersionSchema.safeParse(input).success, false);
  });

  it("refuses a value with two panduan perilaku", () => {
    const input = complete();
    input.values[3] = { ...input.values[3], indicators: ["Menghargai setiap orang", "Suka menolong"] } as never;
    assert.equal(createBerakhlakVersionSchema.safeParse(input).success, false);
  });

  it("refuses an empty panduan, a missing date and a lower-case code", () => {
    for (const broken of [
      { ...complete(), values: complete().values.map((v, i) => (i === 0 ? { ...v, indicators: ["", "b", "c"] } : v)) },
      { ...complete(), effectiveFrom: "1 Januari 2027" },
      { ...complete(), version: "uu 20/2023" },
    ]) {
      assert.equal(createBerakhlakVersionSchema.safeParse(broken).success, false);
    }
  });
});

describe("berakhlakVersionFor: the version in force on an SKP's first day", () => {
  const versions = [
    { version: "UU-20-2023", effectiveFrom: "2027-01-01" },
    { version: "SE-20-2021", effectiveFrom: "2022-01-01" },
  ];
  const cases: [string, string][] = [
    ["2026-01-01", "SE-20-2021"],
    ["2026-12-31", "SE-20-2021"],
    ["2027-01-01", "UU-20-2023"],
    ["2027-07-01", "UU-20-2023"],
    ["2021-01-01", "SE-20-2021"],
  ];
  for (const [date, version] of cases) {
    it(`gives an SKP starting ${date} the ${version} texts`, () => {
      assert.equal(berakhlakVersionFor(versions, date), version);
    });
  }

  it("gives nothing when no version exists", () => {
    assert.equal(berakhlakVersionFor([], "2026-01-01"), null);
  });
});

describe("assertNoVersionOverlap", () => {
  const versions = [{ version: "SE-20-2021", effectiveFrom: "2022-01-01" }];

  it("accepts a version starting on another day", () => {
    assertNoVersionOverlap(versions, { version: "UU-20-2023", effectiveFrom: "2027-01-01" });
  });

  it("refuses a version starting the same day as another", () => {
    const violation = violationOf(() =>
      assertNoVersionOverlap(versions, { version: "UU-20-2023", effectiveFrom: "2022-01-01" }),
    );
    assert.equal(violation.code, "berakhlak_version_overlap");
    assert.equal(violation.field, "effectiveFrom");
  });
});
