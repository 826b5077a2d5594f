import type { Kysely } from "kysely";

/**
 * Issue 10, measured on 100,000 employees: the seats a Plt acts in look up SKPs by position and year (a whole year's
 * SKPs were scanned), and the employee search pages by its key in order, which a (name_search, id) index serves
 * without reading the table (it stops after the page; by name it read every row).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("skp_position_id_year_idx").on("skp").columns(["position_id", "year"]).execute();
  await db.schema.createIndex("employee_name_search_id_idx").on("employee").columns(["name_search", "id"]).execute();
  await db.schema.dropIndex("employee_name_search_idx").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("employee_name_search_idx").on("employee").column("name_search").execute();
  await db.schema.dropIndex("employee_name_search_id_idx").execute();
  await db.schema.dropIndex("skp_position_id_year_idx").execute();
}
