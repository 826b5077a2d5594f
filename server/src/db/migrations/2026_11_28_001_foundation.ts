import type { Kysely } from "kysely";

// A migration is frozen history: it takes Kysely<any> and imports nothing from the app.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("org_unit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("parent_id", "text", (c) => c.references("org_unit.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("org_unit_code_key", ["code"])
    .execute();
  await db.schema.createIndex("org_unit_parent_id_idx").on("org_unit").column("parent_id").execute();

  await db.schema
    .createTable("position")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("org_unit.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("jenjang", "text")
    .addColumn("eselon", "text")
    .addColumn("parent_position_id", "text", (c) => c.references("position.id"))
    .addColumn("rater_position_id", "text", (c) => c.references("position.id"))
    .addColumn("leads_unit_id", "text", (c) => c.references("org_unit.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("position_unit_id_idx").on("position").column("unit_id").execute();

  await db.schema
    .createTable("employee")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("nip", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("front_title", "text")
    .addColumn("back_title", "text")
    .addColumn("golongan", "text", (c) => c.notNull())
    .addColumn("gender", "text", (c) => c.notNull())
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("employee_nip_key", ["nip"])
    .execute();
  await db.schema.createIndex("employee_name_idx").on("employee").column("name").execute();

  await db.schema
    .createTable("placement")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("position_id", "text", (c) => c.notNull().references("position.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text")
    .addColumn("decree_number", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placement_employee_id_idx").on("placement").column("employee_id").execute();
  await db.schema.createIndex("placement_position_id_idx").on("placement").column("position_id").execute();

  await db.schema
    .createTable("user_account")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employee_id", "text", (c) => c.references("employee.id"))
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("password_reset_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("user_account_username_key", ["username"])
    .addUniqueConstraint("user_account_employee_id_key", ["employee_id"])
    .execute();

  await db.schema
    .createTable("user_role")
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_role_pkey", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("session_user_id_idx").on("session").column("user_id").execute();

  await db.schema
    .createTable("login_failure")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_failure_identifier_at_idx")
    .on("login_failure")
    .columns(["identifier", "at"])
    .execute();
  await db.schema.createIndex("login_failure_ip_at_idx").on("login_failure").columns(["ip", "at"]).execute();

  await db.schema
    .createTable("audit_event")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("prev_hash", "text")
    .addColumn("hash", "text")
    .execute();
  await db.schema.createIndex("audit_event_subject_id_idx").on("audit_event").column("subject_id").execute();
  await db.schema.createIndex("audit_event_at_idx").on("audit_event").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_event",
    "login_failure",
    "session",
    "user_role",
    "user_account",
    "placement",
    "employee",
    "position",
    "org_unit",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
