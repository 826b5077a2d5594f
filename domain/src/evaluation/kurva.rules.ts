import {
  DEFAULT_DISTRIBUTION_ROUNDING,
  DISTRIBUTION_PATTERNS,
  type DistributionRounding,
  type PredikatCounts,
  ruleLimit,
} from "./distribution";
import type { Capaian, Predikat } from "./evaluation.enums";
import type { KurvaRule } from "./kurva.schema";

/**
 * Every rule of the pattern of the unit's capaian (SE MenPANRB 3/2023; REGULATIONS.md §3.5) with its limit for this
 * headcount and whether the counts meet it; the same verdicts as checkDistribution, which lists only the broken ones.
 * Nobody evaluated yet breaks no rule.
 */
export function kurvaRules(
  capaian: Capaian,
  counts: PredikatCounts,
  rounding: DistributionRounding = DEFAULT_DISTRIBUTION_ROUNDING,
): KurvaRule[] {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return DISTRIBUTION_PATTERNS[capaian].map((rule) => {
    const limit = ruleLimit(rule, total, rounding);
    const actual = rule.predikat.reduce((sum, p) => sum + counts[p], 0);
    const broken = total > 0 && (rule.kind === "max" ? actual > limit : actual < limit);
    return {
      kind: rule.kind,
      predikat: [...rule.predikat],
      percent: rule.kind === "exists" ? null : rule.percent,
      limit,
      actual,
      met: !broken,
    };
  });
}

/** The kurva's x axis as the form prints it: Sangat Kurang on the left, Sangat Baik on the right. */
export const kurvaAxis: readonly Predikat[] = ["sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"];

/** The allowed band per predikat for `total` employees: the most and the fewest the rules naming it alone permit. */
export function kurvaBand(
  capaian: Capaian,
  total: number,
  rounding: DistributionRounding = DEFAULT_DISTRIBUTION_ROUNDING,
): Record<Predikat, { min: number; max: number }> {
  const band = {} as Record<Predikat, { min: number; max: number }>; // filled for every predikat just below
  for (const p of kurvaAxis) {
    band[p] = { min: 0, max: total };
  }
  for (const rule of DISTRIBUTION_PATTERNS[capaian]) {
    const [only] = rule.predikat;
    if (rule.predikat.length !== 1 || !only) {
      continue;
    }
    const limit = ruleLimit(rule, total, rounding);
    if (rule.kind === "max") {
      band[only].max = Math.min(band[only].max, limit);
    } else {
      band[only].min = Math.max(band[only].min, limit);
    }
  }
  return band;
}
