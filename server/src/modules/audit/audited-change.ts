import type { AuditAction, AuditSubjectType } from "@simkin/domain";
import type { Db } from "../../db";
import { StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "./audit.repo";

/** One optimistic write to a record already loaded as `before`, audited in the caller's transaction. */
type Change<T> = {
  /** The audit action, e.g. `holiday.updated`. */
  action: AuditAction;
  subjectType: AuditSubjectType;
  id: string;
  /** The record's name in the 409 message, e.g. "hari libur". */
  entity: string;
  before: T;
  /** The conditional write; false when the version is stale. */
  write: () => Promise<boolean>;
};

/** Applies a versioned update (409 `stale_version` when someone saved first) and audits before and after. */
export async function auditedUpdate<T>(
  trx: Db,
  ctx: RequestContext,
  change: Change<T> & { reload: () => Promise<T> },
): Promise<T> {
  if (!(await change.write())) {
    throw new StaleVersionError(change.entity);
  }
  const after = await change.reload();
  await audit.record(trx, ctx.actor.userId, ctx.now, {
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.id,
    before: change.before,
    after,
  });
  return after;
}

/** Applies a versioned delete (409 `stale_version` when someone saved first) and audits what was removed. */
export async function auditedRemove<T>(trx: Db, ctx: RequestContext, change: Change<T>): Promise<{ ok: true }> {
  if (!(await change.write())) {
    throw new StaleVersionError(change.entity);
  }
  await audit.record(trx, ctx.actor.userId, ctx.now, {
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.id,
    before: change.before,
  });
  return { ok: true };
}
