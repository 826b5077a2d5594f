import { randomBytes } from "node:crypto";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { AccountAttemptTable, AccountTokenTable } from "../../db/schema";
import { hashToken } from "../../http/session";

export type TokenPurpose = AccountTokenTable["purpose"];
export type AttemptKind = AccountAttemptTable["kind"];

const DAY_MS = 86_400_000;

/** Stores a new one-time token (only its SHA-256) and returns the token itself, to be sent or printed once. */
export async function issueToken(
  db: Db,
  token: { userId: string | null; purpose: TokenPurpose; now: Date; expiresAt: Date },
): Promise<string> {
  // Links that expired more than a day ago are of no use, not even to explain a refusal.
  await db
    .deleteFrom("account_token")
    .where("expires_at", "<", new Date(token.now.getTime() - DAY_MS).toISOString())
    .execute();
  const secret = randomBytes(32).toString("base64url");
  await db
    .insertInto("account_token")
    .values({
      id: newId(token.now.getTime()),
      user_id: token.userId,
      purpose: token.purpose,
      token_hash: hashToken(secret),
      created_at: token.now.toISOString(),
      expires_at: token.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
  return secret;
}

export async function findToken(db: Db, secret: string, purposes: readonly TokenPurpose[]) {
  return db
    .selectFrom("account_token")
    .selectAll()
    .where("token_hash", "=", hashToken(secret))
    .where("purpose", "in", purposes)
    .executeTakeFirst();
}

/** Single use: only the first caller marks it used (returns true), even with concurrent requests. */
export async function consumeToken(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("account_token")
    .set({ used_at: at })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Drops the unused links of an account: a new link, a new password or a deactivation supersedes them. */
export async function dropOpenLinks(db: Db, userId: string): Promise<void> {
  await db
    .deleteFrom("account_token")
    .where("user_id", "=", userId)
    .where("purpose", "in", ["password_reset", "activation"])
    .where("used_at", "is", null)
    .execute();
}

export async function hasValidSetupToken(db: Db, secret: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom("account_token")
    .select("id")
    .where("token_hash", "=", hashToken(secret))
    .where("purpose", "=", "setup")
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

export async function dropSetupTokens(db: Db): Promise<void> {
  await db.deleteFrom("account_token").where("purpose", "=", "setup").execute();
}

export async function recordAttempt(
  db: Db,
  attempt: { kind: AttemptKind; subjectKey: string | null; ip: string; at: Date },
): Promise<void> {
  // Every limit looks back an hour at most; older rows only grow the table.
  await db
    .deleteFrom("account_attempt")
    .where("at", "<", new Date(attempt.at.getTime() - DAY_MS).toISOString())
    .execute();
  await db
    .insertInto("account_attempt")
    .values({
      id: newId(attempt.at.getTime()),
      kind: attempt.kind,
      subject_key: attempt.subjectKey,
      ip: attempt.ip,
      at: attempt.at.toISOString(),
    })
    .execute();
}

/** Attempts of one kind since `since`, from this address and (when given) about this account or identifier. */
export async function countAttempts(
  db: Db,
  filter: { kind: AttemptKind; since: string; ip?: string; subjectKey?: string },
): Promise<number> {
  let query = db
    .selectFrom("account_attempt")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("kind", "=", filter.kind)
    .where("at", ">", filter.since);
  if (filter.ip !== undefined) {
    query = query.where("ip", "=", filter.ip);
  }
  if (filter.subjectKey !== undefined) {
    query = query.where("subject_key", "=", filter.subjectKey);
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}
