import type { Db } from "../db";

export type StoredAttempt =
  | { status: "in_progress"; requestHash: string }
  | { status: "done"; requestHash: string; responseStatus: number; responseBody: string };

/** Claims (account, key) for a request; false when a live claim already holds it. An expired one is replaced. */
export async function claim(db: Db, accountId: string, key: string, requestHash: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  await db.deleteFrom("idempotency_key").where("account_id", "=", accountId).where("expires_at", "<=", at).execute();
  const result = await db
    .insertInto("idempotency_key")
    .values({
      account_id: accountId,
      key,
      request_hash: requestHash,
      status: "in_progress",
      response_status: null,
      response_body: null,
      created_at: at,
      expires_at: new Date(now.getTime() + 24 * 3_600_000).toISOString(),
    })
    .onConflict((oc) => oc.columns(["account_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function find(db: Db, accountId: string, key: string): Promise<StoredAttempt | null> {
  const row = await db
    .selectFrom("idempotency_key")
    .select(["request_hash", "status", "response_status", "response_body"])
    .where("account_id", "=", accountId)
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  if (row.status === "done" && row.response_status !== null && row.response_body !== null) {
    return {
      status: "done",
      requestHash: row.request_hash,
      responseStatus: row.response_status,
      responseBody: row.response_body,
    };
  }
  return { status: "in_progress", requestHash: row.request_hash };
}

export async function complete(db: Db, accountId: string, key: string, status: number, body: string): Promise<void> {
  await db
    .updateTable("idempotency_key")
    .set({ status: "done", response_status: status, response_body: body })
    .where("account_id", "=", accountId)
    .where("key", "=", key)
    .execute();
}

/** Frees the key after a failed attempt: nothing was written, so the client may retry with it. */
export async function release(db: Db, accountId: string, key: string): Promise<void> {
  await db.deleteFrom("idempotency_key").where("account_id", "=", accountId).where("key", "=", key).execute();
}
