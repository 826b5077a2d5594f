import type { Placement, PlacementKind, PlacementSpan, PositionKind } from "@simkin/domain";
import type { ExpressionBuilder } from "kysely";
import type { Db } from "../../db";
import type { Database, PlacementTable } from "../../db/schema";

export type PlacementValues = Omit<PlacementTable, "id" | "version" | "created_at" | "updated_at" | "may_rate"> & {
  may_rate?: number | null;
};

/**
 * The one "placement held during [from, to]" filter (a single date when `to` is left out): started by the end, not
 * ended before the start. Use as `.where((eb) => placementDuring(eb, date))` on any query that joins `placement`.
 */
export function placementDuring(eb: ExpressionBuilder<Database, "placement">, from: string, to: string = from) {
  return eb.and([
    eb("placement.start_date", "<=", to),
    eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", from)]),
  ]);
}

/** A placement held at some time in a year, with its position's kind (what an SKP for the year starts from). */
export type YearPlacement = {
  positionId: string;
  positionKind: PositionKind;
  kind: PlacementKind;
  startDate: string;
  endDate: string | null;
};

/** The employee's placements of these kinds (in one position, if given) held during the year, latest start first. */
export async function heldDuringYear(
  db: Db,
  employeeId: string,
  year: number,
  filter: { kinds: readonly PlacementKind[]; positionId?: string },
): Promise<YearPlacement[]> {
  let query = db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select([
      "placement.position_id",
      "placement.kind",
      "placement.start_date",
      "placement.end_date",
      "position.kind as position_kind",
    ])
    .where("placement.employee_id", "=", employeeId)
    .where("placement.kind", "in", filter.kinds)
    .where((eb) => placementDuring(eb, `${year}-01-01`, `${year}-12-31`));
  if (filter.positionId) {
    query = query.where("placement.position_id", "=", filter.positionId);
  }
  const rows = await query.orderBy("placement.start_date", "desc").execute();
  return rows.map((r) => ({
    positionId: r.position_id,
    positionKind: r.position_kind,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
  }));
}

function selectPlacements(db: Db) {
  return db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .selectAll("placement")
    .select(["position.name as position_name", "org_unit.name as unit_name"]);
}

/** Which of the employees hold a post (any placement) on the date. */
export async function employeesPlacedOn(db: Db, employeeIds: readonly string[], date: string): Promise<Set<string>> {
  if (employeeIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom("placement")
    .select("employee_id")
    .distinct()
    .where("employee_id", "in", employeeIds)
    .where((eb) => placementDuring(eb, date))
    .execute();
  return new Set(rows.map((r) => r.employee_id));
}

export async function findById(db: Db, id: string): Promise<Placement | undefined> {
  const row = await selectPlacements(db).where("placement.id", "=", id).executeTakeFirst();
  return row && toPlacement(row);
}

/** An employee's placement history, newest first. */
export async function listForEmployee(db: Db, employeeId: string): Promise<Placement[]> {
  const rows = await selectPlacements(db)
    .where("placement.employee_id", "=", employeeId)
    .orderBy("placement.start_date", "desc")
    .execute();
  return rows.map(toPlacement);
}

/** Every placement that could clash with one for this employee or this position. */
export async function spansTouching(db: Db, employeeId: string, positionId: string): Promise<PlacementSpan[]> {
  const rows = await db
    .selectFrom("placement")
    .select(["id", "employee_id", "position_id", "kind", "start_date", "end_date"])
    .where((eb) => eb.or([eb("employee_id", "=", employeeId), eb("position_id", "=", positionId)]))
    .execute();
  return rows.map(toSpan);
}

function toSpan(
  r: Pick<PlacementTable, "id" | "employee_id" | "position_id" | "kind" | "start_date" | "end_date">,
): PlacementSpan {
  return {
    id: r.id,
    employeeId: r.employee_id,
    positionId: r.position_id,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
  };
}

/** Every placement, past or future, of these positions: the seats an import must fit around. */
export async function spansOfPositions(db: Db, positionIds: readonly string[]): Promise<PlacementSpan[]> {
  const spans: PlacementSpan[] = [];
  // Chunked: one parameter per id, and both databases cap the parameters of one statement.
  for (let i = 0; i < positionIds.length; i += 1000) {
    const rows = await db
      .selectFrom("placement")
      .select(["id", "employee_id", "position_id", "kind", "start_date", "end_date"])
      .where("position_id", "in", positionIds.slice(i, i + 1000))
      .execute();
    spans.push(...rows.map(toSpan));
  }
  return spans;
}

export async function insert(db: Db, id: string, values: PlacementValues, at: string): Promise<void> {
  await db
    .insertInto("placement")
    .values({ id, ...values, version: 1, created_at: at, updated_at: at })
    .execute();
}

export async function update(db: Db, id: string, values: Partial<PlacementValues>, version: number, at: string) {
  const result = await db
    .updateTable("placement")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function remove(db: Db, id: string, version: number) {
  const result = await db
    .deleteFrom("placement")
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

function toPlacement(row: PlacementTable & { position_name: string; unit_name: string }): Placement {
  return {
    id: row.id,
    employeeId: row.employee_id,
    positionId: row.position_id,
    positionName: row.position_name,
    unitName: row.unit_name,
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    decreeNumber: row.decree_number,
    mayRate: row.kind === "plh" && row.may_rate === 1,
    version: row.version,
  };
}
