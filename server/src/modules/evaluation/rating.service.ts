import {
  assertRatingsComplete,
  canActOnEvaluation,
  type EvaluationAction,
  type EvaluationDetail,
  effectiveEvaluationStatus,
  evaluationMonths,
  headRatingHasilKerja,
  KUADRAN_RULE_VERSION,
  predikatFor,
  type RatingInput,
  RuleViolation,
  type SelfAssessmentInput,
} from "@simkin/domain";
import type { Db } from "../../db";
import { ForbiddenError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import * as skps from "../skp/skp.repo";
import { periodOf, policyParties, ratersForPeriod, readableEvaluation, stateOf } from "./evaluation.access";
import { notifyAcknowledged, notifyFinalised, notifySelfAssessed } from "./evaluation.notices";
import * as evaluations from "./evaluation.repo";
import { snapshotParties } from "./evaluation.service";
import { periodReports, reportSources } from "./evaluation.sources";
import { buildEvaluationDetail } from "./evaluation.workspace";
import { settingsForYear } from "./evaluation-setting.repo";

type Row = evaluations.EvaluationRow;
type Change = { values: Partial<Row>; audit?: Record<string, unknown>; afterward?: () => Promise<void> };

/** The rater's rating (issue 12 item 3): feedback per RHK and value, both ratings; the predikat from the kuadran. */
export function rate(ctx: RequestContext, id: string, input: RatingInput) {
  return changeEvaluation(ctx, id, "rate", input.version, async (trx, row) => {
    const { rhkIds, ikiIds } = await skps.rhkAndIkiIds(trx, row.skp_id);
    const strayRhk = input.rhk.findIndex((l) => !rhkIds.has(l.rhkId));
    if (strayRhk >= 0) {
      throw new RuleViolation(
        "evaluation_rhk_not_in_skp",
        "RHK ini tidak ada di SKP yang dievaluasi",
        {},
        `rhk/${strayRhk}/rhkId`,
      );
    }
    const strayIki = input.ikis.findIndex((l) => !ikiIds.has(l.ikiId));
    if (strayIki >= 0) {
      throw new RuleViolation(
        "evaluation_iki_not_in_skp",
        "IKI ini tidak ada di SKP yang dievaluasi",
        {},
        `ikis/${strayIki}/ikiId`,
      );
    }
    const capaian = await evaluations.capaianOf(trx, row.unit_id, row.year, row.period_code);
    const hasilKerja =
      row.head_of_unit === 1 ? await headRating(trx, row, capaian?.capaian ?? null, input) : input.ratingHasilKerja;
    const perilaku = input.ratingPerilaku;
    const monthly = await monthlyFeedbackText(trx, row);
    await evaluations.replaceLines(trx, row.id, {
      rhk: input.rhk.map((l) => ({ ...l, monthlyFeedback: monthly.get(l.rhkId) ?? "" })),
      ikis: input.ikis,
      behaviours: input.behaviours,
    });
    const values: Partial<Row> = {
      capaian_id: capaian?.id ?? null,
      capaian: capaian?.capaian ?? null,
      rating_hasil_kerja: hasilKerja,
      rating_perilaku: perilaku,
      predikat: hasilKerja && perilaku ? predikatFor(hasilKerja, perilaku) : null,
      rule_version: hasilKerja && perilaku ? KUADRAN_RULE_VERSION : null,
      catatan: input.catatan,
      rekomendasi: input.rekomendasi,
    };
    return { values };
  });
}

/** The period's monthly feedback per RHK as text, kept with the rater's summary of it (issue 12, "data kept"). */
async function monthlyFeedbackText(db: Db, row: Row): Promise<Map<string, string>> {
  const skp = await skps.findById(db, row.skp_id);
  const period = await periodOf(db, row.year, row.period_code);
  if (!skp || !period) {
    return new Map();
  }
  const months = evaluationMonths(period, { start: skp.period_start, end: skp.period_end });
  const reports = (await periodReports(db, skp.id, months.at(-1) ?? 0)).filter((r) => months.includes(r.month));
  const monthOf = new Map(reports.map((r) => [r.id, r.month]));
  const { feedback } = await reportSources(
    db,
    reports.map((r) => r.id),
  );
  const lines = new Map<string, string[]>();
  for (const f of [...feedback].sort((a, b) => (monthOf.get(a.report_id) ?? 0) - (monthOf.get(b.report_id) ?? 0))) {
    const text = [f.went_well, f.to_improve, f.support].filter((part) => part.trim() !== "").join(" · ");
    if (text !== "") {
      lines.set(f.rhk_id, [...(lines.get(f.rhk_id) ?? []), `Bulan ${monthOf.get(f.report_id)}: ${text}`]);
    }
  }
  return new Map([...lines].map(([rhkId, texts]) => [rhkId, texts.join("\n")]));
}

/**
 * The head of a unit is rated on the unit's capaian through the year's mapping (SE MenPANRB 3/2023; REGULATIONS.md
 * §2.4 step 3): never by hand. Null until the capaian is set.
 */
async function headRating(trx: Db, row: Row, capaian: Row["capaian"], input: RatingInput) {
  const mapped = capaian ? headRatingHasilKerja(capaian, (await settingsForYear(trx, row.year)).headMapping) : null;
  if (input.ratingHasilKerja !== null && input.ratingHasilKerja !== mapped) {
    throw new RuleViolation(
      "evaluation_head_rating_follows_capaian",
      "Rating hasil kerja pimpinan unit mengikuti capaian kinerja organisasi dan tidak dapat diisi manual",
      { capaian },
      "ratingHasilKerja",
    );
  }
  return mapped;
}

/** The rater sets the result: delivered to the employee now, the keberatan window opens (issue 12 item 4). */
export function finalise(ctx: RequestContext, id: string, version: number) {
  return changeEvaluation(ctx, id, "finalise", version, async (trx, row) => {
    if (row.head_of_unit === 1 && row.capaian === null) {
      throw new RuleViolation(
        "evaluation_capaian_missing",
        "Capaian kinerja organisasi unit ini belum ditetapkan; rating hasil kerja pimpinan unit mengikutinya",
        {},
        "ratingHasilKerja",
      );
    }
    assertRatingsComplete({ hasilKerja: row.rating_hasil_kerja, perilaku: row.rating_perilaku });
    const at = ctx.now.toISOString();
    const values: Partial<Row> = {
      status: "ditetapkan",
      finalised_at: at,
      finalised_by: ctx.actor.employeeId,
      received_at: at,
      parties_json: JSON.stringify(await partiesNow(trx, row, ctx.now)),
    };
    return { values, afterward: () => notifyFinalised(ctx, trx, row) };
  });
}

/** The parties as on the day the result is set (the evaluation's snapshot). */
async function partiesNow(db: Db, row: Row, now: Date) {
  const skp = await skps.findById(db, row.skp_id);
  const period = await periodOf(db, row.year, row.period_code);
  if (!skp || !period) {
    return evaluations.partiesOf(row);
  }
  return snapshotParties(db, skp, await ratersForPeriod(db, skp, period, now));
}

export function acknowledge(ctx: RequestContext, id: string, version: number) {
  return changeEvaluation(ctx, id, "acknowledge", version, async (trx, row) => ({
    values: { status: "diterima", acknowledged_at: ctx.now.toISOString() },
    afterward: () => notifyAcknowledged(ctx, trx, row),
  }));
}

/** The employee's penilaian diri, before the result is set; sent to the rater when `submit` (issue 12 item 5). */
export async function selfAssess(ctx: RequestContext, id: string, input: SelfAssessmentInput) {
  const row = await readableEvaluation(ctx, ctx.db, id);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMay(ctx, trx, row, "self_assess");
    const saved = await evaluations.selfAssessmentOf(trx, id);
    if ((saved?.version ?? 0) !== input.version) {
      throw new StaleVersionError("penilaian diri");
    }
    const at = ctx.now.toISOString();
    const submittedAt = input.submit ? (saved?.submitted_at ?? at) : (saved?.submitted_at ?? null);
    await evaluations.saveSelfAssessment(trx, {
      evaluation_id: id,
      summary: input.summary,
      rating_hasil_kerja: input.ratingHasilKerja,
      rating_perilaku: input.ratingPerilaku,
      submitted_at: submittedAt,
      version: (saved?.version ?? 0) + 1,
      updated_at: at,
    });
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evaluation.self_assessed",
      subjectType: "evaluation",
      subjectId: id,
      after: {
        submitted: submittedAt !== null,
        ratingHasilKerja: input.ratingHasilKerja,
        ratingPerilaku: input.ratingPerilaku,
      },
    });
    if (submittedAt !== null && !saved?.submitted_at) {
      await notifySelfAssessed(ctx, trx, row);
    }
  });
  nudgeOutbox();
  return getFresh(ctx, id);
}

