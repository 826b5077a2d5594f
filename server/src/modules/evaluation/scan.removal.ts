import {
  assertRemovalRule,
  type EvaluationState,
  effectiveEvaluationStatus,
  type FileRemoval,
  scanRemoval,
} from "@simkin/domain";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { stateOf } from "./evaluation.access";
import type { EvaluationRow } from "./evaluation.repo";
import { readableScan } from "./scan.access";
import * as scans from "./scan.repo";

const othersOfKind = (file: scans.FileRow, all: readonly scans.FileRow[]) =>
  all.some((other) => other.id !== file.id && other.kind === file.kind);

/** A scan of an evaluation: final once the evaluation is locked (as of now, decision 0063). */
export function evaluationScanRemoval(
  ctx: RequestContext,
  evaluation: EvaluationRow,
  state: EvaluationState,
  file: scans.FileRow,
  all: readonly scans.FileRow[],
): FileRemoval {
  return scanRemoval(
    ctx.actor,
    { createdBy: file.created_by },
    {
      final: effectiveEvaluationStatus(state) === "locked",
      sameKindLeft: othersOfKind(file, all),
      callerIsPegawai: ctx.actor.employeeId !== null && ctx.actor.employeeId === evaluation.employee_id,
    },
  );
}

/** The Format Penetapan is final once the unit's head has finalised the period, which its scan requires. */
export function penetapanScanRemoval(
  ctx: RequestContext,
  file: scans.FileRow,
  all: readonly scans.FileRow[],
): FileRemoval {
  return scanRemoval(
    ctx.actor,
    { createdBy: file.created_by },
    { final: true, sameKindLeft: othersOfKind(file, all), callerIsPegawai: false },
  );
}

/**
 * Removes a scan uploaded by mistake: the row goes, the audit event keeps its name and content hash, and the bytes stay
 * in the content-addressed store (another record may hold the same file; decision 0063).
 */
export async function deleteScan(ctx: RequestContext, id: string): Promise<{ deleted: true }> {
  const found = await readableScan(ctx, id);
  const { file } = found;
  const all = await scans.listOf(
    ctx.db,
    file.owner_type === "evaluation" ? "evaluation" : "unit_evaluation",
    file.owner_id,
  );
  const result =
    found.owner === "evaluation"
      ? evaluationScanRemoval(ctx, found.evaluation, await stateOf(ctx.db, found.evaluation, ctx.now), file, all)
      : penetapanScanRemoval(ctx, file, all);
  if (result === "forbidden") {
    throw new ForbiddenError("Hanya pengunggah pindaian atau pengelola kinerja yang dapat menghapus pindaian ini");
  }
  assertRemovalRule(result);
  await ctx.db.transaction().execute(async (trx) => {
    // A second request removing the same scan finds it gone, as a random id.
    if (!(await scans.findScan(trx, id))) {
      throw new NotFoundError("pindaian");
    }
    await scans.remove(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evaluation_scan.deleted",
      subjectType: "evaluation_file",
      subjectId: id,
      before: {
        ownerType: file.owner_type,
        ownerId: file.owner_id,
        kind: file.kind,
        name: file.name,
        size: file.size,
        contentHash: file.content_hash,
        createdBy: file.created_by,
        createdAt: file.created_at,
      },
    });
  });
  return { deleted: true };
}
