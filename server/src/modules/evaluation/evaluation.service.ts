import { canReadEvaluation, type EvaluationDetail, overlaps, RuleViolation, readsAllRecords } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { describeSeats } from "../skp/party.repo";
import * as skps from "../skp/skp.repo";
import {
  curveUnitOf,
  NotYourSubordinateError,
  periodOf,
  ratersForPeriod,
  readableEvaluation,
} from "./evaluation.access";
import * as evaluations from "./evaluation.repo";
import { buildEvaluationDetail } from "./evaluation.workspace";

export async function getEvaluation(ctx: RequestContext, id: string): Promise<EvaluationDetail> {
  return buildEvaluationDetail(ctx.db, ctx, await readableEvaluation(ctx, ctx.db, id));
}

/**
 * Opens the evaluation of an SKP for a period on first touch by its rater (or by the employee, to write a
 * self-assessment), or returns the one already open. Someone who does not rate the holder for the period is refused:
 * 403 when they may see the SKP otherwise (atasan, pengelola, auditor), else exactly as an unknown SKP (404).
 */
export async function openEvaluation(
  ctx: RequestContext,
  input: { skpId: string; periodCode: string },
): Promise<EvaluationDetail> {
  const skp = await skps.findById(ctx.db, input.skpId);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  const period = await periodOf(ctx.db, skp.year, input.periodCode);
  const skpSpan = { start: skp.period_start, end: skp.period_end };
  const raters = await ratersForPeriod(ctx.db, skp, period ?? skpSpan, ctx.now);
  const me = ctx.actor.employeeId;
  const parties = {
    employeeId: skp.employee_id,
    raterEmployeeId: raters.rater?.employeeId ?? null,
    atasanEmployeeId: raters.atasanRater?.employeeId ?? null,
  };
  if (me === null || (me !== parties.employeeId && me !== parties.raterEmployeeId)) {
    if (canReadEvaluation(ctx.actor, parties) || readsAllRecords(ctx.actor.roles)) {
      throw new NotYourSubordinateError();
    }
    throw new NotFoundError("SKP");
  }
  if (skp.status !== "disetujui") {
    throw new RuleViolation(
      "evaluation_skp_not_approved",
      "Evaluasi hanya untuk SKP yang telah disetujui",
      { status: skp.status },
      "skpId",
    );
  }
  if (!period) {
    throw new RuleViolation(
      "evaluation_period_unknown",
      `Periode evaluasi ${input.periodCode} tidak ada pada tahun ${skp.year}`,
      {},
      "periodCode",
    );
  }
  if (!overlaps(skpSpan, period)) {
    throw new RuleViolation(
      "evaluation_period_outside_skp",
      `Periode SKP ini tidak mencakup ${period.label}`,
      { period: period.code },
      "periodCode",
    );
  }
  const existing = await evaluations.findBySkpPeriod(ctx.db, skp.id, period.code);
  if (existing) {
    return buildEvaluationDetail(ctx.db, ctx, existing);
  }
  const row = await newEvaluationRow(ctx.db, skp, period.code, raters, ctx.now);
  const created = await ctx.db.transaction().execute(async (trx) => {
    const again = await evaluations.findBySkpPeriod(trx, skp.id, period.code);
    if (again) {
      return again;
    }
    await evaluations.insert(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evaluation.created",
      subjectType: "evaluation",
      subjectId: row.id,
      after: { skpId: skp.id, periodCode: period.code, unitId: row.unit_id },
    });
    return row;
  });
  return buildEvaluationDetail(ctx.db, ctx, created);
}

/** A new draft with its snapshot: parties as on the date, the curve unit, whether its holder heads it. */
async function newEvaluationRow(
  db: Db,
  skp: skps.SkpRow,
  periodCode: string,
  raters: Awaited<ReturnType<typeof ratersForPeriod>>,
  now: Date,
): Promise<evaluations.EvaluationRow> {
  const unit = await curveUnitOf(db, skp.position_id);
  const capaian = await evaluations.capaianOf(db, unit.unitId, skp.year, periodCode);
  const atasanId = raters.atasanRater?.employeeId ?? null;
  const at = now.toISOString();
  return {
    id: newId(),
    skp_id: skp.id,
    employee_id: skp.employee_id,
    year: skp.year,
    period_code: periodCode,
    unit_id: unit.unitId,
    status: "draft",
    rater_employee_id: raters.rater?.employeeId ?? null,
    atasan_employee_id: atasanId,
    atasan_external: (await hasActiveAccount(db, atasanId)) ? 0 : 1,
    head_of_unit: unit.headPositionId === skp.position_id ? 1 : 0,
    capaian_id: capaian?.id ?? null,
    capaian: capaian?.capaian ?? null,
    rating_hasil_kerja: null,
    rating_perilaku: null,
    predikat: null,
    rule_version: null,
    catatan: "",
    rekomendasi: "",
    parties_json: JSON.stringify(await snapshotParties(db, skp, raters)),
    finalised_at: null,
    finalised_by: null,
    received_at: null,
    acknowledged_at: null,
    locked_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}

/** The pegawai, penilai and atasan as the SKP's parties are printed (describeSeats), on the resolution date. */
export async function snapshotParties(
  db: Db,
  skp: skps.SkpRow,
  raters: Pick<Awaited<ReturnType<typeof ratersForPeriod>>, "rater" | "atasanRater">,
) {
  const [pegawai, penilai, atasan] = await describeSeats(db, [
    { employeeId: skp.employee_id, positionId: skp.position_id, acting: null },
    raters.rater,
    raters.atasanRater,
  ]);
  return { pegawai: pegawai ?? null, penilai: penilai ?? null, atasan: atasan ?? null };
}

async function hasActiveAccount(db: Db, employeeId: string | null): Promise<boolean> {
  if (!employeeId) {
    return false;
  }
  const account = await db
    .selectFrom("user_account")
    .select("id")
    .where("employee_id", "=", employeeId)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  return account !== undefined;
}
