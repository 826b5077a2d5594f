import { PostgresAdapter, sql } from "kysely";
import type { Db } from "../../../db";

/** The tables, columns (with their declared type) and foreign keys of the migrated database, Kysely's own excluded. */
export type Catalogue = {
  dialect: "sqlite" | "postgres";
  columns: Map<string, Map<string, string>>;
  foreignKeys: { table: string; column: string; target: string }[];
};

export function dialectOf(db: Db): "sqlite" | "postgres" {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** Read from the database itself (not schema.ts), so a migration without its schema.ts entry is noticed too. */
export async function readCatalogue(db: Db): Promise<Catalogue> {
  const dialect = dialectOf(db);
  const [columns, foreignKeys] =
    dialect === "postgres" ? await Promise.all([pgColumns(db), pgForeignKeys(db)]) : await sqliteCatalogue(db);
  const byTable = new Map<string, Map<string, string>>();
  for (const c of columns) {
    if (c.table_name.startsWith("kysely_")) {
      continue;
    }
    const table = byTable.get(c.table_name) ?? new Map<string, string>();
    table.set(c.column_name, c.data_type.toLowerCase());
    byTable.set(c.table_name, table);
  }
  return {
    dialect,
    columns: byTable,
    foreignKeys: foreignKeys.map((f) => ({ table: f.table_name, column: f.column_name, target: f.target })),
  };
}

type ColumnRow = { table_name: string; column_name: string; data_type: string };
type ForeignKeyRow = { table_name: string; column_name: string; target: string };

async function sqliteCatalogue(db: Db): Promise<[ColumnRow[], ForeignKeyRow[]]> {
  const columns = await sql<ColumnRow>`
    select m.name as table_name, p.name as column_name, p.type as data_type
    from sqlite_master m join pragma_table_info(m.name) p
    where m.type = 'table' and m.name not like 'sqlite_%'`.execute(db);
  const keys = await sql<ForeignKeyRow>`
    select m.name as table_name, f."from" as column_name, f."table" as target
    from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table'`.execute(db);
  return [columns.rows, keys.rows];
}

async function pgColumns(db: Db): Promise<ColumnRow[]> {
  // udt_name (int4, text) doubles as the element type of the arrays the PostgreSQL insert unnests.
  const result = await sql<ColumnRow>`
    select table_name, column_name, udt_name as data_type
    from information_schema.columns
    where table_schema = current_schema()`.execute(db);
  return result.rows;
}

async function pgForeignKeys(db: Db): Promise<ForeignKeyRow[]> {
  const result = await sql<ForeignKeyRow>`
    select t.relname as table_name, a.attname as column_name, r.relname as target
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_class r on r.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  return result.rows;
}
