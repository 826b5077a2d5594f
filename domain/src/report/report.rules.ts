import { type HolidaySet, nextWorkingDay, workingDaysBetween } from "../period/calendar";
import type { ReportDueShift } from "../period/period.schema";
import { RuleViolation } from "../rule-violation";
import type { Accumulation } from "../skp/accumulation";
import { parseTarget } from "../skp/skp.rules";
import { wibDate } from "../time";
import type { ReportStatus } from "./report.schema";

export const reportActions = [
  "edit",
  "submit",
  "give_feedback",
  "accept",
  "request_revision",
  "acknowledge",
  "comment",
] as const;
export type ReportAction = (typeof reportActions)[number];

/**
 * Every legal move of the monthly report (PRODUCT.md; REGULATIONS.md §2.3 umpan balik berkelanjutan).
 * Feedback may be saved while the report waits; acknowledging and replying keep the status.
 */
const transitions: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  draft: { edit: "draft", submit: "diajukan" },
  perlu_revisi: { edit: "perlu_revisi", submit: "diajukan", comment: "perlu_revisi", acknowledge: "perlu_revisi" },
  diajukan: {
    give_feedback: "diajukan",
    accept: "diterima",
    request_revision: "perlu_revisi",
    comment: "diajukan",
  },
  diterima: { acknowledge: "diterima", comment: "diterima" },
};

const refusals: Record<ReportAction, string> = {
  edit: "Laporan hanya dapat diubah saat draf atau perlu revisi",
  submit: "Laporan ini sudah diajukan atau sudah diterima",
  give_feedback: "Umpan balik diberikan saat laporan diajukan",
  accept: "Hanya laporan yang diajukan yang dapat diterima",
  request_revision: "Hanya laporan yang diajukan yang dapat diminta revisi",
  acknowledge: "Belum ada umpan balik untuk dikonfirmasi",
  comment: "Balasan dapat ditulis setelah laporan diajukan",
};

export function nextReportStatus(from: ReportStatus, action: ReportAction): ReportStatus {
  const to = transitions[from][action];
  if (!to) {
    throw new RuleViolation("illegal_transition", refusals[action], { from, action });
  }
  return to;
}

export function legalReportActions(from: ReportStatus): ReportAction[] {
  return reportActions.filter((action) => transitions[from][action] !== undefined);
}

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

/** Months (1-12) of an SKP period within its year, e.g. a 1 July start gives 7..12. */
export function monthsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(5, 7));
  const last = Number(periodEnd.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function assertMonthInPeriod(month: number, periodStart: string, periodEnd: string) {
  if (!monthsOf(periodStart, periodEnd).includes(month)) {
    throw new RuleViolation("month_outside_period", "Bulan ini berada di luar periode SKP", { month }, "month");
  }
}

/**
 * Realisation so far and its percentage of the target (issue 9 rule 11), from the months' values in month order:
 * counts add up, a stock takes its latest figure, rates are averaged. Null when nothing numeric was reported or the
 * target is not a number.
 */
export function cumulativeFor(
  monthlyValues: readonly (string | null)[],
  target: string | null,
  accumulation: Accumulation,
): { cumulative: number | null; percent: number | null } {
  const numbers = monthlyValues.map((v) => parseTarget(v)).filter((n): n is number => n !== null);
  const last = numbers.at(-1);
  if (last === undefined) {
    return { cumulative: null, percent: null };
  }
  const sum = numbers.reduce((a, b) => a + b, 0);
  const cumulative = { sum, latest: last, average: sum / numbers.length }[accumulation];
  const goal = parseTarget(target);
  const percent = goal && goal > 0 ? Math.round((cumulative / goal) * 1000) / 10 : null;
  return { cumulative: Math.round(cumulative * 100) / 100, percent };
}
