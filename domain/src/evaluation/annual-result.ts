import { z } from "zod";
import type { Predikat } from "./evaluation.enums";

/**
 * Which SKP gives the annual predikat of an employee with several SKPs in a year (a move or a new seat). The
 * regulation's mutation rule is UNCONFIRMED (REGULATIONS.md §2.2, §10): by default the SKP held longest in the year,
 * configurable per year (decision 0057).
 */
export const annualRuleSchema = z.enum(["longest", "latest"], { message: "Aturan predikat tahunan tidak dikenal" });
export type AnnualRule = z.infer<typeof annualRuleSchema>;
export const DEFAULT_ANNUAL_RULE: AnnualRule = "longest";

/** One SKP of the year: its period (YYYY-MM-DD, inclusive) and its final predikat, null while not evaluated. */
export type AnnualPart = { skpId: string; periodStart: string; periodEnd: string; predikat: Predikat | null };

export type AnnualResult = { skpId: string; predikat: Predikat | null; days: number };

const DAY_MS = 86_400_000;

/** Days held, both ends included. */
export function daysHeld(part: Pick<AnnualPart, "periodStart" | "periodEnd">): number {
  return Math.round((Date.parse(part.periodEnd) - Date.parse(part.periodStart)) / DAY_MS) + 1;
}

/** Whether `b` comes later in the year than `a`: a later start, then a later end. */
function isLater(a: AnnualPart, b: AnnualPart): boolean {
  return b.periodStart > a.periodStart || (b.periodStart === a.periodStart && b.periodEnd > a.periodEnd);
}

/**
 * The SKP whose predikat is the year's: `longest` the one held most days (ties: the later one), `latest` the last
 * one. Its predikat is null while that SKP is not evaluated: the annual result waits for it rather than falling back
 * to a shorter SKP. Null when the year has no SKP.
 */
export function annualPredikat(
  parts: readonly AnnualPart[],
  rule: AnnualRule = DEFAULT_ANNUAL_RULE,
): AnnualResult | null {
  if (parts.length === 0) {
    return null;
  }
  const chosen = parts.reduce((a, b) => {
    if (rule === "latest") {
      return isLater(a, b) ? b : a;
    }
    const [da, db] = [daysHeld(a), daysHeld(b)];
    return db > da || (db === da && isLater(a, b)) ? b : a;
  });
  return { skpId: chosen.skpId, predikat: chosen.predikat, days: daysHeld(chosen) };
}

/**
 * The final predikat of one SKP (a seat) in the year: for a seat held to the year's end, the evaluation of the annual
 * period (Triwulan IV-Akhir by default, REGULATIONS.md §2.4); for a seat left earlier, its last evaluated period.
 * `evaluations` are the finalised ones only; null while the one that counts is missing.
 */
export function seatPredikat(
  evaluations: readonly { periodCode: string; predikat: Predikat }[],
  periods: readonly { code: string; end: string; isAnnual: boolean }[],
  periodEnd: string,
): Predikat | null {
  const annual = periods.find((p) => p.isAnnual);
  if (annual && periodEnd >= annual.end) {
    return evaluations.find((e) => e.periodCode === annual.code)?.predikat ?? null;
  }
  const order = (code: string) => periods.findIndex((p) => p.code === code);
  const latest = evaluations
    .filter((e) => order(e.periodCode) >= 0)
    .sort((a, b) => order(b.periodCode) - order(a.periodCode))[0];
  return latest?.predikat ?? null;
}
