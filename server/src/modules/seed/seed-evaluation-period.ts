import {
  type Capaian,
  checkDistribution,
  countPredikat,
  type EvaluationPeriod,
  headOneLevelUp,
  organisationOf,
  type Predikat,
  pimpinanOn,
  wibDate,
} from "@simkin/domain";
import { newId } from "../../db/ids";
import type { MonthlyWords, SeedEvalSkp } from "./seed-evaluation-context";
import { type Pending, seedEvaluation } from "./seed-evaluation-one";
import { type Member, pickCapaian, rateUnit, type Wish } from "./seed-evaluation-plan";
import { justificationFor, kecamatanReason, kelurahanReason } from "./seed-evaluation-text";
import { capaianMoments, plusHours } from "./seed-evaluation-timeline";
import type { EvaluationSeed } from "./seed-evaluations";

export type PeriodInput = {
  year: number;
  period: EvaluationPeriod;
  skps: readonly SeedEvalSkp[];
  words: ReadonlyMap<string, MonthlyWords>;
  standing: (employeeId: string) => number;
  lastYear: boolean;
  /** This year's last finished period: a few results are still drafts, one waits to be acknowledged. */
  lastFinished: boolean;
};

/**
 * One evaluation period of every unit whose curve counts someone (the kecamatan and each kelurahan): its capaian set
 * by the head one level up (the Camat for a kelurahan; the Sekda's letter recorded by the pengelola for the
 * kecamatan), the ratings of its employees planned against the pola distribusi, and the unit finalised by its head
 * once every result is set. Nothing of it before the capaian are known.
 */
export async function seedPeriod(seed: EvaluationSeed, input: PeriodInput) {
  const moments = capaianMoments(input.period.end);
  if (moments.kecamatan > seed.now) {
    return;
  }
  const byUnit = new Map<string, SeedEvalSkp[]>();
  for (const skp of input.skps) {
    const unitId = organisationOf(seed.tree, skp.unitId);
    const kind = unitId ? seed.tree.get(unitId)?.kind : undefined;
    const overlaps = skp.periodStart <= input.period.end && skp.periodEnd >= input.period.start;
    if (unitId && overlaps && (kind === "kecamatan" || kind === "kelurahan")) {
      byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), skp]);
    }
  }
  for (const [unitId, skps] of byUnit) {
    await seedUnit(seed, input, unitId, skps);
  }
}

async function seedUnit(seed: EvaluationSeed, input: PeriodInput, unitId: string, skps: SeedEvalSkp[]) {
  const { period, lastYear } = input;
  const { story, r } = seed;
  const unit = seed.tree.get(unitId);
  const kecamatan = unit?.kind === "kecamatan";
  const broken = lastYear && unitId === story.broken.unitId && period.code === story.broken.periodCode;
  const annualKeberatan = lastYear && period.isAnnual;
  const capaian: Capaian =
    broken || (kecamatan && annualKeberatan)
      ? "baik"
      : kecamatan
        ? r.weighted([
            ["baik", 4],
            ["istimewa", 1],
          ] as const)
        : pickCapaian(r);
  const capaianRow = capaianFor(seed, { unitId, kecamatan, capaian, input });
  const members: Member[] = skps.map((s) => ({
    key: s.id,
    head: unit?.headPositionId === s.positionId,
    score: input.standing(s.employeeId),
  }));
  const wish = (positionId: string, predikat: Predikat): Wish[] =>
    skps.filter((s) => s.positionId === positionId).map((s) => ({ key: s.id, predikat }));
  const wishes = annualKeberatan ? [...wish(story.granted, "butuh_perbaikan"), ...wish(story.rejected, "baik")] : [];
  const ratings = rateUnit(r, { capaian, members, broken, wishes });
  const results: { finalised: string | null; predikat: Predikat | null }[] = [];
  for (const skp of skps) {
    const pending: Pending = !input.lastFinished
      ? null
      : story.drafts.indexOf(skp.positionId) === 0
        ? "draft_unrated"
        : story.drafts.includes(skp.positionId)
          ? "draft_half"
          : story.awaiting === skp.positionId
            ? "awaiting"
            : null;
    const keberatan = !annualKeberatan
      ? null
      : skp.positionId === story.granted
        ? "dikabulkan"
        : skp.positionId === story.rejected
          ? "ditolak"
          : null;
    results.push(
      await seedEvaluation(seed, {
        ...input,
        skp,
        unitId,
        capaian: { id: capaianRow.id, capaian, at: capaianRow.at },
        head: unit?.headPositionId === skp.positionId,
        ratings: ratings.get(skp.id) ?? null,
        pending,
        keberatan,
      }),
    );
  }
  finaliseUnit(seed, { unitId, capaian, broken, period, results });
}

