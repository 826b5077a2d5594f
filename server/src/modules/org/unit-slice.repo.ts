import { isActiveOn, type NamedUnit, type OrgChart, type UnitNode } from "@simkin/domain";
import type { Db } from "../../db";

export type UnitSlice = ReadonlyMap<string, UnitNode & NamedUnit>;

/**
 * Slices of the unit tree, like the chart slices beside it (chart-slice.repo.ts, decision 0030): a government of a
 * thousand kecamatan has tens of thousands of units, and a question about one person touches a handful of them.
 * The rules in organisation.rules.ts and unit-path.ts answer on a slice as on the whole tree, as long as the slice
 * holds every unit their walks visit: `above` for walks up (unit path, organisation, issuing government), `around`
 * for walks down as well (the organisations below one, the units of an organisation).
 */
export async function loadUnitsAbove(db: Db, unitIds: readonly string[]): Promise<UnitSlice> {
  return unitsWithHeads(db, await idsAbove(db, unitIds));
}

/** The units at the top of the tree (the pemerintah daerah): the widest scope an overseer can choose. */
export async function loadRootUnits(db: Db): Promise<{ id: string; name: string }[]> {
  return db.selectFrom("org_unit").select(["id", "name"]).where("parent_id", "is", null).orderBy("name").execute();
}

/** The units and every unit above and below them. */
export async function loadUnitsAround(db: Db, unitIds: readonly string[]): Promise<UnitSlice> {
  const ids = new Set([...(await idsAbove(db, unitIds)), ...(await idsBelow(db, unitIds))]);
  return unitsWithHeads(db, [...ids]);
}

/**
 * The units led by the seats the employee holds on the date in a chart slice that has them (loadChartBelow from the
 * employee): all organisationsLedBy needs to say whether the employee is a pimpinan.
 */
export async function loadUnitsLedBy(db: Db, chart: OrgChart, employeeId: string, date: string): Promise<UnitSlice> {
  const held = chart.placements.filter((p) => p.employeeId === employeeId && isActiveOn(p, date));
  return unitsWithHeads(db, await unitsLedByPositions(db, [...new Set(held.map((p) => p.positionId))]));
}

/** The units the given positions lead (position.leads_unit_id). */
export async function unitsLedByPositions(db: Db, positionIds: readonly string[]): Promise<string[]> {
  if (positionIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("position")
    .select("leads_unit_id")
    .where("id", "in", [...positionIds])
    .where("leads_unit_id", "is not", null)
    .execute();
  return [...new Set(rows.flatMap((r) => (r.leads_unit_id ? [r.leads_unit_id] : [])))];
}

async function idsAbove(db: Db, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) {
    return [];
  }
  const rows = await db
    .withRecursive("up(id, parent_id)", (qb) =>
      qb
        .selectFrom("org_unit")
        .select(["org_unit.id", "org_unit.parent_id"])
        .where("org_unit.id", "in", [...new Set(unitIds)])
        .union(
          qb
            .selectFrom("org_unit")
            .innerJoin("up", "org_unit.id", "up.parent_id")
            .select(["org_unit.id", "org_unit.parent_id"]),
        ),
    )
    .selectFrom("up")
    .select("id")
    .execute();
  return rows.map((r) => r.id);
}

/** The ids of the units and of every unit below them. */
export async function idsBelow(db: Db, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) {
    return [];
  }
  const rows = await db
    .withRecursive("down(id)", (qb) =>
      qb
        .selectFrom("org_unit")
        .select("org_unit.id")
        .where("org_unit.id", "in", [...new Set(unitIds)])
        .union(qb.selectFrom("org_unit").innerJoin("down", "org_unit.parent_id", "down.id").select("org_unit.id")),
    )
    .selectFrom("down")
    .select("id")
    .execute();
  return rows.map((r) => r.id);
}

/** The units with their names and the position leading each, in chunks of ids. */
async function unitsWithHeads(db: Db, ids: readonly string[]): Promise<UnitSlice> {
  const slice = new Map<string, UnitNode & NamedUnit>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    await addUnits(db, slice, ids.slice(i, i + CHUNK));
  }
  return slice;
}

/** The whole unit tree: what the slices are compared with in the tests (test/unit-slice.test.ts). */
export async function loadUnitTree(db: Db): Promise<UnitSlice> {
  const tree = new Map<string, UnitNode & NamedUnit>();
  await addUnits(db, tree, null);
  return tree;
}

/** Adds the units (all of them when `ids` is null), each with its head: the first position marked as leading it. */
async function addUnits(db: Db, into: Map<string, UnitNode & NamedUnit>, ids: string[] | null): Promise<void> {
  let units = db.selectFrom("org_unit").select(["id", "parent_id", "kind", "name", "header_name", "signing_place"]);
  let heads = db
    .selectFrom("position")
    .select(["id", "leads_unit_id"])
    .where("leads_unit_id", "is not", null)
    .orderBy("created_at")
    .orderBy("id");
  if (ids) {
    units = units.where("id", "in", ids);
    heads = heads.where("leads_unit_id", "in", ids);
  }
  const headOf = new Map<string, string>();
  for (const head of await heads.execute()) {
    if (head.leads_unit_id && !headOf.has(head.leads_unit_id)) {
      headOf.set(head.leads_unit_id, head.id);
    }
  }
  for (const u of await units.execute()) {
    into.set(u.id, {
      id: u.id,
      parentId: u.parent_id,
      kind: u.kind,
      headPositionId: headOf.get(u.id) ?? null,
      name: u.name,
      headerName: u.header_name,
      signingPlace: u.signing_place,
    });
  }
}

/** Ids per statement, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
