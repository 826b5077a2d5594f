import { type ImportKind, type ImportRowError, type ImportRun, runCounts, runStatusOf } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as runs from "./import-run.repo";

export type RunOutcome = {
  kind: ImportKind;
  fileName: string;
  rowsTotal: number;
  /** The refusal's code; null when the rows were imported. */
  errorCode: string | null;
  errors: readonly ImportRowError[];
};

/**
 * Keeps one upload (issue 11) in the caller's transaction, with its audit event; a successful one settles the same
 * person's earlier failed runs of the kind (decision 0052).
 */
export async function recordRun(trx: Db, ctx: RequestContext, outcome: RunOutcome): Promise<void> {
  const at = ctx.now.toISOString();
  const counts = runCounts(outcome.rowsTotal, outcome.errors);
  const status = runStatusOf(outcome.errorCode);
  const id = newId(ctx.now.getTime());
  const run = { id, kind: outcome.kind, userId: ctx.actor.userId, fileName: outcome.fileName, status, ...counts };
  await runs.insert(trx, { ...run, errorCode: outcome.errorCode }, at);
  const settled = status === "imported" ? await runs.settleFailures(trx, ctx.actor.userId, outcome.kind, at) : [];
  await audit.record(trx, ctx.actor.userId, ctx.now, {
    action: "import.run_recorded",
    subjectType: "import_run",
    subjectId: id,
    after: {
      kind: run.kind,
      fileName: run.fileName,
      status,
      errorCode: outcome.errorCode,
      rowsTotal: counts.rowsTotal,
      rowsOk: counts.rowsOk,
      rowsFailed: counts.rowsFailed,
      ...(settled.length > 0 ? { settled } : {}),
    },
  });
}

/** The recent runs, one page, newest first. */
export async function listRuns(ctx: RequestContext, query: { page: number; pageSize: number }) {
  const { items, total } = await runs.listPage(ctx.db, ctx.actor.userId, query.page, query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The person who ran a failed import marks it dealt with: its task goes (decision 0052). */
export async function dismissRun(ctx: RequestContext, id: string, version: number): Promise<ImportRun> {
  return ctx.db.transaction().execute(async (trx) => {
    const run = await runs.findById(trx, id, ctx.actor.userId);
    if (!run) {
      throw new NotFoundError("impor");
    }
    if (!run.mine) {
      throw new ForbiddenError("Hanya yang menjalankan impor ini yang dapat menandainya selesai");
    }
    if (run.status === "imported" || run.dismissedAt !== null) {
      throw new ConflictError("import_run_closed", "Impor ini tidak bergalat atau sudah ditandai selesai");
    }
    if (run.version !== version || !(await runs.dismiss(trx, id, version, ctx.now.toISOString()))) {
      throw new StaleVersionError("impor");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "import.run_dismissed",
      subjectType: "import_run",
      subjectId: id,
      before: { dismissedAt: null },
      after: { dismissedAt: ctx.now.toISOString() },
    });
    const updated = await runs.findById(trx, id, ctx.actor.userId);
    if (!updated) {
      throw new NotFoundError("impor");
    }
    return updated;
  });
}
