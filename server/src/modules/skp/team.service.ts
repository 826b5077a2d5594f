import { actingSeatsRatedBy, displayName, type MphAssignment, RuleViolation, rateesOf, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { loadChartBelow } from "../org/chart-slice.repo";
import { actingPrefix } from "./party.repo";
import { summarize } from "./skp.detail";
import * as skps from "./skp.repo";

/** Who the actor rates today, with their name and position. */
async function subordinates(db: Db, employeeId: string | null, now: Date) {
  if (!employeeId) {
    return [];
  }
  const date = wibDate(now);
  const ids = rateesOf(await loadChartBelow(db, employeeId, date), employeeId, date);
  if (ids.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("employee")
    .innerJoin("placement", "placement.employee_id", "employee.id")
    .innerJoin("position", "position.id", "placement.position_id")
    .select([
      "employee.id",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.id as position_id",
      "position.name as position_name",
    ])
    .where("employee.id", "in", ids)
    .where("placement.kind", "=", "definitif")
    .where("placement.start_date", "<=", date)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", date)]))
    .orderBy("position.name")
    .orderBy("employee.name")
    .execute();
  return rows.map((r) => ({
    employeeId: r.id,
    name: displayName(r.front_title, r.name, r.back_title),
    positionId: r.position_id,
    positionName: r.position_name,
  }));
}

/** Seats a Plt holds under the actor today, each with the SKP made for it this year, if any. */
async function actingSeats(ctx: RequestContext, year: number) {
  const me = ctx.actor.employeeId;
  if (!me) {
    return [];
  }
  const date = wibDate(ctx.now);
  const seats = actingSeatsRatedBy(await loadChartBelow(ctx.db, me, date), me, date);
  return Promise.all(
    seats.map(async ({ employeeId, positionId }) => {
      const person = await ctx.db
        .selectFrom("employee")
        .innerJoin("position", (join) => join.on("position.id", "=", positionId))
        .select(["employee.name", "employee.front_title", "employee.back_title", "position.name as position_name"])
        .where("employee.id", "=", employeeId)
        .executeTakeFirstOrThrow();
      const latest = (await skps.listForPosition(ctx.db, positionId, year)).find(
        (s) => s.employee_id === employeeId && s.status !== "diganti",
      );
      return {
        employeeId,
        name: displayName(person.front_title, person.name, person.back_title),
        positionId,
        positionName: `${actingPrefix("plt")}${person.position_name}`,
        skp: latest ? await summarize(ctx.db, latest) : null,
      };
    }),
  );
}

/**
 * The rater's inbox: SKPs waiting for approval, and every subordinate's SKP state (who waits on whom), with the
 * seats held by a Plt that the rater rates (the SKP made for such a seat comes to him).
 */
export async function inbox(ctx: RequestContext, year: number) {
  const team = await subordinates(ctx.db, ctx.actor.employeeId, ctx.now);
  const rows = await Promise.all(
    team.map(async (member) => {
      const latest = (await skps.listForEmployee(ctx.db, member.employeeId, year)).find(
        (s) => s.status !== "diganti" && s.position_id === member.positionId,
      );
      return { ...member, skp: latest ? await summarize(ctx.db, latest) : null };
    }),
  );
  rows.push(...(await actingSeats(ctx, year)));
  const mine = ctx.actor.employeeId
    ? await skps.approvedFor(ctx.db, ctx.actor.employeeId, year, wibDate(ctx.now))
    : undefined;
  const setting = await ctx.db
    .selectFrom("performance_year")
    .select("skp_review")
    .where("year", "=", year)
    .executeTakeFirst();
  return {
    // Waiting on the rater: reviewed ones to approve; submitted ones show too, marked as waiting for the review.
    waiting: rows.flatMap((r) => (r.skp?.status === "diajukan" || r.skp?.status === "direviu" ? [r.skp] : [])),
    subordinates: rows,
    myApprovedSkp: mine !== undefined,
    skpReview: setting?.skp_review ?? null,
  };
}

/** Matriks Peran Hasil: the rater's approved RHK across, subordinates down, assignments in the cells. */
export async function matrix(ctx: RequestContext, year: number) {
  const mine = ctx.actor.employeeId
    ? await skps.approvedFor(ctx.db, ctx.actor.employeeId, year, wibDate(ctx.now))
    : undefined;
  const rhk = mine
    ? await ctx.db
        .selectFrom("skp_rhk")
        .select(["id", "text", "kind"])
        .where("skp_id", "=", mine.id)
        .orderBy("sort_order")
        .execute()
    : [];
  const assignments = ctx.actor.employeeId
    ? await ctx.db
        .selectFrom("mph_assignment")
        .selectAll()
        .where("rater_employee_id", "=", ctx.actor.employeeId)
        .where("year", "=", year)
        .orderBy("created_at")
        .execute()
    : [];
  return {
    skpId: mine?.id ?? null,
    rhk,
    subordinates: await subordinates(ctx.db, ctx.actor.employeeId, ctx.now),
    assignments: assignments.map(toAssignment),
  };
}

/**
 * Assigns a role/result to a subordinate under one of the rater's approved RHK. It becomes a proposed RHK of the
 * subordinate's draft now, or of the draft they start later.
 */
export async function assign(ctx: RequestContext, input: { raterRhkId: string; employeeId: string; text: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const rhk = await trx
      .selectFrom("skp_rhk")
      .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
      .select(["skp.year", "skp.employee_id", "skp.status"])
      .where("skp_rhk.id", "=", input.raterRhkId)
      .executeTakeFirst();
    if (!rhk || rhk.employee_id !== ctx.actor.employeeId || rhk.status !== "disetujui") {
      throw new RuleViolation("mph_rhk_invalid", "Pilih RHK Anda sendiri yang sudah disetujui", {}, "raterRhkId");
    }
    const team = await subordinates(trx, ctx.actor.employeeId, ctx.now);
    if (!team.some((m) => m.employeeId === input.employeeId)) {
      throw new RuleViolation("mph_not_subordinate", "Pegawai ini bukan bawahan yang Anda nilai", {}, "employeeId");
    }
    const id = newId();
    const at = ctx.now.toISOString();
    const row = {
      id,
      year: rhk.year,
      rater_employee_id: rhk.employee_id,
      rater_rhk_id: input.raterRhkId,
      employee_id: input.employeeId,
      text: input.text,
      version: 1,
      created_at: at,
    };
    await trx.insertInto("mph_assignment").values(row).execute();
    await proposeToDraft(trx, ctx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "mph.assigned",
      subjectType: "mph_assignment",
      subjectId: id,
      after: row,
    });
    return toAssignment(row);
  });
}

