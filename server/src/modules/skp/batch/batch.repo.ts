import type { Db } from "../../../db";

export type BatchUnit = { id: string; name: string };

/** The unit, or null when there is none with this id. */
export async function findUnit(db: Db, unitId: string): Promise<BatchUnit | null> {
  const row = await db.selectFrom("org_unit").select(["id", "name"]).where("id", "=", unitId).executeTakeFirst();
  return row ?? null;
}

/**
 * The SKPs of the year made for a position in the unit or any unit below it, in print order (unit, then name). A
 * revision that was replaced (`diganti`) is left out: its successor is the document in force.
 */
export async function skpIdsUnder(db: Db, unitId: string, year: number): Promise<string[]> {
  const rows = await db
    .withRecursive("subtree(id)", (qc) =>
      qc
        .selectFrom("org_unit")
        .select("id")
        .where("id", "=", unitId)
        .unionAll((qb) =>
          qb.selectFrom("org_unit as child").innerJoin("subtree", "subtree.id", "child.parent_id").select("child.id"),
        ),
    )
    .selectFrom("skp")
    .innerJoin("position", "position.id", "skp.position_id")
    .innerJoin("subtree", "subtree.id", "position.unit_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .select("skp.id")
    .where("skp.year", "=", year)
    .where("skp.status", "!=", "diganti")
    .orderBy("org_unit.name")
    .orderBy("employee.name")
    .orderBy("skp.period_start")
    .orderBy("skp.id")
    .execute();
  return rows.map((r) => r.id);
}
