import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Issue 10: indexes for walking the org chart up and down (chart-slice.repo.ts), placements by position or employee
 * and date, compliance by report month, and the employee search key. `employee.name_search` is filled here with a
 * frozen copy of nameSearchKey (domain/src/org/name-search.ts) as of this migration; every write of a name sets it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("position_parent_position_id_idx").on("position").column("parent_position_id").execute();
  await db.schema.createIndex("position_rater_position_id_idx").on("position").column("rater_position_id").execute();
  await db.schema
    .createIndex("placement_position_id_start_date_idx")
    .on("placement")
    .columns(["position_id", "start_date"])
    .execute();
  await db.schema
    .createIndex("placement_employee_id_start_date_idx")
    .on("placement")
    .columns(["employee_id", "start_date"])
    .execute();
  // The old single-column indexes are prefixes of the new ones.
  await db.schema.dropIndex("placement_position_id_idx").execute();
  await db.schema.dropIndex("placement_employee_id_idx").execute();

  await db.schema.alterTable("employee").addColumn("name_search", "text").execute();
  const rows = await db.selectFrom("employee").select(["id", "name"]).execute();
  for (const row of rows) {
    await db
      .updateTable("employee")
      .set({ name_search: key(row.name) })
      .where("id", "=", row.id)
      .execute();
  }
  await db.schema.createIndex("employee_name_search_idx").on("employee").column("name_search").execute();
  await trigramIndex(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists employee_name_search_trgm_idx`.execute(db);
  await db.schema.dropIndex("employee_name_search_idx").execute();
  await db.schema.alterTable("employee").dropColumn("name_search").execute();
  await db.schema.createIndex("placement_employee_id_idx").on("placement").column("employee_id").execute();
  await db.schema.createIndex("placement_position_id_idx").on("placement").column("position_id").execute();
  await db.schema.dropIndex("placement_employee_id_start_date_idx").execute();
  await db.schema.dropIndex("placement_position_id_start_date_idx").execute();
  await db.schema.dropIndex("position_rater_position_id_idx").execute();
  await db.schema.dropIndex("position_parent_position_id_idx").execute();
}

/**
 * On PostgreSQL, a trigram index makes "contains" searches indexed where pg_trgm can be created; without the
 * extension (no rights, not installed) the btree index still serves prefix searches. SQLite has neither.
 */
async function trigramIndex(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    return;
  }
  // A savepoint keeps a refused extension from aborting the migration's transaction.
  await sql`savepoint trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    const found = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname = 'pg_trgm'`.execute(db);
    const schema = found.rows[0]?.schema ?? "public";
    await sql`create index employee_name_search_trgm_idx on employee using gin (name_search ${sql.id(schema)}.gin_trgm_ops)`.execute(
      db,
    );
    await sql`release savepoint trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint trgm`.execute(db);
  }
}

function key(name: string): string {
  const words = (name.split(",")[0] ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "" && !(word.endsWith(".") && titles.has(word.slice(0, -1))));
  return words
    .join(" ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const titles = new Set(["h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "r", "rr"]);
