import type { Kysely } from "kysely";

// Issue 11: every upload of an import file is kept (who, when, which file, how many rows passed or failed, the first
// row errors), so the import screen lists recent runs and a failed run stays a task of whoever ran it until dismissed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_run")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("error_code", "text")
    .addColumn("rows_total", "integer", (c) => c.notNull())
    .addColumn("rows_ok", "integer", (c) => c.notNull())
    .addColumn("rows_failed", "integer", (c) => c.notNull())
    .addColumn("errors_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("dismissed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  // The screen lists the newest runs; the task asks for one person's runs not yet dismissed.
  await db.schema.createIndex("import_run_created_at_idx").on("import_run").columns(["created_at", "id"]).execute();
  await db.schema
    .createIndex("import_run_user_id_dismissed_at_idx")
    .on("import_run")
    .columns(["user_id", "dismissed_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("import_run").execute();
}