export async function unassign(ctx: RequestContext, id: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("mph_assignment").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row || row.rater_employee_id !== ctx.actor.employeeId) {
      throw new NotFoundError("peran hasil");
    }
    await trx.deleteFrom("mph_assignment").where("id", "=", id).execute();
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "mph.unassigned",
      subjectType: "mph_assignment",
      subjectId: id,
      before: row,
    });
    return { ok: true as const };
  });
}

async function proposeToDraft(
  db: Db,
  ctx: RequestContext,
  a: { id: string; year: number; employee_id: string; rater_rhk_id: string; text: string },
) {
  const draft = (await skps.listForEmployee(db, a.employee_id, a.year)).find(
    (s) => s.status === "draft" || s.status === "dikembalikan",
  );
  if (!draft) {
    return;
  }
  const proposal = {
    kind: "utama" as const,
    text: a.text,
    parentRhkId: a.rater_rhk_id,
    perspektif: null,
    fromAssignmentId: a.id,
    ikis: [],
  };
  await skps.appendRhk(db, draft.id, [proposal], await skps.countRhk(db, draft.id));
  await skps.update(db, draft.id, draft.version, {}, ctx.now.toISOString());
  await skps.addEvent(db, {
    skpId: draft.id,
    at: ctx.now,
    actorId: ctx.actor.userId,
    action: "proposed_from_matrix",
    note: a.text,
  });
}

function toAssignment(row: {
  id: string;
  rater_rhk_id: string;
  employee_id: string;
  text: string;
  version: number;
}): MphAssignment {
  return {
    id: row.id,
    raterRhkId: row.rater_rhk_id,
    employeeId: row.employee_id,
    text: row.text,
    version: row.version,
  };
}
