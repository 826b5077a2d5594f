import type { Kysely } from "kysely";

// Issue 11 (decision 0050): the SKP's content as it was sent back, kept with the return step (rater or pengelola
// kinerja), so the reviewer of the resubmitted SKP sees what changed. JSON text read whole by a Zod schema in the
// repo (decision 0001 allows it for structured data that is never queried into).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("skp_return_snapshot")
    .addColumn("event_id", "text", (c) => c.primaryKey().references("skp_event.id").onDelete("cascade"))
    .addColumn("content", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("skp_return_snapshot").execute();
}
