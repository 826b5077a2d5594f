import type { AuditAction } from "@simkin/domain";
import { hasAccess, type PkTarget, RuleViolation, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { auditedRemove, auditedUpdate } from "../audit/audited-change";
import { unitsLedBy } from "../org/position.repo";
import * as units from "../org/unit.repo";
import * as targets from "./pk-target.repo";
import { openYearOrFail } from "./year.service";

type PkInput = { sasaran: string; indicator: string; target: string; unit: string };

export function listTargets(ctx: RequestContext, year: number, unitId?: string): Promise<PkTarget[]> {
  return targets.listForYear(ctx.db, year, unitId);
}

export async function createTarget(ctx: RequestContext, input: PkInput & { year: number; unitId: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const managed = await assertManagesAny(trx, ctx);
    if (!(await units.findById(trx, input.unitId))) {
      throw new RuleViolation("unit_not_found", "Unit kerja tidak ditemukan", {}, "unitId");
    }
    assertManages(managed, input.unitId);
    await openYearOrFail(trx, input.year);
    const id = newId();
    await targets.insert(trx, id, { year: input.year, unitId: input.unitId, ...fields(input) }, ctx.now.toISOString());
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "pk_target.created",
      subjectType: "pk_target",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updateTarget(ctx: RequestContext, id: string, input: PkInput & { version: number }) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await editable(trx, ctx, id);
    return auditedUpdate(trx, ctx, {
      ...change("pk_target.updated", id, before),
      write: () => targets.update(trx, id, fields(input), input.version, ctx.now.toISOString()),
      reload: () => mustFind(trx, id),
    });
  });
}

export async function deleteTarget(ctx: RequestContext, id: string, version: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await editable(trx, ctx, id);
    await assertNotCarried(trx, id);
    return auditedRemove(trx, ctx, {
      ...change("pk_target.deleted", id, before),
      write: () => targets.remove(trx, id, version),
    });
  });
}

/** A target the caller manages in a year still open (assertManagesAny runs before the target is loaded). */
async function editable(trx: Db, ctx: RequestContext, id: string): Promise<PkTarget> {
  const managed = await assertManagesAny(trx, ctx);
  const before = await mustFind(trx, id);
  assertManages(managed, before.unitId);
  await openYearOrFail(trx, before.year);
  return before;
}

const change = (action: AuditAction, id: string, before: PkTarget) => ({
  action,
  subjectType: "pk_target" as const,
  id,
  entity: "target perjanjian kinerja",
  before,
});

/** A target an RHK carries stays: the SKP shows and prints the link, and the capaian is computed through it (rule 7). */
async function assertNotCarried(db: Db, id: string): Promise<void> {
  if (await targets.isCarried(db, id)) {
    throw new RuleViolation(
      "pk_target_linked",
      "Target perjanjian kinerja ini sudah dibawa oleh RHK dalam SKP; lepaskan dari RHK tersebut sebelum menghapusnya",
      {},
    );
  }
}

const notManager = "Hanya pimpinan unit atau pengelola kinerja yang dapat mengubah perjanjian kinerja unit ini";

/**
 * The units whose Perjanjian Kinerja the caller signs today (as definitive or acting head); "all" for the
 * pengelola kinerja and the super admin.
 */
async function managedUnits(db: Db, ctx: RequestContext): Promise<"all" | Set<string>> {
  if (hasAccess(ctx.actor.roles, "admin")) {
    return "all";
  }
  if (!ctx.actor.employeeId) {
    return new Set();
  }
  return new Set(await unitsLedBy(db, ctx.actor.employeeId, wibDate(ctx.now)));
}

/**
 * Checked before any target or unit is loaded: someone who manages no unit's PK is refused alike for a real id and
 * for a random one, so the answer reveals nothing (issue 8, finding 12). Returns what the caller manages.
 */
async function assertManagesAny(db: Db, ctx: RequestContext): Promise<"all" | Set<string>> {
  const managed = await managedUnits(db, ctx);
  if (managed !== "all" && managed.size === 0) {
    throw new ForbiddenError(notManager);
  }
  return managed;
}

/** A unit head may see every target (the list is open to all), so a target of another unit stays a 403. */
function assertManages(managed: "all" | Set<string>, unitId: string): void {
  if (managed !== "all" && !managed.has(unitId)) {
    throw new ForbiddenError(notManager);
  }
}

async function mustFind(db: Db, id: string): Promise<PkTarget> {
  const found = await targets.findById(db, id);
  if (!found) {
    throw new NotFoundError("target perjanjian kinerja");
  }
  return found;
}

function fields(input: PkInput) {
  return { sasaran: input.sasaran, indicator: input.indicator, target: input.target, unit: input.unit };
}
