import {
  type Capaian,
  KUADRAN_RULE_VERSION,
  type Predikat,
  predikatFor,
  type Rating,
  resolveSeatRaters,
  wibDate,
} from "@simkin/domain";
import { newId } from "../../db/ids";
import type { SeedEvalSkp } from "./seed-evaluation-context";
import { type KeberatanOutcome, keberatanOn } from "./seed-evaluation-keberatan";
import type { PeriodInput } from "./seed-evaluation-period";
import type { Ratings } from "./seed-evaluation-plan";
import { addDetails, maybeSelfAssessment } from "./seed-evaluation-rows";
import { catatanFor, rekomendasiFor } from "./seed-evaluation-text";
import { dayAfter, type EvaluationMoments, earlier, later, momentsOf, plusHours } from "./seed-evaluation-timeline";
import type { EvaluationSeed } from "./seed-evaluations";

/** A loose end of this year's last finished period: not rated yet, rated half way, or delivered but not acknowledged. */
export type Pending = "draft_unrated" | "draft_half" | "awaiting" | null;

/**
 * One evaluation with its details, as its rater set it: the parties as on the day it was set (the rater of the SKP's
 * seat then, resolveSeatRaters), the unit's capaian it used, the predikat from the kuadran with the rule's version.
 * Returns when it was set and the predikat it was set with (before any keberatan), for the unit's curve.
 */
export async function seedEvaluation(
  seed: EvaluationSeed,
  input: PeriodInput & {
    skp: SeedEvalSkp;
    unitId: string;
    capaian: { id: string; capaian: Capaian; at: string };
    head: boolean;
    ratings: Ratings | null;
    pending: Pending;
    keberatan: KeberatanOutcome | null;
  },
): Promise<{ finalised: string | null; predikat: Predikat | null }> {
  const { r, now } = seed;
  const { skp, period } = input;
  const moments = adjust(
    momentsOf(r, { periodEnd: period.end, approvedAt: skp.approvedAt, capaianAt: input.capaian.at, now }),
    input.pending,
    now,
    input.capaian.at,
  );
  const { raters, atasan, atasanExternal } = partiesOn(seed, skp, moments.finalised ?? now);
  const pegawai = { employeeId: skp.employeeId, positionId: skp.positionId, acting: null };
  const rated = ratedSoFar(input.ratings, input.pending);
  const id = newId();
  const objection =
    input.keberatan && moments.finalised && rated.hasilKerja && rated.perilaku
      ? keberatanOn({
          outcome: input.keberatan,
          evaluationId: id,
          receivedAt: moments.finalised,
          before: { hasilKerja: rated.hasilKerja, perilaku: rated.perilaku },
          raterId: raters.rater?.employeeId ?? null,
          atasanId: atasan?.employeeId ?? null,
          atasanExternal,
          pengelolaAccount: seed.pengelolaAccount,
          year: input.year + 1,
          now,
        })
      : null;
  const final = objection ? objection.after : rated;
  const predikat = predikatOf(final);
  const locked = objection ? objection.decidedAt : moments.locked;
  const acknowledged = objection ? null : moments.acknowledged;
  // A rater half way through saved the hasil kerja a few days ago.
  const edited = rated.hasilKerja && !moments.finalised ? later(moments.created, plusHours(now, -72)) : null;
  const status = !moments.finalised ? "draft" : locked ? "locked" : acknowledged ? "diterima" : "ditetapkan";
  seed.rows.evaluation.push({
    id,
    skp_id: skp.id,
    employee_id: skp.employeeId,
    year: input.year,
    period_code: period.code,
    unit_id: input.unitId,
    status,
    rater_employee_id: raters.rater?.employeeId ?? null,
    atasan_employee_id: atasan?.employeeId ?? null,
    atasan_external: atasanExternal ? 1 : 0,
    head_of_unit: input.head ? 1 : 0,
    capaian_id: input.capaian.id,
    capaian: input.capaian.capaian,
    rating_hasil_kerja: final.hasilKerja,
    rating_perilaku: final.perilaku,
    predikat,
    rule_version: predikat ? KUADRAN_RULE_VERSION : null,
    catatan: predikat && moments.finalised ? catatanFor(r, predikat) : "",
    rekomendasi: predikat && moments.finalised ? rekomendasiFor(r, predikat) : "",
    parties_json: await seed.parties([pegawai, raters.rater, atasan]),
    finalised_at: moments.finalised,
    finalised_by: moments.finalised ? (raters.rater?.employeeId ?? null) : null,
    received_at: moments.finalised,
    acknowledged_at: acknowledged,
    locked_at: locked,
    version: 1 + Number(objection?.decidedAt != null),
    created_at: moments.created,
    updated_at: [moments.created, moments.finalised, acknowledged, locked, edited].reduce<string>(
      (a, b) => (b && b > a ? b : a),
      moments.created,
    ),
  });
  if (objection) {
    seed.rows.keberatan.push(objection.row);
  }
  addDetailsOf(seed, { ...input, id, moments, rated, final });
  return { finalised: moments.finalised, predikat: predikatOf(rated) };
}

