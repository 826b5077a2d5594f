import {
  assertJenjangFits,
  assertPositionLinks,
  type CreatePosition,
  type Position,
  type PositionWithHolders,
  RuleViolation,
  type UpdatePosition,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as positions from "./position.repo";
import * as units from "./unit.repo";

export function listPositions(ctx: RequestContext, unitId: string | undefined): Promise<PositionWithHolders[]> {
  return positions.listWithHolders(ctx.db, unitId, wibDate(ctx.now));
}

export async function createPosition(ctx: RequestContext, input: CreatePosition): Promise<Position> {
  return ctx.db.transaction().execute(async (trx) => {
    const id = newId();
    await assertReferences(trx, id, input);
    await positions.insert(trx, id, toValues(input), ctx.now.toISOString());
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "position.created",
      subjectType: "position",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updatePosition(ctx: RequestContext, id: string, input: UpdatePosition): Promise<Position> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    await assertReferences(trx, id, input);
    if (!(await positions.update(trx, id, toValues(input), input.version, ctx.now.toISOString()))) {
      throw new StaleVersionError("jabatan");
    }
    const after = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "position.updated",
      subjectType: "position",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

async function mustFind(db: Db, id: string): Promise<Position> {
  const found = await positions.findById(db, id);
  if (!found) {
    throw new NotFoundError("jabatan");
  }
  return found;
}

async function assertReferences(db: Db, id: string, input: CreatePosition) {
  if (!(await units.findById(db, input.unitId))) {
    throw new RuleViolation("unit_not_found", "Unit kerja tidak ditemukan", {}, "unitId");
  }
  const links = await positions.linkMap(db);
  for (const field of ["parentPositionId", "raterPositionId"] as const) {
    const target = input[field];
    if (target && target !== id && !links.has(target)) {
      throw new RuleViolation("position_not_found", "Jabatan yang dirujuk tidak ditemukan", {}, field);
    }
  }
  assertPositionLinks(links, id, { parentPositionId: input.parentPositionId, raterPositionId: input.raterPositionId });
  assertJenjangFits(input.kind, input.jenjang);
}

function toValues(input: CreatePosition): positions.PositionValues {
  return {
    unit_id: input.unitId,
    name: input.name,
    kind: input.kind,
    jenjang: input.jenjang,
    eselon: input.eselon,
    parent_position_id: input.parentPositionId,
    rater_position_id: input.raterPositionId,
    leads_unit_id: input.leadsUnit ? input.unitId : null,
  };
}
