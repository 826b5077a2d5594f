import type { Kysely } from "kysely";

// Issue 12: the pending keberatan (home tasks, the "Keberatan" list pending first) start from their status, and an
// atasan's list and tasks from the evaluations they are atasan penilai of.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("keberatan_status_idx").on("keberatan").columns(["status", "filed_at"]).execute();
  await db.schema
    .createIndex("evaluation_atasan_idx")
    .on("evaluation")
    .columns(["atasan_employee_id", "year"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("evaluation_atasan_idx").execute();
  await db.schema.dropIndex("keberatan_status_idx").execute();
}
