import type { Db } from "../../db";
import { newId } from "../../db/ids";

export type SecondFactorRow = {
  userId: string;
  secret: string;
  confirmedAt: string | null;
  lastUsedStep: number | null;
};

export async function findFactor(db: Db, userId: string): Promise<SecondFactorRow | undefined> {
  const row = await db
    .selectFrom("user_second_factor")
    .select(["user_id", "secret", "confirmed_at", "last_used_step"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row
    ? { userId: row.user_id, secret: row.secret, confirmedAt: row.confirmed_at, lastUsedStep: row.last_used_step }
    : undefined;
}

export async function hasConfirmedFactor(db: Db, userId: string): Promise<boolean> {
  return (await findFactor(db, userId))?.confirmedAt != null;
}

/** Starts (or restarts) an enrolment: a pending secret that becomes the factor once a code from it is confirmed. */
export async function savePendingFactor(db: Db, userId: string, secret: string, at: string): Promise<void> {
  await db.deleteFrom("user_second_factor").where("user_id", "=", userId).where("confirmed_at", "is", null).execute();
  await db
    .insertInto("user_second_factor")
    .values({ user_id: userId, secret, confirmed_at: null, last_used_step: null, created_at: at, updated_at: at })
    .execute();
}

export async function confirmFactor(db: Db, userId: string, step: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable("user_second_factor")
    .set({ confirmed_at: at, last_used_step: step, updated_at: at })
    .where("user_id", "=", userId)
    .where("confirmed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the step as used, only if it is newer than the last one: two requests racing with one code, one wins. */
export async function useStep(db: Db, userId: string, step: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable("user_second_factor")
    .set({ last_used_step: step, updated_at: at })
    .where("user_id", "=", userId)
    .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes the factor, its recovery codes and any pending second steps. */
export async function deleteFactor(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("sign_in_challenge").where("user_id", "=", userId).execute();
  await db.deleteFrom("recovery_code").where("user_id", "=", userId).execute();
  await db.deleteFrom("user_second_factor").where("user_id", "=", userId).execute();
}

export async function replaceRecoveryCodes(db: Db, userId: string, hashes: readonly string[], at: string) {
  await db.deleteFrom("recovery_code").where("user_id", "=", userId).execute();
  await db
    .insertInto("recovery_code")
    .values(hashes.map((hash) => ({ id: newId(), user_id: userId, code_hash: hash, used_at: null, created_at: at })))
    .execute();
}

/** Marks an unused code used; false when there is no such unused code (wrong, or already used). */
export async function useRecoveryCode(db: Db, userId: string, hash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("recovery_code")
    .set({ used_at: at })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_code")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type ChallengeRow = { id: string; userId: string; attempts: number; expiresAt: string };

export async function insertChallenge(
  db: Db,
  challenge: { id: string; userId: string; ip: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.deleteFrom("sign_in_challenge").where("expires_at", "<=", challenge.createdAt).execute();
  await db
    .insertInto("sign_in_challenge")
    .values({
      id: challenge.id,
      user_id: challenge.userId,
      ip: challenge.ip,
      attempts: 0,
      created_at: challenge.createdAt,
      expires_at: challenge.expiresAt,
    })
    .execute();
}

export async function findChallenge(db: Db, id: string): Promise<ChallengeRow | undefined> {
  const row = await db
    .selectFrom("sign_in_challenge")
    .select(["id", "user_id", "attempts", "expires_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id, attempts: row.attempts, expiresAt: row.expires_at } : undefined;
}

export async function countChallengeAttempt(db: Db, id: string): Promise<void> {
  await db
    .updateTable("sign_in_challenge")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

export async function deleteChallenge(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sign_in_challenge").where("id", "=", id).execute();
}

/** The current session proved the factor (enrolment): it is no longer restricted. */
export async function markSessionVerified(db: Db, sessionId: string, at: string): Promise<void> {
  await db
    .updateTable("session")
    .set({ second_factor_at: at, restriction: null })
    .where("id", "=", sessionId)
    .execute();
}

export async function sessionVerifiedAt(db: Db, sessionId: string): Promise<string | null> {
  const row = await db.selectFrom("session").select("second_factor_at").where("id", "=", sessionId).executeTakeFirst();
  return row?.second_factor_at ?? null;
}
