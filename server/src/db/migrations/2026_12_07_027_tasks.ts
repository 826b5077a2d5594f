import type { Kysely } from "kysely";

// Issue 11: the home page's task providers walk from the person: coaching sessions by the coached employee and by
// the rater, dialogues by the rater, and their follow-ups by dialogue; without these each page load scanned the tables.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("coaching_session_employee_id_idx")
    .on("coaching_session")
    .column("employee_id")
    .execute();
  await db.schema
    .createIndex("coaching_session_rater_employee_id_idx")
    .on("coaching_session")
    .column("rater_employee_id")
    .execute();
  await db.schema
    .createIndex("performance_dialogue_rater_employee_id_idx")
    .on("performance_dialogue")
    .column("rater_employee_id")
    .execute();
  await db.schema
    .createIndex("dialogue_follow_up_dialogue_id_idx")
    .on("dialogue_follow_up")
    .column("dialogue_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("dialogue_follow_up_dialogue_id_idx").execute();
  await db.schema.dropIndex("performance_dialogue_rater_employee_id_idx").execute();
  await db.schema.dropIndex("coaching_session_rater_employee_id_idx").execute();
  await db.schema.dropIndex("coaching_session_employee_id_idx").execute();
}
