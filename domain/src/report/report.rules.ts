import { RuleViolation } from "../rule-violation";
import { parseTarget } from "../skp/skp.rules";
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

/**
 * The report for month M is due on day `dueDay` of month M+1, end of day WIB (default the 5th; the period
 * calendar sets it). Returned as a UTC instant.
 */
export function reportDeadline(year: number, month: number, dueDay: number): string {
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const date = `${nextYear}-${String(nextMonth).padStart(2, "0")}-${String(dueDay).padStart(2, "0")}`;
  return new Date(`${date}T23:59:59.999${WIB}`).toISOString();
}

/**
 * Late submissions are accepted but marked late. Compared as instants, not as strings: "…16:59:59Z" (no
 * milliseconds) or a "+07:00" offset would otherwise sort after the deadline's "…16:59:59.999Z".
 */
export function isLate(submittedAt: string | null, deadline: string): boolean {
  if (submittedAt === null) {
    return false;
  }
  const at = Date.parse(submittedAt);
  const due = Date.parse(deadline);
  if (Number.isNaN(at) || Number.isNaN(due)) {
    return submittedAt > deadline;
  }
  return at > due;
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
 * Units whose monthly values are rates: the year's figure is their average, not their sum. Case and spacing do not
 * matter ("Nilai  Indeks" is "nilai indeks").
 */
const rateUnits = ["persen", "%", "nilai", "nilai indeks", "indeks", "skor"];

export function isRateUnit(unit: string | null): boolean {
  return unit !== null && rateUnits.includes(unit.trim().replace(/\s+/g, " ").toLowerCase());
}

/**
 * Cumulative realisation so far and its percentage of the target: counts add up over the months; rates
 * (persen, nilai indeks) are averaged. Null when nothing numeric was reported or the target is not a number.
 */
export function cumulativeFor(
  monthlyValues: readonly (string | null)[],
  target: string | null,
  unit: string | null,
): { cumulative: number | null; percent: number | null } {
  const numbers = monthlyValues.map((v) => parseTarget(v)).filter((n): n is number => n !== null);
  if (numbers.length === 0) {
    return { cumulative: null, percent: null };
  }
  const sum = numbers.reduce((a, b) => a + b, 0);
  const cumulative = isRateUnit(unit) ? sum / numbers.length : sum;
  const goal = parseTarget(target);
  const percent = goal && goal > 0 ? Math.round((cumulative / goal) * 1000) / 10 : null;
  return { cumulative: Math.round(cumulative * 100) / 100, percent };
}
