import type { Kysely } from "kysely";

// Issue 11: each person turns e-mail on or off per notification kind; a kind without a row is on. The notifications
// page pages the bell's list newest first, which the (user_id, read_at) index cannot order.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification_email_pref")
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    // 1 = send the e-mail, 0 = in the app only (portable: no booleans, decision 0001).
    .addColumn("email", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_email_pref_pk", ["user_id", "kind"])
    .execute();
  await db.schema
    .createIndex("notification_user_created_idx")
    .on("notification")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("notification_user_created_idx").execute();
  await db.schema.dropTable("notification_email_pref").execute();
}
