import type { PkTarget } from "@simkin/domain";
import type { Db } from "../../db";
import type { PkTargetTable } from "../../db/schema";

/** The editable text of a target. */
export type PkTargetValues = Pick<PkTargetTable, "sasaran" | "indicator" | "target" | "unit">;

/** A year's targets (of one unit or all), by unit code then in the order they were written. */
export async function listForYear(db: Db, year: number, unitId?: string): Promise<PkTarget[]> {
  let query = selectTargets(db).where("pk_target.year", "=", year);
  if (unitId) {
    query = query.where("pk_target.unit_id", "=", unitId);
  }
  const rows = await query.orderBy("org_unit.code").orderBy("pk_target.created_at").orderBy("pk_target.id").execute();
  return rows.map(toTarget);
}

export async function findById(db: Db, id: string): Promise<PkTarget | undefined> {
  const row = await selectTargets(db).where("pk_target.id", "=", id).executeTakeFirst();
  return row && toTarget(row);
}

export async function insert(
  db: Db,
  id: string,
  values: PkTargetValues & { year: number; unitId: string },
  at: string,
): Promise<void> {
  const { unitId, ...rest } = values;
  await db
    .insertInto("pk_target")
    .values({ id, ...rest, unit_id: unitId, version: 1, created_at: at, updated_at: at })
    .execute();
}

/** Optimistic update; false when someone else saved since `version`. */
export async function update(db: Db, id: string, values: PkTargetValues, version: number, at: string) {
  const result = await db
    .updateTable("pk_target")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function remove(db: Db, id: string, version: number) {
  const result = await db
    .deleteFrom("pk_target")
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Whether an RHK carries the target (skp_rhk_pk_target). */
export async function isCarried(db: Db, id: string): Promise<boolean> {
  const link = await db
    .selectFrom("skp_rhk_pk_target")
    .select("rhk_id")
    .where("pk_target_id", "=", id)
    .executeTakeFirst();
  return link !== undefined;
}

function selectTargets(db: Db) {
  return db
    .selectFrom("pk_target")
    .innerJoin("org_unit", "org_unit.id", "pk_target.unit_id")
    .selectAll("pk_target")
    .select("org_unit.name as unit_name");
}

function toTarget(row: PkTargetTable & { unit_name: string }): PkTarget {
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
