import type { Db } from "../db";
import { AppError } from "../errors";

export type RateLimit = { maxRequests: number; windowMinutes: number };

/** A client over its limit: 429 with Retry-After (set by the error handler from retryAfterSeconds). */
export class TooManyRequestsError extends AppError {
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(429, code, message, { retryAfterSeconds, retryAfterMinutes: Math.ceil(retryAfterSeconds / 60) });
  }
}

/**
 * Counts one request of `bucket` (e.g. "verify:<address>") in the current fixed window and says how long the client
 * must wait when it is over the limit, else null. The count is one upserted row, so every app process sharing the
 * database counts together; finished windows are swept when a new one starts.
 */
export async function countRequest(db: Db, bucket: string, limit: RateLimit, now: Date): Promise<number | null> {
  const windowMs = limit.windowMinutes * 60_000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const end = start + windowMs;
  const row = await db
    .insertInto("rate_limit_window")
    .values({
      bucket,
      window_start: new Date(start).toISOString(),
      hits: 1,
      expires_at: new Date(end).toISOString(),
    })
    .onConflict((oc) =>
      oc.columns(["bucket", "window_start"]).doUpdateSet((eb) => ({ hits: eb("rate_limit_window.hits", "+", 1) })),
    )
    .returning("hits")
    .executeTakeFirstOrThrow();
  const hits = Number(row.hits);
  if (hits === 1) {
    await db.deleteFrom("rate_limit_window").where("expires_at", "<=", now.toISOString()).execute();
  }
  return hits > limit.maxRequests ? Math.max(1, Math.ceil((end - now.getTime()) / 1000)) : null;
}
