import type { Employee, EmployeeListItem, EmploymentStatus } from "@simkin/domain";
import { accountStateOf, displayName, nameSearchKey, pangkatLabel, searchTerm } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import { containsIn } from "../../db/like";
import type { EmployeeTable } from "../../db/schema";
import { placementDuring } from "./placement.repo";

export type EmployeeValues = Omit<EmployeeTable, "id" | "version" | "created_at" | "updated_at" | "name_search">;

export async function findById(db: Db, id: string): Promise<Employee | undefined> {
  const row = await db.selectFrom("employee").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toEmployee(row);
}

export async function findByNip(db: Db, nip: string): Promise<Employee | undefined> {
  const row = await db.selectFrom("employee").selectAll().where("nip", "=", nip).executeTakeFirst();
  return row && toEmployee(row);
}

/**
 * The NIPs among these that are already in use: as an employee's NIP, or as the user name of an account (every
 * employee's account is named after their NIP, so a NIP that names an account cannot open a new one).
 */
export async function existingNips(db: Db, nips: readonly string[]): Promise<Set<string>> {
  if (nips.length === 0) {
    return new Set();
  }
  const taken = new Set<string>();
  // Chunked: one parameter per NIP, and SQLite and PostgreSQL both cap the parameters of one statement.
  for (let i = 0; i < nips.length; i += 1000) {
    const chunk = nips.slice(i, i + 1000);
    const byEmployee = await db.selectFrom("employee").select("nip").where("nip", "in", chunk).execute();
    const byAccount = await db.selectFrom("user_account").select("username").where("username", "in", chunk).execute();
    for (const nip of [...byEmployee.map((r) => r.nip), ...byAccount.map((r) => r.username)]) {
      taken.add(nip);
    }
  }
  return taken;
}

/** The account whose user name is this NIP, if any, and the employee it belongs to. */
export async function accountNamed(db: Db, username: string) {
  return db
    .selectFrom("user_account")
    .select(["id", "employee_id"])
    .where("username", "=", username)
    .executeTakeFirst();
}

/**
 * When a mistyped NIP is corrected, the employee's account, named after the old NIP, follows it: otherwise the old
 * NIP stays blocked as a user name and a new employee with that NIP could not be given an account.
 */
export async function renameNipAccount(db: Db, employeeId: string, oldNip: string, newNip: string, at: string) {
  await db
    .updateTable("user_account")
    .set((eb) => ({ username: newNip, version: eb("version", "+", 1), updated_at: at }))
    .where("employee_id", "=", employeeId)
    .where("username", "=", oldNip)
    .execute();
}

export type EmployeeFilter = {
  q?: string;
  unitIds?: string[];
  status?: EmploymentStatus;
  date: string;
  page: number;
  pageSize: number;
};

/**
 * Searches by name or NIP; the unit filter matches the unit (or any unit below it) of the current position. The
 * filter, count and page run on `employee` alone; positions are joined for the page's rows only (a government of
 * 100,000 employees would otherwise join every current placement before paging).
 */
export async function search(db: Db, filter: EmployeeFilter): Promise<{ items: EmployeeListItem[]; total: number }> {
  const matching = matchingEmployees(db, filter);
  const total = await matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const page = matching
    .select("employee.id")
    .orderBy("employee.name_search")
    .orderBy("employee.id")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const rows = await db
    .selectFrom("employee")
    .leftJoin("placement", (join) =>
      join
        .onRef("placement.employee_id", "=", "employee.id")
        .on("placement.kind", "=", "definitif")
        .on((eb) => placementDuring(eb, filter.date)),
    )
    .leftJoin("position", "position.id", "placement.position_id")
    .leftJoin("org_unit", "org_unit.id", "position.unit_id")
    .leftJoin("user_account", "user_account.employee_id", "employee.id")
    .selectAll("employee")
    .select(["position.name as position_name", "org_unit.name as unit_name"])
    .select(["user_account.id as account_id", "user_account.deactivated_at"])
    .select((eb) =>
      eb.case().when("user_account.password_hash", "is not", null).then(1).else(0).end().as("has_password"),
    )
    .where("employee.id", "in", page)
    .orderBy("employee.name_search")
    .orderBy("employee.id")
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      ...toEmployee(r),
      positionName: r.position_name,
      unitName: r.unit_name,
      accountState: r.account_id
        ? accountStateOf({ hasPassword: Number(r.has_password) === 1, deactivatedAt: r.deactivated_at })
        : null,
    })),
  };
}

function matchingEmployees(db: Db, filter: EmployeeFilter) {
  let query = db.selectFrom("employee");
  if (filter.q) {
    // The name by its search key (accents, case and titles folded; trigram-indexed on PostgreSQL); digits by NIP.
    const name = searchTerm(filter.q);
    const nip = filter.q.replace(/\D/g, "");
    query = query.where((eb) =>
      eb.or([
        ...(name ? [containsIn(eb.ref("employee.name_search"), name)] : []),
        ...(nip ? [eb("employee.nip", "like", `%${nip}%`)] : []),
      ]),
    );
  }
  const { unitIds } = filter;
  if (unitIds) {
    query = query.where("employee.id", "in", (qb) =>
      qb
        .selectFrom("placement")
        .innerJoin("position", "position.id", "placement.position_id")
        .select("placement.employee_id")
        .where("placement.kind", "=", "definitif")
        .where((eb) => placementDuring(eb, filter.date))
        .where("position.unit_id", "in", unitIds),
    );
  }
  if (filter.status) {
    query = query.where("employee.status", "=", filter.status);
  }
  return query;
}

export async function insert(db: Db, id: string, values: EmployeeValues, at: string): Promise<void> {
  await db
    .insertInto("employee")
    .values({ id, ...values, name_search: nameSearchKey(values.name), version: 1, created_at: at, updated_at: at })
    .execute();
}

/** Optimistic update: false when the stored version is no longer the one the caller edited. */
export async function update(db: Db, id: string, values: EmployeeValues, version: number, at: string) {
  const result = await db
    .updateTable("employee")
    .set({ ...values, name_search: nameSearchKey(values.name), version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function toEmployee(row: Selectable<EmployeeTable>): Employee {
  return {
    id: row.id,
    nip: row.nip,
    status: row.status,
    name: row.name,
    frontTitle: row.front_title,
    backTitle: row.back_title,
    displayName: displayName(row.front_title, row.name, row.back_title),
    golongan: row.golongan,
    pangkat: pangkatLabel(row.golongan),
    gender: row.gender,
    birthDate: row.birth_date,
    email: row.email,
    version: row.version,
  };
}
