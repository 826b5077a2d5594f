import type { Kysely } from "kysely";

// Issue 10: a retried POST with the same Idempotency-Key answers the first response instead of acting twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("idempotency_key")
    .addColumn("account_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    // in_progress while the first request runs; done once its response is stored.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("response_status", "integer")
    .addColumn("response_body", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_key_pkey", ["account_id", "key"])
    .execute();
  await db.schema.createIndex("idempotency_key_expires_at_idx").on("idempotency_key").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idempotency_key").execute();
}