async function getFresh(ctx: RequestContext, id: string): Promise<EvaluationDetail> {
  const row = await evaluations.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError("evaluasi");
  }
  return buildEvaluationDetail(ctx.db, ctx, row);
}

/** Who is refused and how: the wrong person 403; the right person at the wrong moment 422 with a stable code. */
async function assertMay(ctx: RequestContext, db: Db, row: Row, action: EvaluationAction) {
  const state = await stateOf(db, row, ctx.now);
  const parties = policyParties(row);
  if (canActOnEvaluation(ctx.actor, action, parties, state)) {
    return;
  }
  const me = ctx.actor.employeeId;
  const party = action === "self_assess" || action === "acknowledge" ? parties.employeeId : parties.raterEmployeeId;
  if (
    me === null ||
    me !== party ||
    (action !== "self_assess" && action !== "acknowledge" && me === parties.employeeId)
  ) {
    throw new ForbiddenError(forbidden[action] ?? "Anda tidak dapat melakukan tindakan ini pada evaluasi ini");
  }
  const status = effectiveEvaluationStatus(state);
  if (action === "acknowledge") {
    throw status === "draft"
      ? new RuleViolation("evaluation_not_finalised", "Hasil evaluasi belum ditetapkan oleh pejabat penilai", {
          status,
        })
      : new RuleViolation(
          "evaluation_not_acknowledgeable",
          "Hasil evaluasi ini sudah diterima, terkunci, atau sedang dalam keberatan",
          { status },
        );
  }
  throw new RuleViolation(
    "evaluation_finalised",
    "Hasil evaluasi telah ditetapkan; perubahan hanya melalui keberatan",
    { status },
  );
}

