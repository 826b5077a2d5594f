import type { Kysely } from "kysely";

// A migration is frozen history: it takes Kysely<any> and imports nothing from the app.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("monthly_report")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id"))
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("month", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("achievements", "text", (c) => c.notNull())
    .addColumn("challenges", "text", (c) => c.notNull())
    .addColumn("improvements", "text", (c) => c.notNull())
    .addColumn("overall_feedback", "text")
    .addColumn("revision_reason", "text")
    .addColumn("submitted_at", "text")
    .addColumn("last_submitted_at", "text")
    .addColumn("accepted_at", "text")
    .addColumn("acknowledged_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("monthly_report_skp_month_key", ["skp_id", "month"])
    .execute();
  await db.schema
    .createIndex("monthly_report_year_month_idx")
    .on("monthly_report")
    .columns(["year", "month", "status"])
    .execute();
  await db.schema.createIndex("monthly_report_employee_id_idx").on("monthly_report").column("employee_id").execute();

  await db.schema
    .createTable("report_realisation")
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("iki_id", "text", (c) => c.notNull().references("skp_iki.id"))
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_realisation_pkey", ["report_id", "iki_id"])
    .execute();

  await db.schema
    .createTable("report_action")
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id"))
    .addColumn("plan", "text", (c) => c.notNull())
    .addColumn("progress", "integer")
    .addPrimaryKeyConstraint("report_action_pkey", ["report_id", "rhk_id"])
    .execute();

  await db.schema
    .createTable("report_feedback")
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id"))
    .addColumn("went_well", "text", (c) => c.notNull())
    .addColumn("to_improve", "text", (c) => c.notNull())
    .addColumn("support", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_feedback_pkey", ["report_id", "rhk_id"])
    .execute();

  await db.schema
    .createTable("evidence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("mime_type", "text")
    .addColumn("size", "integer")
    .addColumn("content_hash", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("evidence_report_id_idx").on("evidence").column("report_id").execute();

  await db.schema
    .createTable("report_comment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("report_comment_report_id_idx").on("report_comment").column("report_id").execute();

  await db.schema
    .createTable("report_event")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("report_event_report_id_idx").on("report_event").column("report_id").execute();

  await db.schema
    .createTable("notification")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema.createIndex("notification_user_id_idx").on("notification").columns(["user_id", "read_at"]).execute();

  await db.schema
    .createTable("reminder_claim")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("outbound_email")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("claimed_by", "text")
    .addColumn("claimed_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbound_email_status_idx").on("outbound_email").column("status").execute();

  await db.schema
    .createTable("performance_dialogue")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("rater_employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("agreements", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("dialogue_follow_up")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("performance_dialogue.id").onDelete("cascade"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .execute();

  await db.schema
    .createTable("coaching_session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("rater_employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("feedback_json", "text")
    .addColumn("feedback_at", "text")
    .addColumn("evaluation_json", "text")
    .addColumn("evaluation_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "coaching_session",
    "dialogue_follow_up",
    "performance_dialogue",
    "outbound_email",
    "reminder_claim",
    "notification",
    "report_event",
    "report_comment",
    "evidence",
    "report_feedback",
    "report_action",
    "report_realisation",
    "monthly_report",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
