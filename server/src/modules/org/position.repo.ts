import type { Position, PositionWithHolders } from "@simkin/domain";
import { displayName } from "@simkin/domain";
import type { Db } from "../../db";
import type { PositionTable } from "../../db/schema";
import { placementDuring } from "./placement.repo";

export type PositionValues = Omit<PositionTable, "id" | "version" | "created_at" | "updated_at">;

function selectPositions(db: Db) {
  return db
    .selectFrom("position")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .selectAll("position")
    .select("org_unit.name as unit_name");
}

export async function findById(db: Db, id: string): Promise<Position | undefined> {
  const row = await selectPositions(db).where("position.id", "=", id).executeTakeFirst();
  return row && toPosition(row);
}

/** Positions (of one unit or all), each with who holds it on the date. */
export async function listWithHolders(
  db: Db,
  unitId: string | undefined,
  date: string,
): Promise<PositionWithHolders[]> {
  let query = selectPositions(db);
  if (unitId) {
    query = query.where("position.unit_id", "=", unitId);
  }
  const rows = await query.orderBy("org_unit.code").orderBy("position.name").execute();
  const holders = await db
    .selectFrom("placement")
    .innerJoin("employee", "employee.id", "placement.employee_id")
    .select(["placement.position_id", "placement.kind", "employee.id", "employee.name", "front_title", "back_title"])
    .where((eb) => placementDuring(eb, date))
    .execute();
  return rows.map((row) => ({
    ...toPosition(row),
    holders: holders
      .filter((h) => h.position_id === row.id)
      .map((h) => ({ employeeId: h.id, displayName: displayName(h.front_title, h.name, h.back_title), kind: h.kind })),
  }));
}

/** Every position's upward links, for cycle checks. */
export async function linkMap(db: Db) {
  const rows = await db.selectFrom("position").select(["id", "parent_position_id", "rater_position_id"]).execute();
  return new Map(
    rows.map((r) => [r.id, { parentPositionId: r.parent_position_id, raterPositionId: r.rater_position_id }]),
  );
}

export async function insert(db: Db, id: string, values: PositionValues, at: string): Promise<void> {
  await db
    .insertInto("position")
    .values({ id, ...values, version: 1, created_at: at, updated_at: at })
    .execute();
}

export async function update(db: Db, id: string, values: PositionValues, version: number, at: string) {
  const result = await db
    .updateTable("position")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toPosition(row: PositionTable & { unit_name: string }): Position {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    kind: row.kind,
    jenjang: row.jenjang,
    eselon: row.eselon,
    parentPositionId: row.parent_position_id,
    raterPositionId: row.rater_position_id,
    leadsUnitId: row.leads_unit_id,
    version: row.version,
  };
}

/** Every position, keyed by its unit's code (upper case) and its name (lower case), as an import sheet names it. */
export async function idsByUnitCodeAndName(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("position")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select(["position.id", "position.name", "org_unit.code"])
    .execute();
  return new Map(rows.map((r) => [`${r.code.toUpperCase()}|${r.name.toLowerCase()}`, r.id]));
}

/** The units an employee heads on a date, as definitive or acting (Plt) holder of the unit's head position. */
export async function unitsLedBy(db: Db, employeeId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select("position.leads_unit_id")
    .where("placement.employee_id", "=", employeeId)
    .where("position.leads_unit_id", "is not", null)
    .where((eb) => placementDuring(eb, date))
    .execute();
  return rows.flatMap((r) => (r.leads_unit_id ? [r.leads_unit_id] : []));
}

/** The names of a few positions by id (a task naming the seat it comes through). */
export async function positionNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("position")
    .select(["id", "name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
