import {
  type Capaian,
  checkDistribution,
  countPredikat,
  type DistributionRule,
  headRatingHasilKerja,
  type Predikat,
  predikatFor,
  predikatValues,
  type Rating,
  ratingValues,
  ruleLimit,
} from "@simkin/domain";
import type { Random } from "./people";

/** One employee of a unit in one period, as the plan sees them: a standing for the period, and whether they lead. */
export type Member = { key: string; head: boolean; score: number };
export type Ratings = { hasilKerja: Rating; perilaku: Rating };
/** A predikat the story wants for one member (e.g. the keberatan that is granted starts at Butuh Perbaikan). */
export type Wish = { key: string; predikat: Predikat };

/** Counts the plan fills in, one predikat at a time. */
const noCounts = (): Record<Predikat, number> => ({ ...countPredikat([]) });

const max70 = (total: number): number =>
  ruleLimit({ kind: "max", predikat: ["baik"], percent: 70 } satisfies DistributionRule, total);
const min = (percent: number, total: number): number =>
  ruleLimit({ kind: "min", predikat: ["butuh_perbaikan"], percent } satisfies DistributionRule, total);

/**
 * How many of each predikat a unit of `total` employees gets for its capaian, so that the pola distribusi is met
 * (REGULATIONS.md §3.5) with the office's usual mix (SEED-VOCABULARY.md §7.3: mostly Baik, some Sangat Baik, about a
 * tenth Butuh Perbaikan, a few Kurang). Large units keep one place under the 70% cap, so a granted keberatan fits.
 */
export function plannedCounts(capaian: Capaian, total: number, r: Random): Record<Predikat, number> {
  const counts = noCounts();
  const rest = (taken: number) => Math.max(0, total - taken);
  switch (capaian) {
    case "istimewa": {
      counts.sangat_baik = Math.max(1, Math.min(max70(total), Math.round(total * 0.3)));
      counts.butuh_perbaikan = total >= 6 && r.next() < 0.5 ? 1 : 0;
      break;
    }
    case "baik": {
      const baik = total >= 20 ? max70(total) - 1 : max70(total);
      const others = rest(baik);
      const low = Math.min(others, Math.max(1, Math.round(others * 0.5)));
      counts.kurang = low >= 2 && r.next() < 0.6 ? 1 : 0;
      counts.butuh_perbaikan = low - counts.kurang;
      counts.sangat_baik = others - low;
      break;
    }
    case "butuh_perbaikan":
      counts.butuh_perbaikan = min(60, total);
      break;
    case "kurang":
      counts.kurang = min(60, total);
      counts.butuh_perbaikan = Math.min(rest(counts.kurang), min(10, total));
      break;
    case "sangat_kurang":
      counts.sangat_kurang = min(60, total);
      counts.butuh_perbaikan = Math.min(rest(counts.sangat_kurang), min(10, total));
      break;
  }
  const placed = predikatValues.reduce((sum, p) => sum + counts[p], 0);
  counts.baik += rest(placed);
  return counts;
}

/**
 * The broken pattern of the story: a kelurahan with capaian Baik whose head rated every employee Baik or Sangat Baik,
 * so the "harus ada" Butuh Perbaikan/Kurang rule is not met; finalised with the Lurah's justification.
 */
export function brokenCounts(total: number): Record<Predikat, number> {
  const counts = noCounts();
  counts.sangat_baik = Math.max(1, total - max70(total));
  counts.baik = total - counts.sangat_baik;
  return counts;
}

/** The cells of the kuadran that give a predikat, read from the rule itself (predikatFor), never typed. */
export function cellsFor(predikat: Predikat): Ratings[] {
  return ratingValues.flatMap((hasilKerja) =>
    ratingValues.flatMap((perilaku) =>
      predikatFor(hasilKerja, perilaku) === predikat ? [{ hasilKerja, perilaku }] : [],
    ),
  );
}

/** Raters mostly say "sesuai": among the cells giving the predikat, prefer the one with more "sesuai". */
function pickCell(r: Random, predikat: Predikat): Ratings {
  const cells = cellsFor(predikat);
  const weight = (c: Ratings) =>
    1 + 3 * Number(c.hasilKerja === "sesuai_ekspektasi") + 2 * Number(c.perilaku === "sesuai_ekspektasi");
  return r.weighted(cells.map((c) => [c, weight(c)] as const));
}

/**
 * Ratings for every member of a unit in one period. A head's rating hasil kerja follows the unit's capaian
 * (headRatingHasilKerja; §2.4 step 3) and their behaviour is judged by standing; the others share the planned
 * predikat by standing (best first), then the story's wishes are met by swapping within the unit, which keeps the
 * counts. Throws when the result breaks the pattern and the break was not planned.
 */
export function rateUnit(
  r: Random,
  input: { capaian: Capaian; members: readonly Member[]; broken: boolean; wishes: readonly Wish[] },
): Map<string, Ratings> {
  const { capaian, members } = input;
  const ratings = new Map<string, Ratings>();
  const counts = input.broken ? brokenCounts(members.length) : plannedCounts(capaian, members.length, r);
  for (const head of members.filter((m) => m.head)) {
    const hasilKerja = headRatingHasilKerja(capaian);
    const perilaku: Rating = head.score > 0.75 ? "di_atas_ekspektasi" : "sesuai_ekspektasi";
    ratings.set(head.key, { hasilKerja, perilaku });
    const predikat = predikatFor(hasilKerja, perilaku);
    counts[predikat] = Math.max(0, counts[predikat] - 1);
  }
  const staff = members.filter((m) => !m.head).sort((a, b) => b.score - a.score);
  const queue = predikatValues.flatMap((p) => Array.from({ length: counts[p] }, () => p));
  const predikatOf = new Map(staff.map((m, i) => [m.key, queue[i] ?? queue[queue.length - 1] ?? "baik"]));
  for (const wish of input.wishes) {
    const current = predikatOf.get(wish.key);
    const partner = staff.find((m) => m.key !== wish.key && predikatOf.get(m.key) === wish.predikat);
    if (current && current !== wish.predikat && partner) {
      predikatOf.set(partner.key, current);
      predikatOf.set(wish.key, wish.predikat);
    }
  }
  for (const [key, predikat] of predikatOf) {
    ratings.set(key, pickCell(r, predikat));
  }
  const check = checkDistribution(capaian, countPredikat(predikatsOf(ratings)));
  if (check.ok === input.broken) {
    throw new Error(`Seed: the planned curve for capaian ${capaian} is ${check.ok ? "met" : "broken"} unexpectedly`);
  }
  return ratings;
}

export function predikatsOf(ratings: ReadonlyMap<string, Ratings>): Predikat[] {
  return [...ratings.values()].map((x) => predikatFor(x.hasilKerja, x.perilaku));
}

/** Each unit's capaian for a period: mostly Baik, sometimes Istimewa, now and then Butuh Perbaikan. */
export function pickCapaian(r: Random): Capaian {
  return r.weighted([
    ["baik", 80],
    ["istimewa", 14],
    ["butuh_perbaikan", 6],
  ] as const);
}

/** A standing for the year (some people are steadily strong), moved a little each period. */
export function standings(r: Random, keys: readonly string[], favoured: ReadonlySet<string>) {
  const base = new Map(keys.map((k) => [k, favoured.has(k) ? 0.9 + r.next() * 0.1 : r.next()]));
  return (key: string): number => (base.get(key) ?? 0.5) * 0.7 + r.next() * 0.3;
}
