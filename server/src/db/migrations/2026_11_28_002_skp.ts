import type { Kysely } from "kysely";

// A migration is frozen history: it takes Kysely<any> and imports nothing from the app.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("performance_year")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("skp_deadline", "text", (c) => c.notNull())
    .addColumn("cadence", "text", (c) => c.notNull())
    .addColumn("report_due_day", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("performance_year_year_key", ["year"])
    .execute();

  await db.schema
    .createTable("pk_target")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("org_unit.id"))
    .addColumn("sasaran", "text", (c) => c.notNull())
    .addColumn("indicator", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("pk_target_year_unit_id_idx").on("pk_target").columns(["year", "unit_id"]).execute();

  await db.schema
    .createTable("behaviour_indicator")
    .addColumn("version_code", "text", (c) => c.notNull())
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("value_order", "integer", (c) => c.notNull())
    .addColumn("value_name", "text", (c) => c.notNull())
    .addColumn("indicator_order", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("behaviour_indicator_pkey", ["version_code", "value_code", "indicator_order"])
    .execute();

  await db.schema
    .createTable("skp")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("position_id", "text", (c) => c.notNull().references("position.id"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("previous_id", "text", (c) => c.references("skp.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("approach", "text", (c) => c.notNull())
    .addColumn("behaviour_set", "text", (c) => c.notNull())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("return_reason", "text")
    .addColumn("submitted_at", "text")
    .addColumn("approved_at", "text")
    .addColumn("approved_by", "text", (c) => c.references("employee.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("skp_employee_year_position_revision_key", ["employee_id", "year", "position_id", "revision"])
    .execute();
  await db.schema.createIndex("skp_year_status_idx").on("skp").columns(["year", "status"]).execute();

  await db.schema
    .createTable("skp_rhk")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("parent_rhk_id", "text", (c) => c.references("skp_rhk.id"))
    .addColumn("perspektif", "text")
    .addColumn("from_assignment_id", "text")
    .execute();
  await db.schema.createIndex("skp_rhk_skp_id_idx").on("skp_rhk").column("skp_id").execute();
  await db.schema.createIndex("skp_rhk_parent_rhk_id_idx").on("skp_rhk").column("parent_rhk_id").execute();

  await db.schema
    .createTable("skp_iki")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("aspek", "text")
    .addColumn("indicator", "text", (c) => c.notNull())
    .addColumn("target", "text")
    .addColumn("unit", "text")
    .execute();
  await db.schema.createIndex("skp_iki_rhk_id_idx").on("skp_iki").column("rhk_id").execute();

  await db.schema
    .createTable("skp_lampiran")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("skp_lampiran_skp_id_idx").on("skp_lampiran").column("skp_id").execute();

  await db.schema
    .createTable("skp_expectation")
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id").onDelete("cascade"))
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("skp_expectation_pkey", ["skp_id", "value_code"])
    .execute();

  await db.schema
    .createTable("skp_event")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("skp_event_skp_id_idx").on("skp_event").column("skp_id").execute();

  await db.schema
    .createTable("mph_assignment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("rater_employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("rater_rhk_id", "text", (c) => c.notNull().references("skp_rhk.id"))
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mph_assignment_employee_id_year_idx")
    .on("mph_assignment")
    .columns(["employee_id", "year"])
    .execute();

  await db.schema
    .createTable("document_verification")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("document_type", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("document_verification_document_idx")
    .on("document_verification")
    .columns(["document_type", "document_id", "content_hash"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "document_verification",
    "mph_assignment",
    "skp_event",
    "skp_expectation",
    "skp_lampiran",
    "skp_iki",
    "skp_rhk",
    "skp",
    "behaviour_indicator",
    "pk_target",
    "performance_year",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
