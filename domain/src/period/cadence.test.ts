import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluationPeriods } from "./period.rules";
import { cadenceSchema } from "./period.schema";

/** Issue 9 rule 13: semester (and annual-only) cadences beside the monthly and quarterly ones (REGULATIONS.md §2.4). */
describe("evaluationPeriods by semester", () => {
  const cases: [number, [string, string, string, string, boolean][]][] = [
    [
      2026,
      [
        ["S1", "Semester I", "2026-01-01", "2026-06-30", false],
        ["S2", "Semester II (Akhir)", "2026-07-01", "2026-12-31", true],
      ],
    ],
    [
      2028,
      [
        ["S1", "Semester I", "2028-01-01", "2028-06-30", false],
        ["S2", "Semester II (Akhir)", "2028-07-01", "2028-12-31", true],
      ],
    ],
  ];
  for (const [year, rows] of cases) {
    for (const [index, [code, label, start, end, isAnnual]] of rows.entries()) {
      it(`makes ${label} of ${year} run from ${start} to ${end}${isAnnual ? " as the annual one" : ""}`, () => {
        assert.deepEqual(evaluationPeriods(year, "semester")[index], { code, label, start, end, isAnnual });
      });
    }
    it(`gives exactly two halves in ${year}, meeting at 30 June / 1 July`, () => {
      const periods = evaluationPeriods(year, "semester");
      assert.equal(periods.length, 2);
      assert.equal(periods[0]?.end, `${year}-06-30`);
      assert.equal(periods[1]?.start, `${year}-07-01`);
    });
  }
});

describe("evaluationPeriods by year only", () => {
  it("gives one period, the whole year, which is the annual evaluation", () => {
    assert.deepEqual(evaluationPeriods(2026, "tahunan"), [
      { code: "TH", label: "Tahunan (Akhir)", start: "2026-01-01", end: "2026-12-31", isAnnual: true },
    ]);
  });
});

describe("the last period of every cadence", () => {
  const cases: [string, number, string, string][] = [
    ["bulanan", 12, "B12", "Desember (Akhir)"],
    ["triwulan", 4, "TW4", "Triwulan IV (Akhir)"],
    ["semester", 2, "S2", "Semester II (Akhir)"],
    ["tahunan", 1, "TH", "Tahunan (Akhir)"],
  ];
  for (const [cadence, count, code, label] of cases) {
    const periods = evaluationPeriods(2026, cadenceSchema.parse(cadence));
    it(`${cadence}: ${count} periods, the last (${code}) ending 31 December is the only annual one`, () => {
      assert.equal(periods.length, count);
      assert.deepEqual(
        periods.filter((p) => p.isAnnual).map((p) => [p.code, p.label, p.end]),
        [[code, label, "2026-12-31"]],
      );
      assert.equal(periods[0]?.start, "2026-01-01");
    });
    it(`${cadence}: the periods follow one another without gaps`, () => {
      for (const [i, period] of periods.entries()) {
        const next = periods[i + 1];
        if (next) {
          const gap = (Date.parse(next.start) - Date.parse(period.end)) / 86_400_000;
          assert.equal(gap, 1, `${period.code} → ${next.code}`);
        }
      }
    });
  }

  it("accepts exactly the four cadences of REGULATIONS.md §2.4", () => {
    assert.deepEqual(cadenceSchema.options, ["triwulan", "bulanan", "semester", "tahunan"]);
    assert.equal(cadenceSchema.safeParse("semesteran").success, false);
  });
});
