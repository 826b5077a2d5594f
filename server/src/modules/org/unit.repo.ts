import type { OrgUnit } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { OrgUnitTable } from "../../db/schema";

export async function listAll(db: Db): Promise<OrgUnit[]> {
  const rows = await db.selectFrom("org_unit").selectAll().orderBy("code").execute();
  return rows.map(toUnit);
}

export async function findById(db: Db, id: string): Promise<OrgUnit | undefined> {
  const row = await db.selectFrom("org_unit").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUnit(row);
}

export async function findByCode(db: Db, code: string): Promise<OrgUnit | undefined> {
  const row = await db.selectFrom("org_unit").selectAll().where("code", "=", code).executeTakeFirst();
  return row && toUnit(row);
}

export async function parentMap(db: Db): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom("org_unit").select(["id", "parent_id"]).execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** The unit and every unit below it. */
export async function subtreeIds(db: Db, rootId: string): Promise<string[]> {
  const parents = await parentMap(db);
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const [id, parent] of parents) {
      if (parent === ids[i]) {
        ids.push(id);
      }
    }
  }
  return ids;
}

type UnitValues = Pick<OrgUnitTable, "parent_id" | "code" | "name" | "kind" | "header_name" | "signing_place">;

export async function insert(db: Db, id: string, values: UnitValues, at: string): Promise<void> {
  await db
    .insertInto("org_unit")
    .values({ id, ...values, version: 1, created_at: at, updated_at: at })
    .execute();
}

export async function update(db: Db, id: string, values: UnitValues, version: number, at: string) {
  const result = await db
    .updateTable("org_unit")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toUnit(row: Selectable<OrgUnitTable>): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    version: row.version,
    headerName: row.header_name,
    signingPlace: row.signing_place,
  };
}
