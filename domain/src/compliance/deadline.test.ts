import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isReportLate, type ReportDueRule, reminderStage, reportDeadline, reportDueDate } from "./deadline.rules";

const fixed = (dueDay: number): ReportDueRule => ({ dueDay, shift: "none" });
const moving = (dueDay: number): ReportDueRule => ({ dueDay, shift: "next_working_day" });
/** Some of the 2026 and 2027 days off of the seeded calendar. */
const holidays = new Set(["2026-03-20", "2026-03-23", "2026-03-24", "2026-12-24", "2026-12-25", "2027-01-01"]);
const none = new Set<string>();

describe("reportDeadline with a fixed due day", () => {
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
      assert.equal(reportDeadline(year, month, fixed(dueDay), holidays), expected);
    });
  }

  it("is the last millisecond of the due day in WIB", () => {
    const deadline = Date.parse(reportDeadline(2026, 2, fixed(5), none));
    assert.equal(Date.parse("2026-03-06T00:00:00+07:00") - deadline, 1);
  });
});

/** Issue 9 rule 19: a due day on a weekend, holiday or cuti bersama moves to the next working day. */
describe("reportDueDate moved to the next working day", () => {
  const cases: [string, number, number, number, Set<string>, string][] = [
    ["a Thursday stays", 2026, 2, 5, holidays, "2026-03-05"],
    ["Saturday 5 December moves to Monday 7 December", 2026, 11, 5, holidays, "2026-12-07"],
    ["Sunday 5 April moves to Monday 6 April", 2026, 3, 5, holidays, "2026-04-06"],
    ["Saturday 5 September moves to Monday 7 September", 2026, 8, 5, holidays, "2026-09-07"],
    ["Tuesday 5 January 2027 (December's report, across the year end) stays", 2026, 12, 5, holidays, "2027-01-05"],
    ["the 1st of January 2027 (a holiday, Friday) moves to Monday 4 January", 2026, 12, 1, holidays, "2027-01-04"],
    ["Idulfitri's cuti bersama (20 March) moves past the holidays to 25 March", 2026, 2, 20, holidays, "2026-03-25"],
    ["Natal's cuti bersama (24 December) moves to Monday 28 December", 2026, 11, 24, holidays, "2026-12-28"],
    ["Saturday 28 February moves across the month end to Monday 2 March", 2026, 1, 28, holidays, "2026-03-02"],
    ["without a holiday calendar a weekday holiday is worked", 2026, 11, 25, none, "2026-12-25"],
  ];
  for (const [name, year, month, dueDay, set, expected] of cases) {
    it(`${name}: ${expected}`, () => {
      assert.equal(reportDueDate(year, month, moving(dueDay), set), expected);
    });
  }

  const unmoved: [number, number, number, string][] = [
    [2026, 11, 5, "2026-12-05"],
    [2026, 12, 1, "2027-01-01"],
    [2026, 11, 25, "2026-12-25"],
  ];
  for (const [year, month, dueDay, expected] of unmoved) {
    it(`keeps ${expected} when the year does not move deadlines`, () => {
      assert.equal(reportDueDate(year, month, fixed(dueDay), holidays), expected);
    });
  }

  it("ends a moved deadline at the end of the working day it moved to", () => {
    assert.equal(reportDeadline(2026, 11, moving(5), holidays), "2026-12-07T16:59:59.999Z");
  });
});

/** Issue 9 rule 18: one meaning of late for the report page, the list and compliance. */
describe("isReportLate", () => {
  const deadline = "2026-03-05T16:59:59.999Z";
  const before = new Date("2026-03-05T10:00:00.000Z");
  const after = new Date("2026-03-06T01:00:00.000Z");
  const cases: [string, string | null, Date, boolean][] = [
    ["a report not submitted while the deadline has not passed", null, before, false],
    ["a report not submitted after the deadline (an overdue draft or missing report)", null, after, true],
    ["a report not submitted one millisecond after the deadline", null, new Date("2026-03-05T17:00:00.000Z"), true],
    ["a report not submitted exactly at the deadline", null, new Date(deadline), false],
    ["a report submitted days early", "2026-03-01T02:00:00.000Z", after, false],
    ["a report submitted exactly at the deadline", "2026-03-05T16:59:59.999Z", after, false],
    ["a report submitted one millisecond after the deadline", "2026-03-05T17:00:00.000Z", after, true],
    ["a late report, read before its own deadline day ended (clock skew)", "2026-03-05T17:00:00.000Z", before, true],
    ["a report submitted the next month, read a year later", "2026-04-02T01:00:00.000Z", new Date("2027-04-01"), true],
    ["a report submitted at 23:59:59 WIB without milliseconds", "2026-03-05T16:59:59Z", after, false],
    ["a report submitted at 23:30 WIB written with its offset", "2026-03-05T23:30:00+07:00", after, false],
    ["a report submitted at 00:10 WIB the day after, with its offset", "2026-03-06T00:10:00+07:00", after, true],
  ];
  for (const [name, submittedAt, now, late] of cases) {
    it(`${late ? "marks" : "does not mark"} ${name} as late`, () => {
      assert.equal(isReportLate({ submittedAt }, deadline, now), late);
    });
  }
});

describe("reminderStage", () => {
  // December's deadline moved to Monday 7 December 2026.
  const deadline = "2026-12-07T16:59:59.999Z";
  const cases: [string, string, string | null][] = [
    ["two weeks before", "2026-11-23T03:00:00.000Z", null],
    ["Tuesday, four working days before", "2026-12-01T03:00:00.000Z", null],
    ["Wednesday, three working days before (Thu, Fri, Mon)", "2026-12-02T03:00:00.000Z", "due_soon"],
    ["Saturday, one working day before", "2026-12-05T03:00:00.000Z", "due_soon"],
    ["the due day itself", "2026-12-07T10:00:00.000Z", "due_soon"],
    ["just after the deadline", "2026-12-07T17:00:00.000Z", "overdue"],
    ["thirty days after", "2027-01-06T17:00:00.000Z", "overdue"],
    ["more than a month after", "2027-01-08T17:00:00.000Z", null],
  ];
  for (const [name, now, stage] of cases) {
    it(`${name}: ${stage ?? "no reminder"}`, () => {
      assert.equal(reminderStage(new Date(now), deadline, none), stage);
    });
  }

  it("counts a holiday out of the due-soon window", () => {
    const dueAfterNatal = "2026-12-28T16:59:59.999Z";
    // Monday 21 Dec: Tue 22, Wed 23, (24, 25 off), Mon 28 = three working days left.
    assert.equal(reminderStage(new Date("2026-12-21T03:00:00.000Z"), dueAfterNatal, holidays), "due_soon");
    assert.equal(reminderStage(new Date("2026-12-21T03:00:00.000Z"), dueAfterNatal, none), null);
  });
});
