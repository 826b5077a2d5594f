import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import { defaultSkpDeadline, evaluationPeriods, monthName, skpPeriodFor, yearBounds } from "./period.rules";
import type { EvaluationPeriod } from "./period.schema";

describe("yearBounds", () => {
  const cases: [number, string, string][] = [
    [2026, "2026-01-01", "2026-12-31"],
    [2024, "2024-01-01", "2024-12-31"],
    [2020, "2020-01-01", "2020-12-31"],
    [2100, "2100-01-01", "2100-12-31"],
  ];
  for (const [year, start, end] of cases) {
    it(`runs the performance year ${year} from ${start} to ${end}`, () => {
      assert.deepEqual(yearBounds(year), { start, end });
    });
  }
});

describe("defaultSkpDeadline", () => {
  const cases: [number, string][] = [
    [2026, "2026-01-31"],
    [2024, "2024-01-31"],
    [2027, "2027-01-31"],
  ];
  for (const [year, deadline] of cases) {
    it(`sets the SKP deadline of ${year} at the end of January, ${deadline}`, () => {
      assert.equal(defaultSkpDeadline(year), deadline);
    });
  }
});

describe("monthName", () => {
  const cases: [number, string][] = [
    [1, "Januari"],
    [2, "Februari"],
    [3, "Maret"],
    [4, "April"],
    [5, "Mei"],
    [6, "Juni"],
    [7, "Juli"],
    [8, "Agustus"],
    [9, "September"],
    [10, "Oktober"],
    [11, "November"],
    [12, "Desember"],
  ];
  for (const [month, name] of cases) {
    it(`names month ${month} ${name}`, () => {
      assert.equal(monthName(month), name);
    });
  }

  const outOfRange: number[] = [0, 13, -1, 1.5];
  for (const month of outOfRange) {
    it(`falls back to the number itself for month ${month}, which does not exist`, () => {
      assert.equal(monthName(month), String(month));
    });
  }
});

/** One expected period: code, label, first and last day, and whether it is the annual evaluation. */
type Row = [string, string, string, string, boolean];

const toPeriod = ([code, label, start, end, isAnnual]: Row): EvaluationPeriod => ({
  code,
  label,
  start,
  end,
  isAnnual,
});

describe("evaluationPeriods by triwulan", () => {
  const quarters = (year: number): Row[] => [
    ["TW1", "Triwulan I", `${year}-01-01`, `${year}-03-31`, false],
    ["TW2", "Triwulan II", `${year}-04-01`, `${year}-06-30`, false],
    ["TW3", "Triwulan III", `${year}-07-01`, `${year}-09-30`, false],
    ["TW4", "Triwulan IV (Akhir)", `${year}-10-01`, `${year}-12-31`, true],
  ];
  for (const year of [2026, 2024]) {
    const periods = evaluationPeriods(year, "triwulan");
    for (const [index, row] of quarters(year).entries()) {
      const [code, label, start, end, isAnnual] = row;
      const annual = isAnnual ? " as the annual one" : "";
      it(`makes ${label} of ${year} (${code}) run from ${start} to ${end}${annual}`, () => {
        assert.deepEqual(periods[index], toPeriod(row));
      });
    }
    it(`gives exactly four quarters in ${year}`, () => {
      assert.equal(periods.length, 4);
    });
  }

  it("marks only Triwulan IV as the annual (akhir) evaluation", () => {
    assert.deepEqual(
      evaluationPeriods(2026, "triwulan")
        .filter((p) => p.isAnnual)
        .map((p) => p.code),
      ["TW4"],
    );
  });
});

describe("evaluationPeriods by month", () => {
  const months2026: Row[] = [
    ["B01", "Januari", "2026-01-01", "2026-01-31", false],
    ["B02", "Februari", "2026-02-01", "2026-02-28", false],
    ["B03", "Maret", "2026-03-01", "2026-03-31", false],
    ["B04", "April", "2026-04-01", "2026-04-30", false],
    ["B05", "Mei", "2026-05-01", "2026-05-31", false],
    ["B06", "Juni", "2026-06-01", "2026-06-30", false],
    ["B07", "Juli", "2026-07-01", "2026-07-31", false],
    ["B08", "Agustus", "2026-08-01", "2026-08-31", false],
    ["B09", "September", "2026-09-01", "2026-09-30", false],
    ["B10", "Oktober", "2026-10-01", "2026-10-31", false],
    ["B11", "November", "2026-11-01", "2026-11-30", false],
    ["B12", "Desember (Akhir)", "2026-12-01", "2026-12-31", true],
  ];
  const periods = evaluationPeriods(2026, "bulanan");
  for (const [index, row] of months2026.entries()) {
    const [code, label, start, end, isAnnual] = row;
    it(`makes ${label} 2026 (${code}) run from ${start} to ${end}${isAnnual ? " as the annual one" : ""}`, () => {
      assert.deepEqual(periods[index], toPeriod(row));
    });
  }

  it("gives exactly twelve months", () => {
    assert.equal(periods.length, 12);
  });

  it("marks only December as the annual evaluation", () => {
    assert.deepEqual(
      periods.filter((p) => p.isAnnual).map((p) => p.code),
      ["B12"],
    );
  });

  it("covers the whole year without gaps or overlaps", () => {
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    assert.equal(periods[0]?.start, "2026-01-01");
    assert.equal(periods.at(-1)?.end, "2026-12-31");
    for (const [index, period] of periods.entries()) {
      const next = periods[index + 1];
      if (next) {
        assert.equal(days(period.end, next.start), 1, `${period.code} ends the day before ${next.code} starts`);
      }
    }
  });

  const februaries: [number, string][] = [
    [2024, "2024-02-29"],
    [2028, "2028-02-29"],
    [2000, "2000-02-29"],
    [2025, "2025-02-28"],
    [2100, "2100-02-28"],
  ];
  for (const [year, end] of februaries) {
    const leap = end.endsWith("29");
    it(`ends February ${year} on ${end}${leap ? ", a leap year" : ", not a leap year"}`, () => {
      assert.deepEqual(
        evaluationPeriods(year, "bulanan")[1],
        toPeriod(["B02", "Februari", `${year}-02-01`, end, false]),
      );
    });
  }
});

