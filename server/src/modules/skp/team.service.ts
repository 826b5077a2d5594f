import { actingSeatsRatedBy, displayName, rateesOf, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import { actingPrefix } from "./party.repo";
import { summarize } from "./skp.detail";
import * as skps from "./skp.repo";

/** Who the actor rates today, with their name and position. */
export async function subordinates(db: Db, employeeId: string | null, now: Date) {
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
