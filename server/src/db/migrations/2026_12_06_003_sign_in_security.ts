import type { Kysely } from "kysely";

// Issue 8: sign-in failures counted per resolved account and per address (IPv6 by /64), sessions that remember the
// second factor or are restricted to enrolling one, TOTP factors, hashed recovery codes and second-step challenges.
export async function up(db: Kysely<any>): Promise<void> {
  // Old rows were keyed on the text as typed; they are short-lived throttle data, so start the new count afresh.
  await db.deleteFrom("login_failure").execute();
  await db.schema.alterTable("login_failure").addColumn("account_id", "text").execute();
  await db.schema.alterTable("login_failure").addColumn("address", "text").execute();
  await db.schema
    .createIndex("login_failure_account_id_at_idx")
    .on("login_failure")
    .columns(["account_id", "at"])
    .execute();
  await db.schema.createIndex("login_failure_address_at_idx").on("login_failure").columns(["address", "at"]).execute();

  await db.schema.alterTable("session").addColumn("second_factor_at", "text").execute();
  await db.schema.alterTable("session").addColumn("restriction", "text").execute();

  await db.schema
    .createTable("user_second_factor")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user_account.id").onDelete("cascade"))
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("last_used_step", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("recovery_code")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("recovery_code_user_id_code_hash_key", ["user_id", "code_hash"])
    .execute();

  await db.schema
    .createTable("sign_in_challenge")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sign_in_challenge_user_id_idx").on("sign_in_challenge").column("user_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_challenge").execute();
  await db.schema.dropTable("recovery_code").execute();
  await db.schema.dropTable("user_second_factor").execute();
  await db.schema.alterTable("session").dropColumn("restriction").execute();
  await db.schema.alterTable("session").dropColumn("second_factor_at").execute();
  await db.schema.dropIndex("login_failure_address_at_idx").execute();
  await db.schema.dropIndex("login_failure_account_id_at_idx").execute();
  await db.schema.alterTable("login_failure").dropColumn("address").execute();
  await db.schema.alterTable("login_failure").dropColumn("account_id").execute();
}