/** The capaian row: the Camat's decision for a kelurahan, the Sekda's letter recorded by the pengelola otherwise. */
function capaianFor(
  seed: EvaluationSeed,
  x: { unitId: string; kecamatan: boolean; capaian: Capaian; input: PeriodInput },
): { id: string; at: string } {
  const moments = capaianMoments(x.input.period.end);
  const id = newId();
  const label = x.input.period.label;
  const common = { id, unit_id: x.unitId, year: x.input.year, period_code: x.input.period.code, capaian: x.capaian };
  if (x.kecamatan) {
    const letter = `800.1.13/${210 + Number(x.input.period.code.replace(/\D/g, "") || 0)}/SETDA/${x.input.year}`;
    seed.rows.org_capaian.push({
      ...common,
      reason: kecamatanReason(x.capaian, label, letter),
      source: "external",
      set_by_employee_id: null,
      recorded_by: seed.pengelolaAccount,
      letter_number: letter,
      letter_date: moments.letterDate,
      version: 1,
      created_at: moments.kecamatan,
      updated_at: moments.kecamatan,
    });
    return { id, at: moments.kecamatan };
  }
  const above = headOneLevelUp(seed.tree, x.unitId);
  const date = wibDate(new Date(moments.kelurahan));
  const setter = above ? pimpinanOn(seed.tree, seed.chart, above.organisationId, date)?.employeeId : null;
  const account = seed.accountOf(setter ?? null);
  if (!setter || !account) {
    throw new Error(`Seed: nobody sets the capaian of ${seed.tree.get(x.unitId)?.name}`);
  }
  seed.rows.org_capaian.push({
    ...common,
    reason: kelurahanReason(x.capaian, label),
    source: "internal",
    set_by_employee_id: setter,
    recorded_by: account,
    letter_number: null,
    letter_date: null,
    version: 1,
    created_at: moments.kelurahan,
    updated_at: moments.kelurahan,
  });
  return { id, at: moments.kelurahan };
}

/**
 * The head finalises the unit's distribution the day after its last result is set, with the counts and the rules
 * broken at that moment; a broken pattern carries the head's justification. A unit without a head that day (the
 * Lurah Komperta's seat, vacant last year) is finalised by the head one level up.
 */
function finaliseUnit(
  seed: EvaluationSeed,
  x: {
    unitId: string;
    capaian: Capaian;
    broken: boolean;
    period: EvaluationPeriod;
    results: { finalised: string | null; predikat: Predikat | null }[];
  },
) {
  const times = x.results.map((e) => e.finalised);
  if (times.some((t) => t === null)) {
    return;
  }
  const at = plusHours(times.reduce((a, b) => ((a ?? "") > (b ?? "") ? a : b)) ?? seed.now, 24);
  if (at > seed.now) {
    return;
  }
  const date = wibDate(new Date(at));
  const above = headOneLevelUp(seed.tree, x.unitId);
  const head =
    pimpinanOn(seed.tree, seed.chart, x.unitId, date)?.employeeId ??
    (above ? pimpinanOn(seed.tree, seed.chart, above.organisationId, date)?.employeeId : null);
  if (!head) {
    return;
  }
  const counts = countPredikat(x.results.flatMap((e) => (e.predikat ? [e.predikat] : [])));
  const check = checkDistribution(x.capaian, counts);
  const name = seed.tree.get(x.unitId)?.name ?? "";
  seed.rows.unit_evaluation.push({
    id: newId(),
    unit_id: x.unitId,
    year: Number(x.period.start.slice(0, 4)),
    period_code: x.period.code,
    finalised_by: head,
    finalised_at: at,
    justification: check.ok ? null : justificationFor(name, x.period.label),
    violations_json: JSON.stringify(check.violations),
    counts_json: JSON.stringify(counts),
    version: 1,
  });
}
