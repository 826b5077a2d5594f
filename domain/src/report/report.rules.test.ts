import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import {
  assertMonthInPeriod,
  legalReportActions,
  monthsOf,
  nextReportStatus,
  type ReportAction,
  reportActions,
  reportRaterDate,
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

describe("reportRaterDate", () => {
  const fullYear = { start: "2026-01-01", end: "2026-12-31" };
  const secondHalf = { start: "2026-07-01", end: "2026-12-31" };
  const firstHalf = { start: "2026-01-01", end: "2026-06-15" };
  const cases: [string, { year: number; month: number }, { start: string; end: string }, string, string][] = [
    ["today inside the month", { year: 2026, month: 3 }, fullYear, "2026-03-10T03:00:00Z", "2026-03-10"],
    ["today after the month: its last day", { year: 2026, month: 2 }, fullYear, "2026-03-10T03:00:00Z", "2026-02-28"],
    ["today before the month: its first day", { year: 2026, month: 5 }, fullYear, "2026-03-10T03:00:00Z", "2026-05-01"],
    ["a period starting mid-year", { year: 2026, month: 7 }, secondHalf, "2026-06-20T03:00:00Z", "2026-07-01"],
    ["a period ending mid-month", { year: 2026, month: 6 }, firstHalf, "2026-06-20T03:00:00Z", "2026-06-15"],
    ["the WIB day, not the UTC one", { year: 2026, month: 3 }, fullYear, "2026-03-10T18:00:00Z", "2026-03-11"],
    ["December ends on the 31st", { year: 2026, month: 12 }, fullYear, "2027-01-05T03:00:00Z", "2026-12-31"],
  ];
  for (const [name, report, period, now, expected] of cases) {
    it(`${name}: ${expected}`, () => {
      assert.equal(reportRaterDate(report, period, new Date(now)), expected);
    });
  }
});
