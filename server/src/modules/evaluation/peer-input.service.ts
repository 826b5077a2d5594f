import { createHmac } from "node:crypto";
import { ANONYMOUS_PEER, canReadEvaluation, evaluationRaterDate, type PeerInput, RuleViolation } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as skps from "../skp/skp.repo";
import { employeeCurveUnit, periodOf, policyParties } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";

/** Only for development and tests: production sets PEER_INPUT_SECRET (README). */
const DEVELOPMENT_KEY = "simkin-peer-input-development-key-not-for-production";

/**
 * The author's key: HMAC(server secret, author + evaluation). It stops one colleague from counting twice and cannot be
 * turned back into a name without the secret, nor matched across evaluations (issue 12).
 */
export function authorKey(ctx: Pick<RequestContext, "config">, employeeId: string, evaluationId: string) {
  return createHmac("sha256", ctx.config.peerInputSecret ?? DEVELOPMENT_KEY)
    .update(`${employeeId}:${evaluationId}`)
    .digest("hex");
}

/**
 * Whether the employee is a colleague who may give peer input: in the evaluation's curve unit on the period's rating
 * date, and neither the employee evaluated, their rater nor the rater's atasan.
 */
export async function isPeer(db: Db, row: evaluations.EvaluationRow, employeeId: string, now: Date) {
  if ([row.employee_id, row.rater_employee_id, row.atasan_employee_id].includes(employeeId)) {
    return false;
  }
  const skp = await skps.findById(db, row.skp_id);
  const period = await periodOf(db, row.year, row.period_code);
  if (!skp || !period) {
    return false;
  }
  const date = evaluationRaterDate(period, { start: skp.period_start, end: skp.period_end }, now);
  return (await employeeCurveUnit(db, employeeId, date)) === row.unit_id;
}

/**
 * A colleague's anonymous behaviour input per value while the evaluation is a draft; a second call replaces the
 * first. Stored without its author; the audit entry names "rekan kerja (anonim)" and no actor.
 */
export async function givePeerInput(ctx: RequestContext, id: string, input: PeerInput) {
  const me = ctx.actor.employeeId;
  const row = await evaluations.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError("evaluasi");
  }
  if (me === null || !(await isPeer(ctx.db, row, me, ctx.now))) {
    // The parties and the overseers see the evaluation, so they are told why; anyone else meets a random id.
    if (canReadEvaluation(ctx.actor, policyParties(row))) {
      throw new ForbiddenError(
        "Masukan rekan kerja hanya dari rekan satu unit, bukan dari pegawai yang dinilai atau pejabat penilainya",
      );
    }
    throw new NotFoundError("evaluasi");
  }
  if (row.status !== "draft") {
    throw new RuleViolation("evaluation_finalised", "Hasil evaluasi telah ditetapkan; masukan rekan kerja ditutup", {});
  }
  const codes = input.values.map((v) => v.valueCode);
  if (new Set(codes).size !== codes.length) {
    throw new RuleViolation("peer_input_duplicate_value", "Setiap nilai BerAKHLAK hanya sekali", {}, "values");
  }
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now.toISOString();
    await evaluations.replacePeerInput(
      trx,
      id,
      authorKey(ctx, me, id),
      input.values.map((v) => ({ id: newId(), valueCode: v.valueCode, text: v.text })),
      at,
    );
    // No actor: the trail must not link the input to its author.
    await audit.record(trx, null, ctx.now, {
      action: "evaluation.peer_input",
      subjectType: "evaluation",
      subjectId: id,
      after: { by: ANONYMOUS_PEER, values: codes },
    });
  });
  return { ok: true as const };
}
