import { type Account, normaliseIdentifier, type Role } from "@simkin/domain";
import type { Db } from "../../db";
import type { SessionRestriction } from "../../db/schema";
import { hasConfirmedFactor } from "./second-factor.repo";

export type AccountRow = {
  id: string;
  username: string;
  employeeId: string | null;
  passwordHash: string | null;
  passwordResetAt: string | null;
  version: number;
};

const accountColumns = [
  "user_account.id as id",
  "user_account.username as username",
  "user_account.employee_id as employeeId",
  "user_account.password_hash as passwordHash",
  "user_account.password_reset_at as passwordResetAt",
  "user_account.version as version",
] as const;

/** Finds an account by username, or by the NIP of the employee it belongs to, however either was typed. */
export async function findByIdentifier(db: Db, identifier: string): Promise<AccountRow | undefined> {
  const username = normaliseIdentifier(identifier);
  const nip = username;
  return db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(accountColumns)
    .where((eb) => eb.or([eb("user_account.username", "=", username), eb("employee.nip", "=", nip)]))
    .executeTakeFirst();
}

export async function findById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("user_account").select(accountColumns).where("id", "=", id).executeTakeFirst();
}

export async function findByEmployee(db: Db, employeeId: string): Promise<AccountRow | undefined> {
  return db.selectFrom("user_account").select(accountColumns).where("employee_id", "=", employeeId).executeTakeFirst();
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom("user_role").select("role").where("user_id", "=", userId).orderBy("role").execute();
  return rows.map((r) => r.role);
}

export async function toAccount(db: Db, row: AccountRow): Promise<Account> {
  return {
    id: row.id,
    username: row.username,
    roles: await rolesOf(db, row.id),
    hasPassword: row.passwordHash !== null,
    secondFactorEnabled: await hasConfirmedFactor(db, row.id),
    version: row.version,
  };
}

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom("user_account")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAccount(
  db: Db,
  account: { id: string; username: string; employeeId: string | null; passwordHash: string | null; at: string },
  roles: readonly Role[],
): Promise<void> {
  await db
    .insertInto("user_account")
    .values({
      id: account.id,
      employee_id: account.employeeId,
      username: account.username,
      password_hash: account.passwordHash,
      password_reset_at: null,
      version: 1,
      created_at: account.at,
      updated_at: account.at,
    })
    .execute();
  await replaceRoles(db, account.id, roles);
}

export async function replaceRoles(db: Db, userId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom("user_role").where("user_id", "=", userId).execute();
  const assigned = [...new Set(roles)].filter((role) => role !== "pegawai");
  if (assigned.length > 0) {
    await db
      .insertInto("user_role")
      .values(assigned.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

/** Optimistic update: returns false when the version no longer matches (someone else saved first). */
export async function updatePassword(
  db: Db,
  id: string,
  change: { passwordHash: string; resetAt: string | null; at: string; version: number },
): Promise<boolean> {
  const result = await db
    .updateTable("user_account")
    .set({
      password_hash: change.passwordHash,
      password_reset_at: change.resetAt,
      version: change.version + 1,
      updated_at: change.at,
    })
    .where("id", "=", id)
    .where("version", "=", change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function bumpVersion(db: Db, id: string, version: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable("user_account")
    .set({ version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertSession(
  db: Db,
  session: {
    id: string;
    userId: string;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
    secondFactorAt: string | null;
    restriction: SessionRestriction | null;
  },
): Promise<void> {
  await db
    .insertInto("session")
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      second_factor_at: session.secondFactorAt,
      restriction: session.restriction,
    })
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

/** Ends every other session of the user, e.g. after a password change. */
export async function deleteOtherSessions(db: Db, userId: string, keepId: string | null): Promise<void> {
  let query = db.deleteFrom("session").where("user_id", "=", userId);
  if (keepId) {
    query = query.where("id", "!=", keepId);
  }
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom("session").where("expires_at", "<=", now).execute();
}
