import { type HolidaySet, nextWorkingDay, workingDaysBetween } from "../period/calendar";
import type { ReportDueShift } from "../period/period.schema";
import { wibDate } from "../time";

const WIB = "+07:00";

/** When a monthly report falls due: day `dueDay` of the next month, and what to do when that day is not worked. */
export type ReportDueRule = { dueDay: number; shift: ReportDueShift };

/**
 * The WIB calendar day the report for month M is due: day `dueDay` of month M+1 (default the 5th; the period calendar
 * sets it), moved to the next working day when it falls on a weekend, a national holiday or a cuti bersama and the
 * year's rule says so (issue 9 rule 19).
 */
export function reportDueDate(year: number, month: number, rule: ReportDueRule, holidays: HolidaySet): string {
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const date = `${nextYear}-${String(nextMonth).padStart(2, "0")}-${String(rule.dueDay).padStart(2, "0")}`;
  return rule.shift === "next_working_day" ? nextWorkingDay(date, holidays) : date;
}

/** The end of the due day, 23:59:59.999 WIB, as a UTC instant. */
export function reportDeadline(year: number, month: number, rule: ReportDueRule, holidays: HolidaySet): string {
  return new Date(`${reportDueDate(year, month, rule, holidays)}T23:59:59.999${WIB}`).toISOString();
}

/** Compared as instants, not as strings: "…16:59:59Z" (no milliseconds) or a "+07:00" offset would sort wrongly. */
function isAfter(at: string, deadline: string): boolean {
  const a = Date.parse(at);
  const due = Date.parse(deadline);
  return Number.isNaN(a) || Number.isNaN(due) ? at > deadline : a > due;
}

/**
 * The one meaning of "late" for a monthly report (issue 9 rule 18), used by the report page, the report list and
 * compliance alike: submitted after the deadline (judged on the first submission, so it stays "terlambat" for ever,
 * whatever happens after), or not submitted while the deadline has passed.
 */
export function isReportLate(report: { submittedAt: string | null }, deadline: string, now: Date): boolean {
  return report.submittedAt === null ? isAfter(now.toISOString(), deadline) : isAfter(report.submittedAt, deadline);
}

/** A reminder is due soon from this many working days before the due day (the due day counted, today not). */
export const DUE_SOON_WORKING_DAYS = 3;
/** Older deadlines are left alone, so a first run on an old database or an SKP approved late is not a flood. */
export const OVERDUE_LOOKBACK_DAYS = 31;

/** Which reminder a missing report calls for now: "due soon" counts working days to the due day. */
export function reminderStage(now: Date, deadline: string, holidays: HolidaySet): "due_soon" | "overdue" | null {
  const left = Date.parse(deadline) - now.getTime();
  if (left < 0) {
    return -left <= OVERDUE_LOOKBACK_DAYS * 86_400_000 ? "overdue" : null;
  }
  const due = wibDate(new Date(deadline));
  return workingDaysBetween(wibDate(now), due, holidays) <= DUE_SOON_WORKING_DAYS ? "due_soon" : null;
}
