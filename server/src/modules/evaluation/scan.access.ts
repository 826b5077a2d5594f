import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { readablePenetapan } from "./document.access";
import { readableEvaluation } from "./evaluation.access";
import type { EvaluationRow } from "./evaluation.repo";
import * as scans from "./scan.repo";

/** A scan with the record it belongs to: the evaluation, or the unit period of a Format Penetapan. */
export type ReadableScan =
  | { file: scans.FileRow; owner: "evaluation"; evaluation: EvaluationRow }
  | { file: scans.FileRow; owner: "unit_evaluation"; penetapan: Awaited<ReturnType<typeof readablePenetapan>> };

async function readableOwner(ctx: RequestContext, file: scans.FileRow): Promise<ReadableScan> {
  if (file.owner_type === "evaluation") {
    return { file, owner: "evaluation", evaluation: await readableEvaluation(ctx, ctx.db, file.owner_id) };
  }
  const unitEvaluation = await ctx.db
    .selectFrom("unit_evaluation")
    .select(["unit_id", "year", "period_code"])
    .where("id", "=", file.owner_id)
    .executeTakeFirst();
  if (!unitEvaluation) {
    throw new NotFoundError("pindaian");
  }
  const penetapan = await readablePenetapan(ctx, {
    unitId: unitEvaluation.unit_id,
    year: unitEvaluation.year,
    period: unitEvaluation.period_code,
  });
  return { file, owner: "unit_evaluation", penetapan };
}

/** Who may see the record a scan belongs to reaches the scan; to anyone else it does not exist. */
export async function readableScan(ctx: RequestContext, id: string): Promise<ReadableScan> {
  const file = await scans.findScan(ctx.db, id);
  if (!file) {
    throw new NotFoundError("pindaian");
  }
  try {
    return await readableOwner(ctx, file);
  } catch (error) {
    // The scan answers exactly as a random id does, whichever record hid it.
    throw error instanceof NotFoundError ? new NotFoundError("pindaian") : error;
  }
}
