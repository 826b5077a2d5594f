import type { AddRank, EmployeeRank, RankKind } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EmployeeRankTable } from "../../db/schema-angka-kredit";

/** An employee's history, oldest TMT first, pangkat before jenjang on the same day. */
export async function listForEmployee(db: Db, employeeId: string): Promise<EmployeeRank[]> {
  const rows = await db
    .selectFrom("employee_rank")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .orderBy("tmt")
    .orderBy("kind", "desc")
    .execute();
  return rows.map(toRank);
}

/** The jenjang histories of several employees (a page of the angka kredit list). */
export async function jenjangOf(db: Db, employeeIds: readonly string[]): Promise<EmployeeRank[]> {
  if (employeeIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("employee_rank")
    .selectAll()
    .where("employee_id", "in", [...employeeIds])
    .where("kind", "=", "jenjang")
    .execute();
  return rows.map(toRank);
}

export async function findById(db: Db, id: string): Promise<EmployeeRank | undefined> {
  const row = await db.selectFrom("employee_rank").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toRank(row);
}

export async function findSame(db: Db, employeeId: string, kind: RankKind, tmt: string) {
  return db
    .selectFrom("employee_rank")
    .select("id")
    .where("employee_id", "=", employeeId)
    .where("kind", "=", kind)
    .where("tmt", "=", tmt)
    .executeTakeFirst();
}

export async function insert(db: Db, id: string, employeeId: string, input: AddRank, by: string, at: string) {
  await db
    .insertInto("employee_rank")
    .values({
      id,
      employee_id: employeeId,
      kind: input.kind,
      value: input.value,
      tmt: input.tmt,
      decree_number: input.decreeNumber || null,
      created_by: by,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function remove(db: Db, id: string, version: number) {
  const result = await db
    .deleteFrom("employee_rank")
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

function toRank(row: Selectable<EmployeeRankTable>): EmployeeRank {
  return {
    id: row.id,
    employeeId: row.employee_id,
    kind: row.kind,
    value: row.value,
    tmt: row.tmt,
    decreeNumber: row.decree_number,
    version: row.version,
  };
}
