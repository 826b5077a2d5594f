import { assertUnitParent, type CreateUnit, type OrgUnit, RuleViolation, type UpdateUnit } from "@simkin/domain";
import { newId } from "../../db/ids";
import { ConflictError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as units from "./unit.repo";

export function listUnits(ctx: RequestContext): Promise<OrgUnit[]> {
  return units.listAll(ctx.db);
}

export async function createUnit(ctx: RequestContext, input: CreateUnit): Promise<OrgUnit> {
  return ctx.db.transaction().execute(async (trx) => {
    await assertParentExists(trx, input.parentId);
    await assertCodeFree(trx, input.code, null);
    const id = newId();
    await units.insert(trx, id, toValues(input, null), ctx.now.toISOString());
    const created = await units.findById(trx, id);
    if (!created) {
      throw new NotFoundError("unit kerja");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "unit.created",
      subjectType: "org_unit",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updateUnit(ctx: RequestContext, id: string, input: UpdateUnit): Promise<OrgUnit> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await units.findById(trx, id);
    if (!before) {
      throw new NotFoundError("unit kerja");
    }
    await assertParentExists(trx, input.parentId);
    assertUnitParent(await units.parentMap(trx), id, input.parentId);
    await assertCodeFree(trx, input.code, id);
    if (!(await units.update(trx, id, toValues(input, before), input.version, ctx.now.toISOString()))) {
      throw new StaleVersionError("unit kerja");
    }
    const after = await units.findById(trx, id);
    if (!after) {
      throw new NotFoundError("unit kerja");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "unit.updated",
      subjectType: "org_unit",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

/** A missing parent is a rule of the request (422, like an unknown unit or position elsewhere), not a conflict. */
async function assertParentExists(db: RequestContext["db"], parentId: string | null) {
  if (parentId && !(await units.findById(db, parentId))) {
    throw new RuleViolation("parent_not_found", "Unit induk tidak ditemukan", {}, "parentId");
  }
}

async function assertCodeFree(db: RequestContext["db"], code: string, selfId: string | null) {
  const existing = await units.findByCode(db, code);
  if (existing && existing.id !== selfId) {
    throw new ConflictError("unit_code_taken", `Kode unit ${code} sudah dipakai unit lain`, "code");
  }
}

/** The printed header and place are optional: left out, an update keeps what the unit had; "" clears them. */
function toValues(input: CreateUnit, before: OrgUnit | null) {
  return {
    parent_id: input.parentId,
    code: input.code,
    name: input.name,
    kind: input.kind,
    header_name: input.headerName === undefined ? (before?.headerName ?? null) : input.headerName || null,
    signing_place: input.signingPlace === undefined ? (before?.signingPlace ?? null) : input.signingPlace || null,
  };
}