type Rated = { hasilKerja: Rating | null; perilaku: Rating | null };

/** Per RHK, IKI and value what the rater wrote, and the employee's penilaian diri filed before it was set. */
function addDetailsOf(
  seed: EvaluationSeed,
  x: PeriodInput & { skp: SeedEvalSkp; id: string; moments: EvaluationMoments; rated: Rated; final: Rated },
) {
  const { r, now } = seed;
  const { id, skp, period, moments, rated, final } = x;
  addDetails(seed.rows, r, {
    evaluationId: id,
    skp,
    words: x.words.get(skp.id),
    period,
    hasilKerja: final.hasilKerja,
    perilaku: final.perilaku,
  });
  const selfAt = later(moments.created, dayAfter(period.end, 1, 3));
  if (selfAt <= earlier(moments.finalised ?? now, now)) {
    const both = rated.hasilKerja && rated.perilaku ? { hasilKerja: rated.hasilKerja, perilaku: rated.perilaku } : null;
    maybeSelfAssessment(seed.rows, r, { evaluationId: id, at: selfAt, rated: both });
  }
}

/**
 * The rater and the atasan of the SKP's seat on the day the result is set. As the services judge it, the atasan is
 * outside SIMKIN only when nobody with an account holds the seat (every seeded employee has one): decision 0061.
 */
function partiesOn(seed: EvaluationSeed, skp: SeedEvalSkp, at: string) {
  const raters = resolveSeatRaters(seed.chart, skp.positionId, skp.employeeId, wibDate(new Date(at)));
  const atasan = raters.atasanRater;
  return { raters, atasan, atasanExternal: !atasan?.employeeId || !seed.accountOf(atasan.employeeId) };
}

const predikatOf = (x: { hasilKerja: Rating | null; perilaku: Rating | null }): Predikat | null =>
  x.hasilKerja && x.perilaku ? predikatFor(x.hasilKerja, x.perilaku) : null;

/** What the rater has set: everything, nothing yet, or the hasil kerja only (a head's follows the capaian). */
function ratedSoFar(ratings: Ratings | null, pending: Pending): Rated {
  if (!ratings || pending === "draft_unrated") {
    return { hasilKerja: null, perilaku: null };
  }
  return pending === "draft_half" ? { hasilKerja: ratings.hasilKerja, perilaku: null } : ratings;
}

/** The loose ends: drafts are not set; the awaited one was delivered two days ago, so its window is open. */
function adjust(moments: EvaluationMoments, pending: Pending, now: string, capaianAt: string): EvaluationMoments {
  if (pending === "draft_unrated" || pending === "draft_half") {
    return { created: moments.created, finalised: null, acknowledged: null, locked: null };
  }
  if (pending === "awaiting") {
    const twoDaysAgo = `${plusHours(now, -48).slice(0, 13)}:00:00.000Z`;
    const finalised = earlier(later(twoDaysAgo, later(moments.created, plusHours(capaianAt, 4))), now);
    return { created: earlier(moments.created, finalised), finalised, acknowledged: null, locked: null };
  }
  return moments;
}
