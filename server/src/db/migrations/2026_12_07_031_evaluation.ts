import type { Kysely } from "kysely";

// Issue 12: the evaluation. Capaian kinerja organisasi per unit and period, a unit's finalised distribution, one
// evaluation per SKP and period (with snapshots of its parties and the capaian it used), its feedback per RHK, IKI and
// BerAKHLAK value, the employee's self-assessment, anonymous peer input (no author column: only a keyed hash against
// duplicates), the keberatan, files kept with any of them (letters, attachments, wet-signed scans), and the year's
// evaluation settings.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("org_capaian")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("org_unit.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("capaian", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("set_by_employee_id", "text", (c) => c.references("employee.id"))
    .addColumn("recorded_by", "text", (c) => c.notNull().references("user_account.id"))
    .addColumn("letter_number", "text")
    .addColumn("letter_date", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("org_capaian_unit_period_key", ["unit_id", "year", "period_code"])
    .execute();

  await db.schema
    .createTable("unit_evaluation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("org_unit.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("finalised_by", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("finalised_at", "text", (c) => c.notNull())
    .addColumn("justification", "text")
    .addColumn("violations_json", "text", (c) => c.notNull())
    .addColumn("counts_json", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("unit_evaluation_unit_period_key", ["unit_id", "year", "period_code"])
    .execute();

  await db.schema
    .createTable("evaluation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id"))
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("period_code", "text", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("org_unit.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rater_employee_id", "text", (c) => c.references("employee.id"))
    .addColumn("atasan_employee_id", "text", (c) => c.references("employee.id"))
    .addColumn("atasan_external", "integer", (c) => c.notNull())
    .addColumn("head_of_unit", "integer", (c) => c.notNull())
    .addColumn("capaian_id", "text", (c) => c.references("org_capaian.id"))
    .addColumn("capaian", "text")
    .addColumn("rating_hasil_kerja", "text")
    .addColumn("rating_perilaku", "text")
    .addColumn("predikat", "text")
    .addColumn("rule_version", "text")
    .addColumn("catatan", "text", (c) => c.notNull())
    .addColumn("rekomendasi", "text", (c) => c.notNull())
    .addColumn("parties_json", "text", (c) => c.notNull())
    .addColumn("finalised_at", "text")
    .addColumn("finalised_by", "text", (c) => c.references("employee.id"))
    .addColumn("received_at", "text")
    .addColumn("acknowledged_at", "text")
    .addColumn("locked_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("evaluation_skp_period_key", ["skp_id", "period_code"])
    .execute();
  // A rater's list for a period, a unit's curve for a period, an employee's year.
  await db.schema
    .createIndex("evaluation_rater_period_idx")
    .on("evaluation")
    .columns(["rater_employee_id", "year", "period_code"])
    .execute();
  await db.schema
    .createIndex("evaluation_unit_period_idx")
    .on("evaluation")
    .columns(["unit_id", "year", "period_code", "predikat"])
    .execute();
  await db.schema
    .createIndex("evaluation_employee_year_idx")
    .on("evaluation")
    .columns(["employee_id", "year"])
    .execute();

  await db.schema
    .createTable("evaluation_rhk")
    .addColumn("evaluation_id", "text", (c) => c.notNull().references("evaluation.id"))
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id"))
    .addColumn("realisation", "text", (c) => c.notNull())
    .addColumn("feedback", "text", (c) => c.notNull())
    .addColumn("monthly_feedback", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evaluation_rhk_pk", ["evaluation_id", "rhk_id"])
    .execute();

  await db.schema
    .createTable("evaluation_iki")
    .addColumn("evaluation_id", "text", (c) => c.notNull().references("evaluation.id"))
    .addColumn("iki_id", "text", (c) => c.notNull().references("skp_iki.id"))
    .addColumn("realisation", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evaluation_iki_pk", ["evaluation_id", "iki_id"])
    .execute();

  await db.schema
    .createTable("evaluation_behaviour")
    .addColumn("evaluation_id", "text", (c) => c.notNull().references("evaluation.id"))
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("feedback", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evaluation_behaviour_pk", ["evaluation_id", "value_code"])
    .execute();

  await db.schema
    .createTable("self_assessment")
    .addColumn("evaluation_id", "text", (c) => c.primaryKey().references("evaluation.id"))
    .addColumn("rating_hasil_kerja", "text")
    .addColumn("rating_perilaku", "text")
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("peer_input")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("evaluation_id", "text", (c) => c.notNull().references("evaluation.id"))
    .addColumn("author_key", "text", (c) => c.notNull())
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("peer_input_author_value_key", ["evaluation_id", "author_key", "value_code"])
    .execute();

  await db.schema
    .createTable("keberatan")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("evaluation_id", "text", (c) => c.notNull().unique().references("evaluation.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("filed_at", "text", (c) => c.notNull())
    .addColumn("explanation", "text")
    .addColumn("explained_at", "text")
    .addColumn("explained_by", "text", (c) => c.references("employee.id"))
    .addColumn("outcome", "text")
    .addColumn("decision", "text")
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text", (c) => c.references("employee.id"))
    .addColumn("source", "text")
    .addColumn("recorded_by", "text", (c) => c.references("user_account.id"))
    .addColumn("letter_number", "text")
    .addColumn("letter_date", "text")
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("evaluation_file")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_type", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("user_account.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("evaluation_file_owner_idx")
    .on("evaluation_file")
    .columns(["owner_type", "owner_id"])
    .execute();

  await db.schema
    .createTable("evaluation_setting")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("keberatan_days", "integer", (c) => c.notNull())
    .addColumn("head_mapping_json", "text", (c) => c.notNull())
    .addColumn("suggestion_json", "text", (c) => c.notNull())
    .addColumn("rounding_json", "text", (c) => c.notNull())
    .addColumn("annual_rule", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "evaluation_setting",
    "evaluation_file",
    "keberatan",
    "peer_input",
    "self_assessment",
    "evaluation_behaviour",
    "evaluation_iki",
    "evaluation_rhk",
    "evaluation",
    "unit_evaluation",
    "org_capaian",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