const forbidden: Partial<Record<EvaluationAction, string>> = {
  rate: "Hanya pejabat penilai kinerja pegawai ini yang dapat menilai",
  finalise: "Hanya pejabat penilai kinerja pegawai ini yang dapat menetapkan hasil evaluasi",
  acknowledge: "Hanya pegawai yang dievaluasi yang dapat menerima hasilnya",
  self_assess: "Hanya pegawai yang dievaluasi yang dapat mengisi penilaian diri",
};

/** Read what the caller may see, check who may act and when, apply, bump the version, record; one transaction. */
async function changeEvaluation(
  ctx: RequestContext,
  id: string,
  action: keyof typeof auditAction,
  version: number,
  apply: (trx: Db, row: Row) => Promise<Change>,
): Promise<EvaluationDetail> {
  await readableEvaluation(ctx, ctx.db, id);
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const row = await evaluations.findById(trx, id);
    if (!row) {
      throw new NotFoundError("evaluasi");
    }
    await assertMay(ctx, trx, row, action);
    if (row.version !== version) {
      throw new StaleVersionError("evaluasi");
    }
    const change = await apply(trx, row);
    const at = ctx.now.toISOString();
    if (!(await evaluations.update(trx, id, row.version, change.values, at))) {
      throw new StaleVersionError("evaluasi");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: auditAction[action],
      subjectType: "evaluation",
      subjectId: id,
      before: { status: row.status, version: row.version, ...pick(row, Object.keys(change.values)) },
      after: { ...change.values, parties_json: undefined },
    });
    await change.afterward?.();
    return { ...row, ...change.values, version: row.version + 1, updated_at: at };
  });
  nudgeOutbox();
  return buildEvaluationDetail(ctx.db, ctx, saved);
}

const auditAction = {
  rate: "evaluation.rated",
  finalise: "evaluation.finalised",
  acknowledge: "evaluation.acknowledged",
} as const satisfies Partial<Record<EvaluationAction, string>>;

function pick(row: Row, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in row && k !== "parties_json").map((k) => [k, row[k as keyof Row]]));
}
