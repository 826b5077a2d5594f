import type { Kysely } from "kysely";

// Issue 11: the audit screen filters by person (the actor), record type and action, newest first; with millions of
// events each filter needs its own index, ending in the id the trail is ordered by (ids are time-ordered UUIDv7).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("audit_event_actor_id_idx").on("audit_event").columns(["actor_id", "id"]).execute();
  await db.schema
    .createIndex("audit_event_subject_type_idx")
    .on("audit_event")
    .columns(["subject_type", "id"])
    .execute();
  await db.schema.createIndex("audit_event_action_idx").on("audit_event").columns(["action", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_event_action_idx").execute();
  await db.schema.dropIndex("audit_event_subject_type_idx").execute();
  await db.schema.dropIndex("audit_event_actor_id_idx").execute();
}
