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

/** Months (1-12) of an SKP period within its year, e.g. a 1 July start gives 7..12. */
export function monthsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(5, 7));
  const last = Number(periodEnd.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The date a report's rater is resolved for: today (WIB), kept within the report's month and the SKP period. */
export function reportRaterDate(
  report: { year: number; month: number },
  period: { start: string; end: string },
  now: Date,
): string {
  const monthStart = `${report.year}-${String(report.month).padStart(2, "0")}-01`;
  const monthEnd = new Date(Date.UTC(report.year, report.month, 0)).toISOString().slice(0, 10);
  const from = monthStart > period.start ? monthStart : period.start;
  const to = monthEnd < period.end ? monthEnd : period.end;
  const today = wibDate(now);
  if (today < from) {
    return from;
  }
  return today > to ? to : today;
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
