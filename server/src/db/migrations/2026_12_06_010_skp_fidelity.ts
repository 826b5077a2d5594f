import { type Kysely, sql } from "kysely";

// A migration is frozen history: it takes Kysely<any> and imports nothing from the app (issue 9, rules 1-3, 15, 16).
export async function up(db: Kysely<any>): Promise<void> {
  // Rule 1: the pengelola kinerja's review is a step of the workflow, required unless the year turns it off.
  await db.schema
    .alterTable("performance_year")
    .addColumn("skp_review", "text", (c) => c.notNull().defaultTo("required"))
    .execute();
  await db.schema.alterTable("skp").addColumn("reviewed_at", "text").execute();
  await db.schema
    .alterTable("skp")
    .addColumn("reviewed_by", "text", (c) => c.references("user_account.id"))
    .execute();

  // Rule 3: who stood where at each workflow step (pegawai, penilai, atasan, and the pengelola on a review).
  await db.schema
    .createTable("skp_event_party")
    .addColumn("event_id", "text", (c) => c.notNull().references("skp_event.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("employee_id", "text", (c) => c.references("employee.id"))
    .addColumn("position_id", "text", (c) => c.references("position.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("nip", "text")
    .addColumn("pangkat", "text")
    .addColumn("position_name", "text", (c) => c.notNull())
    .addColumn("unit_path", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("skp_event_party_pkey", ["event_id", "role"])
    .execute();

  // Rule 2: every text an ekspektasi khusus pimpinan had, with who wrote it and when.
  await db.schema
    .createTable("skp_expectation_version")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("skp_id", "text", (c) => c.notNull().references("skp.id").onDelete("cascade"))
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("user_account.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("skp_expectation_version_skp_id_idx")
    .on("skp_expectation_version")
    .column("skp_id")
    .execute();
  // The texts written before versioning become each value's first version (author unknown).
  await sql`
    insert into skp_expectation_version (id, skp_id, value_code, text, actor_id, at)
    select e.skp_id || ':' || e.value_code, e.skp_id, e.value_code, e.text, null, coalesce(s.approved_at, s.updated_at)
    from skp_expectation e join skp s on s.id = e.skp_id
  `.execute(db);

  // Rule 15: the official header and signing place of a pemerintah daerah, when its name alone is not enough.
  await db.schema.alterTable("org_unit").addColumn("header_name", "text").execute();
  await db.schema.alterTable("org_unit").addColumn("signing_place", "text").execute();

  // Rule 16: BerAKHLAK master versions with the date from which new SKPs take them.
  await db.schema
    .createTable("behaviour_version")
    .addColumn("version_code", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("user_account.id"))
    .addUniqueConstraint("behaviour_version_effective_from_key", ["effective_from"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("behaviour_version").execute();
  await db.schema.alterTable("org_unit").dropColumn("signing_place").execute();
  await db.schema.alterTable("org_unit").dropColumn("header_name").execute();
  await db.schema.dropTable("skp_expectation_version").execute();
  await db.schema.dropTable("skp_event_party").execute();
  await db.schema.alterTable("skp").dropColumn("reviewed_by").execute();
  await db.schema.alterTable("skp").dropColumn("reviewed_at").execute();
  await db.schema.alterTable("performance_year").dropColumn("skp_review").execute();
}
