import { hasAccess, type PkTarget, RuleViolation, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { unitsLedBy } from "../org/position.repo";
import { openYearOrFail } from "./year.service";

type PkInput = { sasaran: string; indicator: string; target: string; unit: string };

function selectTargets(db: Db) {
  return db
    .selectFrom("pk_target")
    .innerJoin("org_unit", "org_unit.id", "pk_target.unit_id")
    .selectAll("pk_target")
    .select("org_unit.name as unit_name");
}

export async function listTargets(ctx: RequestContext, year: number, unitId?: string): Promise<PkTarget[]> {
  let query = selectTargets(ctx.db).where("pk_target.year", "=", year);
  if (unitId) {
    query = query.where("pk_target.unit_id", "=", unitId);
  }
  const rows = await query.orderBy("org_unit.code").orderBy("pk_target.created_at").orderBy("pk_target.id").execute();
  return rows.map(toTarget);
}

export async function createTarget(ctx: RequestContext, input: PkInput & { year: number; unitId: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const managed = await assertManagesAny(trx, ctx);
    if (!(await trx.selectFrom("org_unit").select("id").where("id", "=", input.unitId).executeTakeFirst())) {
      throw new RuleViolation("unit_not_found", "Unit kerja tidak ditemukan", {}, "unitId");
    }
    assertManages(managed, input.unitId);
    await openYearOrFail(trx, input.year);
    const id = newId();
    const at = ctx.now.toISOString();
    await trx
      .insertInto("pk_target")
      .values({
        id,
        year: input.year,
        unit_id: input.unitId,
        ...fields(input),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
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
    const managed = await assertManagesAny(trx, ctx);
    const before = await mustFind(trx, id);
    assertManages(managed, before.unitId);
    await openYearOrFail(trx, before.year);
    const result = await trx
      .updateTable("pk_target")
      .set({ ...fields(input), version: input.version + 1, updated_at: ctx.now.toISOString() })
      .where("id", "=", id)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new StaleVersionError("target perjanjian kinerja");
    }
    const after = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "pk_target.updated",
      subjectType: "pk_target",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTarget(ctx: RequestContext, id: string, version: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const managed = await assertManagesAny(trx, ctx);
    const before = await mustFind(trx, id);
    assertManages(managed, before.unitId);
    await openYearOrFail(trx, before.year);
    await assertNotCarried(trx, id);
    const result = await trx
      .deleteFrom("pk_target")
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) {
      throw new StaleVersionError("target perjanjian kinerja");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "pk_target.deleted",
      subjectType: "pk_target",
      subjectId: id,
      before,
    });
    return { ok: true as const };
  });
}

/** A target an RHK carries stays: the SKP shows and prints the link, and the capaian is computed through it (rule 7). */
async function assertNotCarried(db: Db, id: string): Promise<void> {
  const link = await db
    .selectFrom("skp_rhk_pk_target")
    .select("rhk_id")
    .where("pk_target_id", "=", id)
    .executeTakeFirst();
  if (link) {
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
  const row = await selectTargets(db).where("pk_target.id", "=", id).executeTakeFirst();
  if (!row) {
    throw new NotFoundError("target perjanjian kinerja");
  }
  return toTarget(row);
}

function fields(input: PkInput) {
  return { sasaran: input.sasaran, indicator: input.indicator, target: input.target, unit: input.unit };
}

function toTarget(row: {
  id: string;
  year: number;
  unit_id: string;
  unit_name: string;
  sasaran: string;
  indicator: string;
  target: string;
  unit: string;
  version: number;
}): PkTarget {
  return {
    id: row.id,
    year: row.year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    sasaran: row.sasaran,
    indicator: row.indicator,
    target: row.target,
    unit: row.unit,
    version: row.version,
  };
}
