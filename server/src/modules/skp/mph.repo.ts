import type { MphAssignment, MphRhk } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { MphAssignmentTable } from "../../db/schema";

export type MphAssignmentRow = Selectable<MphAssignmentTable>;

/** The RHK of an SKP with their IKI, in the SKP's order: the columns of the leader's matrix. */
export async function rhkWithIkis(db: Db, skpId: string): Promise<MphRhk[]> {
  const rhk = await db
    .selectFrom("skp_rhk")
    .select(["id", "text", "kind"])
    .where("skp_id", "=", skpId)
    .orderBy("sort_order")
    .execute();
  const ikis =
    rhk.length === 0
      ? []
      : await db
          .selectFrom("skp_iki")
          .select(["id", "rhk_id", "indicator", "target", "unit"])
          .where(
            "rhk_id",
            "in",
            rhk.map((r) => r.id),
          )
          .orderBy("sort_order")
          .execute();
  return rhk.map((r) => ({
    ...r,
    ikis: ikis
      .filter((i) => i.rhk_id === r.id)
      .map(({ id, indicator, target, unit }) => ({ id, indicator, target, unit })),
  }));
}

/** What the leader assigned for the year, in the order it was assigned. */
export function listForLeader(db: Db, leaderId: string, year: number): Promise<MphAssignmentRow[]> {
  return listOfYear(db, year, "rater_employee_id", leaderId);
}

/** What the employee's leaders assigned them for the year, in the order it was assigned. */
export function listForEmployee(db: Db, employeeId: string, year: number): Promise<MphAssignmentRow[]> {
  return listOfYear(db, year, "employee_id", employeeId);
}

function listOfYear(db: Db, year: number, by: "rater_employee_id" | "employee_id", employeeId: string) {
  return db
    .selectFrom("mph_assignment")
    .selectAll()
    .where(by, "=", employeeId)
    .where("year", "=", year)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function findById(db: Db, id: string): Promise<MphAssignmentRow | undefined> {
  return db.selectFrom("mph_assignment").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The leader's IKI with the RHK and the SKP it sits on, to check it is theirs and approved. */
export async function findIki(db: Db, ikiId: string) {
  return db
    .selectFrom("skp_iki")
    .innerJoin("skp_rhk", "skp_rhk.id", "skp_iki.rhk_id")
    .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
    .select(["skp_iki.id as iki_id", "skp_rhk.id as rhk_id", "skp.year", "skp.employee_id", "skp.status"])
    .where("skp_iki.id", "=", ikiId)
    .executeTakeFirst();
}

export async function insert(db: Db, row: MphAssignmentRow): Promise<void> {
  await db.insertInto("mph_assignment").values(row).execute();
}

/** Rewords a cell; false when someone changed it since `version` was read. */
export async function updateText(db: Db, id: string, version: number, text: string): Promise<boolean> {
  const result = await db
    .updateTable("mph_assignment")
    .set({ text, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.deleteFrom("mph_assignment").where("id", "=", id).execute();
}

export function toAssignment(row: MphAssignmentRow): MphAssignment {
  return {
    id: row.id,
    raterRhkId: row.rater_rhk_id,
    raterIkiId: row.rater_iki_id,
    employeeId: row.employee_id,
    text: row.text,
    version: row.version,
  };
}
