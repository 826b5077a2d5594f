import { type Kysely, sql } from "kysely";

// Issue 8: verification shows a masked name and the issuing office; public routes are rate limited across
// processes; a demo database carries a marker so a demo start never runs on real data.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("document_verification").addColumn("subject_name", "text").execute();
  await db.schema.alterTable("document_verification").addColumn("issuer", "text").execute();

  // One row per client and fixed window; several app processes count in the same row.
  await db.schema
    .createTable("rate_limit_window")
    .addColumn("bucket", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_window_pkey", ["bucket", "window_start"])
    .execute();
  await db.schema
    .createIndex("rate_limit_window_expires_at_idx")
    .on("rate_limit_window")
    .column("expires_at")
    .execute();

  await db.schema
    .createTable("instance_marker")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // Demo databases seeded before this migration are recognised by the seed's own audit event.
  await db
    .insertInto("instance_marker")
    .columns(["key", "value", "created_at"])
    .expression(
      db
        .selectFrom("audit_event")
        .select([sql.lit("demo_office").as("key"), sql.lit("seed").as("value"), "at as created_at"])
        .where("action", "=", "seed.demo_office")
        .limit(1),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("instance_marker").execute();
  await db.schema.dropTable("rate_limit_window").execute();
  await db.schema.alterTable("document_verification").dropColumn("issuer").execute();
  await db.schema.alterTable("document_verification").dropColumn("subject_name").execute();
}
