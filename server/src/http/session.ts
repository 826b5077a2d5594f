import { createHash } from "node:crypto";
import { type Role, restrictionOf } from "@simkin/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../config";
import type { Db } from "../db";
import type { Actor } from "./context";

export const SESSION_COOKIE = "simkin_session";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Turns the session cookie into request.ctx; anonymous requests get a context without an actor. */
export function registerSession(app: FastifyInstance, config: Config, db: Db, clock: () => Date): void {
  app.decorateRequest("ctx", null as unknown as FastifyRequest["ctx"]); // replaced on every request below
  app.addHook("onRequest", async (request) => {
    const now = clock();
    const token = request.cookies[SESSION_COOKIE] ?? null;
    const actor = token && request.url.startsWith("/api/") ? await findActor(db, token, now) : null;
    request.ctx = { db, config, now, ip: request.ip, log: request.log, actor, sessionToken: token };
  });
}

/** One query for the session, its account and its roles (a row per role): it runs before every API request. */
async function findActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const rows = await sessionsOfActiveAccounts(db)
    .leftJoin("user_role", "user_role.user_id", "user_account.id")
    .select([
      "session.id as sessionId",
      "session.csrf_token as csrfToken",
      "session.expires_at as expiresAt",
      "session.restriction as restriction",
      "user_account.id as userId",
      "user_account.username as username",
      "user_account.employee_id as employeeId",
      "user_account.password_reset_at as passwordResetAt",
      "user_role.role as role",
    ])
    .where("session.id", "=", hashToken(token))
    .execute();
  const row = rows[0];
  if (!row || !unexpired(row, now)) {
    return null;
  }
  const assigned = rows.flatMap((r): Role[] => (r.role ? [r.role] : []));
  return {
    userId: row.userId,
    username: row.username,
    employeeId: row.employeeId,
    roles: row.employeeId ? ["pegawai", ...assigned] : assigned,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    restriction: restrictionOf({ passwordResetAt: row.passwordResetAt }, row.restriction),
  };
}

/** Whether a session still lets its holder in: not signed out, not expired, its account not deactivated. */
export async function sessionAlive(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const row = await sessionsOfActiveAccounts(db)
    .select("session.expires_at as expiresAt")
    .where("session.id", "=", sessionId)
    .executeTakeFirst();
  return row !== undefined && unexpired(row, now);
}

/** Sessions with their account, for the request's actor and the bell's heartbeat alike. */
function sessionsOfActiveAccounts(db: Db) {
  return (
    db
      .selectFrom("session")
      .innerJoin("user_account", "user_account.id", "session.user_id")
      // A deactivated account's sessions are deleted with the deactivation; this keeps any straggler out too.
      .where("user_account.deactivated_at", "is", null)
  );
}

const unexpired = (session: { expiresAt: string }, now: Date) => session.expiresAt > now.toISOString();
