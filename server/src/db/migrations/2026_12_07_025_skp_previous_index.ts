import type { Kysely } from "kysely";

// Issue 10: the SKP page and PDF find the revision that replaced one by previous_id; without an index every print
// scanned the year's SKPs (30-70 ms of the event loop per PDF at 100,000 employees).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("skp_previous_id_idx").on("skp").column("previous_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("skp_previous_id_idx").execute();
}
