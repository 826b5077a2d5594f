import type { Capaian, Predikat } from "./evaluation.enums";

/**
 * One rule of a pola distribusi: at most (`max`) or at least (`min`) a share of the employees evaluated, or at least
 * one of them (`exists`), holds one of the listed predikat (combined when several are listed).
 */
export type DistributionRule =
  | { kind: "max"; predikat: readonly Predikat[]; percent: number }
  | { kind: "min"; predikat: readonly Predikat[]; percent: number }
  | { kind: "exists"; predikat: readonly Predikat[] };

/**
 * Pola distribusi predikat kinerja pegawai by the unit's capaian (SE MenPANRB 3/2023; REGULATIONS.md §3.5, quoted):
 * - Istimewa: "sebagian besar (maksimal 70%)" Sangat Baik, the rest any predikat.
 * - Baik: "sebagian besar (maksimal 70%)" Baik, "harus ada" Butuh Perbaikan and/or Kurang/misconduct.
 * - Butuh Perbaikan: "minimal 60%" Butuh Perbaikan, Sangat Baik "maksimal 10%".
 * - Kurang: "minimal 60%" Kurang/misconduct, "minimal 10%" Butuh Perbaikan, Sangat Baik "maksimal 10%".
 * - Sangat Kurang: "minimal 60%" Sangat Kurang, "minimal 10%" Kurang and/or Butuh Perbaikan, no Sangat Baik.
 */
export const DISTRIBUTION_PATTERNS: Readonly<Record<Capaian, readonly DistributionRule[]>> = {
  istimewa: [{ kind: "max", predikat: ["sangat_baik"], percent: 70 }],
  baik: [
    { kind: "max", predikat: ["baik"], percent: 70 },
    { kind: "exists", predikat: ["butuh_perbaikan", "kurang"] },
  ],
  butuh_perbaikan: [
    { kind: "min", predikat: ["butuh_perbaikan"], percent: 60 },
    { kind: "max", predikat: ["sangat_baik"], percent: 10 },
  ],
  kurang: [
    { kind: "min", predikat: ["kurang"], percent: 60 },
    { kind: "min", predikat: ["butuh_perbaikan"], percent: 10 },
    { kind: "max", predikat: ["sangat_baik"], percent: 10 },
  ],
  sangat_kurang: [
    { kind: "min", predikat: ["sangat_kurang"], percent: 60 },
    { kind: "min", predikat: ["kurang", "butuh_perbaikan"], percent: 10 },
    { kind: "max", predikat: ["sangat_baik"], percent: 0 },
  ],
};

/**
 * How shares of a small headcount round (REGULATIONS.md §3.5: UNCONFIRMED; default floor for maxima, ceil for minima,
 * so a kelurahan of 7 may have floor(0.7 x 7) = 4 Sangat Baik and needs ceil(0.6 x 7) = 5 for a 60% minimum).
 */
export type DistributionRounding = { max: "floor" | "ceil"; min: "floor" | "ceil" };
export const DEFAULT_DISTRIBUTION_ROUNDING: DistributionRounding = { max: "floor", min: "ceil" };

export type PredikatCounts = Readonly<Record<Predikat, number>>;

export type DistributionViolation = {
  rule: DistributionRule;
  /** The allowed count: the most for `max`, the fewest for `min` and `exists`. */
  limit: number;
  actual: number;
};

export type DistributionCheck = { ok: boolean; total: number; violations: DistributionViolation[] };

/** The limit a rule sets for `total` employees evaluated. */
export function ruleLimit(rule: DistributionRule, total: number, rounding = DEFAULT_DISTRIBUTION_ROUNDING): number {
  if (rule.kind === "exists") {
    return 1;
  }
  const exact = (rule.percent * total) / 100;
  // Integer arithmetic first: 70% of 10 must be 7, not 7.000000000000001 rounded up to 8.
  const whole = (rule.percent * total) % 100 === 0;
  const mode = rule.kind === "max" ? rounding.max : rounding.min;
  if (whole) {
    return exact;
  }
  return mode === "floor" ? Math.floor(exact) : Math.ceil(exact);
}

function countOf(counts: Partial<PredikatCounts>, predikat: readonly Predikat[]): number {
  return predikat.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
}

/**
 * Checks the employees' predikat in a unit and period against the pattern of the unit's capaian. The distribution is
 * guidance for the leader (REGULATIONS.md §3.5 "pedoman"): callers warn and ask for a justification, never block.
 * Nobody evaluated yet breaks no rule.
 */
export function checkDistribution(
  predikatOrganisasi: Capaian,
  counts: Partial<PredikatCounts>,
  rounding: DistributionRounding = DEFAULT_DISTRIBUTION_ROUNDING,
): DistributionCheck {
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) {
    return { ok: true, total, violations: [] };
  }
  const violations: DistributionViolation[] = [];
  for (const rule of DISTRIBUTION_PATTERNS[predikatOrganisasi]) {
    const limit = ruleLimit(rule, total, rounding);
    const actual = countOf(counts, rule.predikat);
    const broken = rule.kind === "max" ? actual > limit : actual < limit;
    if (broken) {
      violations.push({ rule, limit, actual });
    }
  }
  return { ok: violations.length === 0, total, violations };
}

/** Counts a list of predikat into the shape checkDistribution takes, every predikat present. */
export function countPredikat(predikat: readonly Predikat[]): PredikatCounts {
  const counts: Record<Predikat, number> = { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
  for (const p of predikat) {
    counts[p] += 1;
  }
  return counts;
}
