import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import {
  assertMonthInPeriod,
  cumulativeFor,
  isLate,
  isRateUnit,
  legalReportActions,
  monthsOf,
  nextReportStatus,
  type ReportAction,
  reportActions,
  reportDeadline,
} from "./report.rules";
import { type ReportStatus, reportStatusSchema } from "./report.schema";

describe("nextReportStatus over every status and action", () => {
  /** The whole workflow of the monthly report: where each action leads from each status, or null when illegal. */
  const table: Record<ReportStatus, Record<ReportAction, ReportStatus | null>> = {
    draft: {
      edit: "draft",
      submit: "diajukan",
      give_feedback: null,
      accept: null,
      request_revision: null,
      acknowledge: null,
      comment: null,
    },
    diajukan: {
      edit: null,
      submit: null,
      give_feedback: "diajukan",
      accept: "diterima",
      request_revision: "perlu_revisi",
      acknowledge: null,
      comment: "diajukan",
    },
    perlu_revisi: {
      edit: "perlu_revisi",
      submit: "diajukan",
      give_feedback: null,
      accept: null,
      request_revision: null,
      acknowledge: "perlu_revisi",
      comment: "perlu_revisi",
    },
    diterima: {
      edit: null,
      submit: null,
      give_feedback: null,
      accept: null,
      request_revision: null,
      acknowledge: "diterima",
      comment: "diterima",
    },
  };

  for (const from of reportStatusSchema.options) {
    for (const action of reportActions) {
      const to = table[from][action];
      if (to === null) {
        it(`refuses "${action}" on a ${from} report as an illegal transition`, () => {
          const violation = violationOf(() => nextReportStatus(from, action));
          assert.equal(violation.code, "illegal_transition");
          assert.deepEqual(violation.details, { from, action });
          assert.ok(violation.message.length > 0);
        });
      } else {
        it(`moves a ${from} report to ${to} on "${action}"`, () => {
          assert.equal(nextReportStatus(from, action), to);
        });
      }
    }
  }

  it("covers exactly the statuses and actions the domain knows", () => {
    assert.deepEqual(Object.keys(table).sort(), [...reportStatusSchema.options].sort());
    for (const from of reportStatusSchema.options) {
      assert.deepEqual(Object.keys(table[from]).sort(), [...reportActions].sort());
    }
  });
});

describe("legalReportActions", () => {
  const cases: [ReportStatus, ReportAction[]][] = [
    ["draft", ["edit", "submit"]],
    ["diajukan", ["give_feedback", "accept", "request_revision", "comment"]],
    ["perlu_revisi", ["edit", "submit", "acknowledge", "comment"]],
    ["diterima", ["acknowledge", "comment"]],
  ];
  for (const [status, actions] of cases) {
    it(`allows ${actions.join(", ")} on a ${status} report`, () => {
      assert.deepEqual(legalReportActions(status), actions);
    });
  }

  for (const status of reportStatusSchema.options) {
    it(`lists for a ${status} report exactly the actions nextReportStatus accepts`, () => {
      const accepted = reportActions.filter((action) => {
        try {
          nextReportStatus(status, action);
          return true;
        } catch {
          return false;
        }
      });
      assert.deepEqual(legalReportActions(status), accepted);
    });
  }
});

describe("reportDeadline", () => {
  const cases: [number, number, number, string][] = [
    [2026, 2, 5, "2026-03-05T16:59:59.999Z"],
    [2026, 1, 5, "2026-02-05T16:59:59.999Z"],
    [2026, 11, 5, "2026-12-05T16:59:59.999Z"],
    [2026, 12, 5, "2027-01-05T16:59:59.999Z"],
    [2025, 12, 10, "2026-01-10T16:59:59.999Z"],
    [2026, 6, 1, "2026-07-01T16:59:59.999Z"],
    [2026, 1, 28, "2026-02-28T16:59:59.999Z"],
    [2028, 1, 28, "2028-02-28T16:59:59.999Z"],
    [2026, 9, 15, "2026-10-15T16:59:59.999Z"],
  ];
  for (const [year, month, dueDay, expected] of cases) {
    it(`puts the ${year}-${String(month).padStart(2, "0")} report due on day ${dueDay} at ${expected}`, () => {
      assert.equal(reportDeadline(year, month, dueDay), expected);
    });
  }

  it("is the last millisecond of the due day in WIB", () => {
    const deadline = Date.parse(reportDeadline(2026, 2, 5));
    const startOfNextDayWib = Date.parse("2026-03-06T00:00:00+07:00");
    assert.equal(startOfNextDayWib - deadline, 1);
  });
});

