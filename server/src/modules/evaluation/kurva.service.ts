import {
  capaianValues,
  checkDistribution,
  type FinaliseDistribution,
  type Kurva,
  type KurvaData,
  RuleViolation,
} from "@simkin/domain";
import { newId } from "../../db/ids";
import { AppError, ConflictError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { type UnitAccess, unitAccess } from "./capaian.access";
import { periodOf } from "./capaian.repo";
import { settingsForYear } from "./evaluation-setting.repo";
import * as kurva from "./kurva.repo";

/** Who sees the whole list: the head, the head one level up and overseers; a rater sees his own ratees. */
const seesAll = (access: UnitAccess) => access.roles.some((r) => r !== "rater");

function kurvaFor(access: UnitAccess, data: KurvaData): Kurva {
  return {
    ...data,
    canFinalise: access.roles.includes("head") && data.finalised === null && data.capaian !== null,
    listScope: seesAll(access) ? "all" : "own_ratees",
    capaianEnum: [...capaianValues],
  };
}

async function load(ctx: RequestContext, unitId: string, year: number, periodCode: string): Promise<KurvaData> {
  const data = await kurva.loadKurva(ctx.db, unitId, year, periodCode);
  if (!data) {
    throw new NotFoundError("unit");
  }
  return data;
}

/** The live kurva of a unit and period, to its head, the head one level up, its raters and the overseers. */
export async function getKurva(
  ctx: RequestContext,
  query: { unitId: string; year: number; periodCode: string },
): Promise<Kurva> {
  const access = await unitAccess(ctx, query.unitId, query.year, query.periodCode);
  await periodOf(ctx.db, query.year, query.periodCode);
  return kurvaFor(access, await load(ctx, query.unitId, query.year, query.periodCode));
}

/** A page of the unit's evaluations (name, status, predikat); a rater's page holds only his own ratees. */
export async function kurvaEvaluations(
  ctx: RequestContext,
  query: { unitId: string; year: number; periodCode: string; page: number },
) {
  const access = await unitAccess(ctx, query.unitId, query.year, query.periodCode);
  await periodOf(ctx.db, query.year, query.periodCode);
  return kurva.evaluationsPage(ctx.db, { ...query, raterId: seesAll(access) ? null : ctx.actor.employeeId });
}

/**
 * The unit's head finalises its distribution for the period (REGULATIONS.md §3.5: the pattern is guidance). A broken
 * pattern needs a written justification, kept with the violations and the counts; drafts are allowed (the screen
 * warns) and their number is kept, since the counts are as of this moment.
 */
export async function finaliseDistribution(ctx: RequestContext, input: FinaliseDistribution): Promise<Kurva> {
  const access = await unitAccess(ctx, input.unitId, input.year, input.periodCode);
  if (!access.roles.includes("head")) {
    throw new AppError(403, "distribution_not_head", "Distribusi predikat difinalkan oleh pimpinan unit ini");
  }
  await periodOf(ctx.db, input.year, input.periodCode);
  await ctx.db.transaction().execute(async (trx) => {
    const data = await kurva.loadKurva(trx, input.unitId, input.year, input.periodCode);
    if (!data) {
      throw new NotFoundError("unit");
    }
    if (data.finalised) {
      throw new ConflictError("distribution_already_finalised", "Distribusi predikat unit ini sudah difinalkan");
    }
    if (!data.capaian) {
      throw new RuleViolation(
        "capaian_missing",
        "Capaian kinerja organisasi unit ini untuk periode tersebut belum ditetapkan",
        {},
        "unitId",
      );
    }
    if (data.total === 0) {
      throw new RuleViolation(
        "distribution_empty",
        "Belum ada evaluasi yang ditetapkan di unit ini untuk periode tersebut",
      );
    }
    const { rounding } = await settingsForYear(trx, input.year);
    const check = checkDistribution(data.capaian.capaian, data.counts, rounding);
    const justification = input.justification?.trim() || null;
    if (!check.ok && !justification) {
      throw new RuleViolation(
        "distribution_justification_required",
        "Pola distribusi tidak terpenuhi: tuliskan justifikasi sebelum memfinalkan",
        { violations: check.violations.length },
        "justification",
      );
    }
    const row = {
      id: newId(),
      unit_id: input.unitId,
      year: input.year,
      period_code: input.periodCode,
      // unitAccess found the caller to be the head, who is an employee.
      finalised_by: ctx.actor.employeeId ?? "",
      finalised_at: ctx.now.toISOString(),
      justification,
      violations_json: kurva.violationsJson(check.violations),
      counts_json: JSON.stringify(data.counts),
      version: 1,
      draft_count: data.draftUnrated + Object.values(data.draftCounts).reduce((sum, n) => sum + n, 0),
    };
    await kurva.insertUnitEvaluation(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "distribution.finalised",
      subjectType: "unit_evaluation",
      subjectId: row.id,
      after: { ...row, violations: check.violations, counts: data.counts, guidance: true },
    });
  });
  return kurvaFor(access, await load(ctx, input.unitId, input.year, input.periodCode));
}
