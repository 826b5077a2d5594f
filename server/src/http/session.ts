import { createHash } from "node:crypto";
import type { Role } from "@simkin/domain";
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

async function findActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const row = await db
    .selectFrom("session")
    .innerJoin("user_account", "user_account.id", "session.user_id")
    .select([
      "session.id as sessionId",
      "session.csrf_token as csrfToken",
      "session.expires_at as expiresAt",
      "session.restriction as restriction",
      "user_account.id as userId",
      "user_account.username as username",
      "user_account.employee_id as employeeId",
    ])
    .where("session.id", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.expiresAt <= now.toISOString()) {
    return null;
  }
  const roles = await db.selectFrom("user_role").select("role").where("user_id", "=", row.userId).execute();
  const assigned: Role[] = roles.map((r) => r.role);
  return {
    userId: row.userId,
    username: row.username,
    employeeId: row.employeeId,
    roles: row.employeeId ? ["pegawai", ...assigned] : assigned,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    mustEnrolSecondFactor: row.restriction === "second_factor_enrolment",
  };
}
