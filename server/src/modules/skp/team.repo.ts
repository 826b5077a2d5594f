import { displayName, type SkpReview } from "@simkin/domain";
import type { Db } from "../../db";
import { placementDuring } from "../org/placement.repo";

/** An employee in a seat, named as displayed. */
export type SeatHolder = { employeeId: string; name: string; positionId: string; positionName: string };

/** The definitive seat of each employee on a date, by position then name. */
export async function definitiveSeatsOf(db: Db, employeeIds: string[], date: string): Promise<SeatHolder[]> {
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
    .where("employee.id", "in", employeeIds)
    .where("placement.kind", "=", "definitif")
    .where((eb) => placementDuring(eb, date))
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

/** An employee named beside a position, whether or not they hold it (a Plt seat is not their own). */
export async function employeeInSeat(db: Db, employeeId: string, positionId: string): Promise<SeatHolder> {
  const row = await db
    .selectFrom("employee")
    .innerJoin("position", (join) => join.on("position.id", "=", positionId))
    .select(["employee.name", "employee.front_title", "employee.back_title", "position.name as position_name"])
    .where("employee.id", "=", employeeId)
    .executeTakeFirstOrThrow();
  return {
    employeeId,
    name: displayName(row.front_title, row.name, row.back_title),
    positionId,
    positionName: row.position_name,
  };
}

/** The year's SKP review setting, or null when the year is not set up. */
export async function skpReviewOf(db: Db, year: number): Promise<SkpReview | null> {
  const row = await db.selectFrom("performance_year").select("skp_review").where("year", "=", year).executeTakeFirst();
  return row?.skp_review ?? null;
}