describe("isLate", () => {
  const deadline = "2026-03-05T16:59:59.999Z";
  const cases: [string, string | null, boolean][] = [
    ["a report not submitted yet", null, false],
    ["a report submitted days early", "2026-03-01T02:00:00.000Z", false],
    ["a report submitted exactly at the deadline", "2026-03-05T16:59:59.999Z", false],
    ["a report submitted one millisecond after the deadline", "2026-03-05T17:00:00.000Z", true],
    ["a report submitted the next month", "2026-04-02T01:00:00.000Z", true],
    ["a report submitted at 23:59:59 WIB on the due day without milliseconds", "2026-03-05T16:59:59Z", false],
    ["a report submitted at 23:30 WIB written with its WIB offset", "2026-03-05T23:30:00+07:00", false],
    ["a report submitted at 00:10 WIB the day after, written with its WIB offset", "2026-03-06T00:10:00+07:00", true],
  ];
  for (const [name, submittedAt, late] of cases) {
    it(`${late ? "marks" : "does not mark"} ${name} as late`, () => {
      assert.equal(isLate(submittedAt, deadline), late);
    });
  }
});

describe("monthsOf", () => {
  const cases: [string, string, string, number[]][] = [
    ["a whole year", "2026-01-01", "2026-12-31", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ["a period starting 1 July", "2026-07-01", "2026-12-31", [7, 8, 9, 10, 11, 12]],
    ["a period ending 30 June", "2026-01-01", "2026-06-30", [1, 2, 3, 4, 5, 6]],
    ["a period starting mid-month", "2026-03-15", "2026-12-31", [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ["a period within one month", "2026-05-01", "2026-05-31", [5]],
    ["a period from April to September", "2026-04-01", "2026-09-30", [4, 5, 6, 7, 8, 9]],
  ];
  for (const [name, start, end, months] of cases) {
    it(`gives months ${months[0]}..${months[months.length - 1]} for ${name}`, () => {
      assert.deepEqual(monthsOf(start, end), months);
    });
  }
});

describe("assertMonthInPeriod", () => {
  const inside: [number, string, string][] = [
    [1, "2026-01-01", "2026-12-31"],
    [12, "2026-01-01", "2026-12-31"],
    [7, "2026-07-01", "2026-12-31"],
    [6, "2026-01-01", "2026-06-30"],
  ];
  for (const [month, start, end] of inside) {
    it(`accepts month ${month} of the period ${start}..${end}`, () => {
      assert.doesNotThrow(() => assertMonthInPeriod(month, start, end));
    });
  }

  const outside: [number, string, string][] = [
    [6, "2026-07-01", "2026-12-31"],
    [7, "2026-01-01", "2026-06-30"],
    [0, "2026-01-01", "2026-12-31"],
    [13, "2026-01-01", "2026-12-31"],
    [1, "2026-07-01", "2026-12-31"],
  ];
  for (const [month, start, end] of outside) {
    it(`refuses month ${month} outside the period ${start}..${end}`, () => {
      const violation = violationOf(() => assertMonthInPeriod(month, start, end));
      assert.equal(violation.code, "month_outside_period");
      assert.equal(violation.field, "month");
      assert.deepEqual(violation.details, { month });
    });
  }
});

describe("isRateUnit", () => {
  const rates = [
    "persen",
    "%",
    "nilai",
    "nilai indeks",
    "indeks",
    "skor",
    "Persen",
    "PERSEN",
    " persen ",
    "Nilai Indeks",
    "NILAI INDEKS",
    "  nilai   indeks ",
    "nilai\tindeks",
    "Skor",
    "Indeks",
    " % ",
  ];
  for (const unit of rates) {
    it(`treats ${JSON.stringify(unit)} as a rate`, () => {
      assert.equal(isRateUnit(unit), true);
    });
  }

  const counts: (string | null)[] = [
    null,
    "",
    "   ",
    "berkas",
    "dokumen",
    "laporan",
    "kegiatan",
    "orang",
    "persentase dokumen",
    "nilaiindeks",
    "persen laporan",
  ];
  for (const unit of counts) {
    it(`treats ${JSON.stringify(unit)} as a count`, () => {
      assert.equal(isRateUnit(unit), false);
    });
  }
});

describe("cumulativeFor", () => {
  type Case = {
    name: string;
    values: (string | null)[];
    target: string | null;
    unit: string | null;
    cumulative: number | null;
    percent: number | null;
  };
  const cases: Case[] = [
    {
      name: "adds up counts against a target in Indonesian notation",
      values: ["120", "130"],
      target: "1.500",
      unit: "berkas",
      cumulative: 250,
      percent: 16.7,
    },
    {
      name: "averages a rate in persen",
      values: ["90", "100"],
      target: "100",
      unit: "persen",
      cumulative: 95,
      percent: 95,
    },
    {
      name: "averages a rate in %",
      values: ["80", "90", "100"],
      target: "100",
      unit: "%",
      cumulative: 90,
      percent: 90,
    },
    {
      name: "averages a nilai indeks written with decimal commas",
      values: ["3,5", "4"],
      target: "4",
      unit: "Nilai Indeks",
      cumulative: 3.75,
      percent: 93.8,
    },
    {
      name: "reads values with thousands separators",
      values: ["1.200", "300"],
      target: "3.000",
      unit: "dokumen",
      cumulative: 1500,
      percent: 50,
    },
    {
      name: "reads values with decimal commas",
      values: ["85,5", "90"],
      target: "100",
      unit: "persen",
      cumulative: 87.75,
      percent: 87.8,
    },
    {
      name: "ignores empty and non-numeric values in a sum",
      values: ["120", "", null, "banyak", "   ", "130"],
      target: "1.500",
      unit: "berkas",
      cumulative: 250,
      percent: 16.7,
    },
    {
      name: "ignores empty months in an average rather than counting them as zero",
      values: ["90", "", null, "100"],
      target: "100",
      unit: "persen",
      cumulative: 95,
      percent: 95,
    },
    {
      name: "counts a reported zero",
      values: ["0", "100"],
      target: "100",
      unit: "persen",
      cumulative: 50,
      percent: 50,
    },
    {
      name: "answers nulls when every month is empty",
      values: ["", null, "  "],
      target: "1.500",
      unit: "berkas",
      cumulative: null,
      percent: null,
    },
    {
      name: "answers nulls when nothing was reported",
      values: [],
      target: "100",
      unit: "persen",
      cumulative: null,
      percent: null,
    },
    {
      name: "gives no percent for a non-numeric target",
      values: ["120", "130"],
      target: "12 Bulan",
      unit: "berkas",
      cumulative: 250,
      percent: null,
    },
    {
      name: "gives no percent without a target",
      values: ["5"],
      target: null,
      unit: "kegiatan",
      cumulative: 5,
      percent: null,
    },
    {
      name: "gives no percent for a zero target",
      values: ["5"],
      target: "0",
      unit: "kegiatan",
      cumulative: 5,
      percent: null,
    },
    {
      name: "treats a missing unit as a count",
      values: ["2", "3"],
      target: "10",
      unit: null,
      cumulative: 5,
      percent: 50,
    },
    {
      name: "rounds the cumulative to two decimals",
      values: ["1", "1", "2"],
      target: "3",
      unit: "skor",
      cumulative: 1.33,
      percent: 44.4,
    },
    {
      name: "rounds the percent to one decimal",
      values: ["1"],
      target: "3",
      unit: "laporan",
      cumulative: 1,
      percent: 33.3,
    },
    {
      name: "goes above 100 percent when the target is exceeded",
      values: ["700", "900"],
      target: "1.500",
      unit: "berkas",
      cumulative: 1600,
      percent: 106.7,
    },
    {
      name: "rounds the percent of a rate computed from the unrounded average",
      values: ["85,55", "85,56"],
      target: "90",
      unit: "persen",
      cumulative: 85.56,
      percent: 95.1,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(cumulativeFor(c.values, c.target, c.unit), { cumulative: c.cumulative, percent: c.percent });
    });
  }
});
