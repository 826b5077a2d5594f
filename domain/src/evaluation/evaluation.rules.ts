import { monthsOf } from "../report/report.rules";
import { RuleViolation } from "../rule-violation";
import { wibDate } from "../time";
import type { Rating } from "./evaluation.enums";

/** An evaluation period (evaluationPeriods) and the SKP period it is read against. */
type Span = { start: string; end: string };

/** Whether the SKP period and the evaluation period share a day: only then is the SKP evaluated for it. */
export function overlaps(skp: Span, period: Span): boolean {
  return skp.start <= period.end && period.start <= skp.end;
}

/**
 * The date the pejabat penilai of an evaluation is resolved for: the period's end or today, whichever is earlier,
 * kept within the part of the period the SKP covers (a rater who left before the period began never rates it).
 */
export function evaluationRaterDate(period: Span, skp: Span, now: Date): string {
  const from = period.start > skp.start ? period.start : skp.start;
  const to = period.end < skp.end ? period.end : skp.end;
  const today = wibDate(now);
  if (today < from) {
    return from;
  }
  return today > to ? to : today;
}

/** The months of the period the SKP covers, in order: the monthly reports the evaluation reads. */
export function evaluationMonths(period: Span, skp: Span): number[] {
  if (!overlaps(skp, period)) {
    return [];
  }
  const from = period.start > skp.start ? period.start : skp.start;
  const to = period.end < skp.end ? period.end : skp.end;
  return monthsOf(from, to);
}

/**
 * The share of an annual target due by the end of the period, for an IKI added up month by month: a quarter's
 * evaluation compares three months of work with three twelfths of the year's count, not with all of it (local
 * practice for the suggestion only; the rating is the rater's judgement, REGULATIONS.md §3.1). Stocks and rates are
 * compared with their whole target.
 */
export function targetShareDue(accumulation: "sum" | "latest" | "average", monthsSoFar: number, skpMonths: number) {
  if (accumulation !== "sum" || skpMonths <= 0) {
    return 1;
  }
  return Math.min(1, Math.max(0, monthsSoFar) / skpMonths);
}

/**
 * Anonymous peer input is shown to the rater only when at least this many distinct colleagues gave it, so no single
 * voice can be recognised (issue 12).
 */
export const PEER_MIN_CONTRIBUTORS = 3;

export function peerInputVisible(contributors: number): boolean {
  return contributors >= PEER_MIN_CONTRIBUTORS;
}

/** How audit and access entries name the author of peer input: never an id. */
export const ANONYMOUS_PEER = "rekan kerja (anonim)";

/** A result is set only with both ratings (PermenPANRB 6/2022: the predikat needs both). */
export function assertRatingsComplete(ratings: { hasilKerja: Rating | null; perilaku: Rating | null }) {
  if (ratings.hasilKerja === null || ratings.perilaku === null) {
    throw new RuleViolation(
      "evaluation_incomplete",
      "Rating hasil kerja dan rating perilaku kerja harus diisi sebelum evaluasi ditetapkan",
      {},
      ratings.hasilKerja === null ? "ratingHasilKerja" : "ratingPerilaku",
    );
  }
}