describe("skpPeriodFor", () => {
  const cases: [string, { startDate: string; endDate: string | null }, string, string][] = [
    [
      "the whole year for a placement that started earlier and is still running",
      { startDate: "2021-01-01", endDate: null },
      "2026-01-01",
      "2026-12-31",
    ],
    [
      "the whole year for a placement that starts on 1 January",
      { startDate: "2026-01-01", endDate: null },
      "2026-01-01",
      "2026-12-31",
    ],
    [
      "the whole year for a placement that runs past the year on both sides",
      { startDate: "2025-06-01", endDate: "2027-06-30" },
      "2026-01-01",
      "2026-12-31",
    ],
    [
      "the whole year for a placement that ends on 31 December",
      { startDate: "2021-01-01", endDate: "2026-12-31" },
      "2026-01-01",
      "2026-12-31",
    ],
    [
      "from the start date for someone appointed at mid-year",
      { startDate: "2026-07-01", endDate: null },
      "2026-07-01",
      "2026-12-31",
    ],
    [
      "from 1 June to 31 December for someone moved on 1 June",
      { startDate: "2026-06-01", endDate: "2028-05-31" },
      "2026-06-01",
      "2026-12-31",
    ],
    [
      "up to the end date for a placement that ends at mid-year",
      { startDate: "2021-01-01", endDate: "2026-06-30" },
      "2026-01-01",
      "2026-06-30",
    ],
    [
      "the placement itself when it starts and ends inside the year",
      { startDate: "2026-03-15", endDate: "2026-09-14" },
      "2026-03-15",
      "2026-09-14",
    ],
    [
      "a single day for a placement that starts on 31 December",
      { startDate: "2026-12-31", endDate: null },
      "2026-12-31",
      "2026-12-31",
    ],
    [
      "a single day for a placement that ends on 1 January",
      { startDate: "2020-01-01", endDate: "2026-01-01" },
      "2026-01-01",
      "2026-01-01",
    ],
    [
      "a single day for a one-day placement",
      { startDate: "2026-08-17", endDate: "2026-08-17" },
      "2026-08-17",
      "2026-08-17",
    ],
  ];
  for (const [what, placement, start, end] of cases) {
    it(`gives ${what}: ${start} to ${end}`, () => {
      assert.deepEqual(skpPeriodFor(2026, placement), { start, end });
    });
  }

  it("keeps a leap day as the start of a placement in a leap year", () => {
    assert.deepEqual(skpPeriodFor(2024, { startDate: "2024-02-29", endDate: null }), {
      start: "2024-02-29",
      end: "2024-12-31",
    });
  });

  const outside: [string, { startDate: string; endDate: string | null }][] = [
    ["a placement that ended on 31 December of the year before", { startDate: "2021-01-01", endDate: "2025-12-31" }],
    ["a placement that ended years before", { startDate: "2015-01-01", endDate: "2019-06-30" }],
    ["a placement that starts on 1 January of the next year", { startDate: "2027-01-01", endDate: null }],
    ["a placement that starts years later", { startDate: "2030-01-01", endDate: "2031-12-31" }],
    ["a placement whose end date lies before its start date", { startDate: "2026-06-01", endDate: "2026-05-31" }],
  ];
  for (const [what, placement] of outside) {
    it(`refuses ${what} with skp_outside_period`, () => {
      const violation = violationOf(() => skpPeriodFor(2026, placement));
      assert.equal(violation.code, "skp_outside_period");
      assert.equal(violation.field, "year");
      assert.deepEqual(violation.details, { year: 2026, ...placement });
      assert.match(violation.message, /2026/);
    });
  }
});
