import type { Kysely } from "kysely";

// Issue 8: accounts over a career (deactivation), one-time links (first setup, "lupa kata sandi", activation), the
// database-held counters that rate-limit them across processes, and a priority so account e-mails (a link valid for
// 30 minutes) leave before a backlog of reminders.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("user_account").addColumn("deactivated_at", "text").execute();
  await db.schema.alterTable("user_account").addColumn("deactivation_reason", "text").execute();
  await db.schema.alterTable("user_account").addColumn("deactivation_note", "text").execute();

  await db.schema
    .createTable("account_token")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.references("user_account.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addUniqueConstraint("account_token_token_hash_key", ["token_hash"])
    .execute();
  await db.schema
    .createIndex("account_token_user_id_idx")
    .on("account_token")
    .columns(["user_id", "purpose"])
    .execute();

  await db.schema
    .createTable("account_attempt")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_key", "text")
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_attempt_ip_idx").on("account_attempt").columns(["kind", "ip", "at"]).execute();
  await db.schema
    .createIndex("account_attempt_subject_idx")
    .on("account_attempt")
    .columns(["kind", "subject_key", "at"])
    .execute();

  await db.schema.alterTable("outbound_email").addColumn("priority", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbound_email").dropColumn("priority").execute();
  await db.schema.dropTable("account_attempt").execute();
  await db.schema.dropTable("account_token").execute();
  await db.schema.alterTable("user_account").dropColumn("deactivation_note").execute();
  await db.schema.alterTable("user_account").dropColumn("deactivation_reason").execute();
  await db.schema.alterTable("user_account").dropColumn("deactivated_at").execute();
}
