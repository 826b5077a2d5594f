import type { AuditAction } from "@simkin/domain";
import {
  assertPlacementFits,
  type CreatePlacement,
  type EndPlacement,
  type Placement,
  RuleViolation,
  type UpdatePlacement,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as employees from "./employee.repo";
import * as placements from "./placement.repo";
import * as positions from "./position.repo";

export async function createPlacement(ctx: RequestContext, input: CreatePlacement): Promise<Placement> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await employees.findById(trx, input.employeeId))) {
      throw new RuleViolation("employee_not_found", "Pegawai tidak ditemukan", {}, "employeeId");
    }
    const id = newId();
    await assertFits(trx, { id, ...input });
    await placements.insert(trx, id, toValues(input), ctx.now.toISOString());
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "placement.created",
      subjectType: "placement",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updatePlacement(ctx: RequestContext, id: string, input: UpdatePlacement): Promise<Placement> {
  return change(ctx, id, "placement.updated", async (trx, before) => {
    const next = { ...input, employeeId: before.employeeId };
    await assertFits(trx, { id, ...next });
    return { values: toValues(next), version: input.version };
  });
}

/** Ends a placement on a date (a move, retirement, or the end of an acting duty); history is kept. */
export async function endPlacement(ctx: RequestContext, id: string, input: EndPlacement): Promise<Placement> {
  return change(ctx, id, "placement.ended", async (trx, before) => {
    await assertFits(trx, { ...before, endDate: input.endDate });
    return { values: { end_date: input.endDate }, version: input.version };
  });
}

/** Removes a placement entered by mistake. The audit trail keeps what it was. */
export async function deletePlacement(ctx: RequestContext, id: string, version: number): Promise<{ ok: true }> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    if (!(await placements.remove(trx, id, version))) {
      throw new StaleVersionError("penempatan");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "placement.deleted",
      subjectType: "placement",
      subjectId: id,
      before,
    });
    return { ok: true as const };
  });
}

async function change(
  ctx: RequestContext,
  id: string,
  action: AuditAction,
  plan: (trx: Db, before: Placement) => Promise<{ values: Partial<placements.PlacementValues>; version: number }>,
): Promise<Placement> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    const { values, version } = await plan(trx, before);
    if (!(await placements.update(trx, id, values, version, ctx.now.toISOString()))) {
      throw new StaleVersionError("penempatan");
    }
    const after = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action,
      subjectType: "placement",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

async function assertFits(db: Db, candidate: Omit<CreatePlacement, "decreeNumber" | "mayRate"> & { id: string }) {
  if (!(await positions.findById(db, candidate.positionId))) {
    throw new RuleViolation("position_not_found", "Jabatan tidak ditemukan", {}, "positionId");
  }
  assertPlacementFits(candidate, await placements.spansTouching(db, candidate.employeeId, candidate.positionId));
}

async function mustFind(db: Db, id: string): Promise<Placement> {
  const found = await placements.findById(db, id);
  if (!found) {
    throw new NotFoundError("penempatan");
  }
  return found;
}

function toValues(input: CreatePlacement): placements.PlacementValues {
  return {
    employee_id: input.employeeId,
    position_id: input.positionId,
    kind: input.kind,
    start_date: input.startDate,
    end_date: input.endDate,
    decree_number: input.decreeNumber,
    // Only a Plh's authority to rate is recorded; a definitive holder and a Plt always rate.
    may_rate: input.kind === "plh" && input.mayRate ? 1 : null,
  };
}
