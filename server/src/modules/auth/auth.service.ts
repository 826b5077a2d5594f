import { randomBytes } from "node:crypto";
import {
  atasanRateesOf,
  type Login,
  type Me,
  organisationUnitKinds,
  type Restriction,
  RuleViolation,
  rateesOf,
  wibDate,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { AppError, UnauthenticatedError } from "../../errors";
import type { Actor, PublicContext, RequestContext } from "../../http/context";
import { hashToken, SESSION_COOKIE } from "../../http/session";
import * as audit from "../audit/audit.repo";
import { leadsOrganisation, loadChart } from "../org/chart.repo";
import * as employees from "../org/employee.repo";
import * as accounts from "./auth.repo";
import { hashPassword, verifyPassword } from "./password";
import { assertStrongPassword } from "./password-rules";

const invalidCredentials = () => new AppError(401, "invalid_credentials", "NIP/nama pengguna atau kata sandi salah");

/** Signs in with NIP or username. Unknown accounts and wrong passwords get the same answer in the same time. */
export async function login(ctx: PublicContext, input: Login, reply: FastifyReply): Promise<Me> {
  const identifier = input.identifier.trim().toLowerCase();
  await assertNotLockedOut(ctx, identifier);
  const account = await accounts.findByIdentifier(ctx.db, identifier);
  const valid = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !valid || account.deactivatedAt !== null) {
    await accounts.recordFailure(ctx.db, { id: newId(), identifier, ip: ctx.ip, at: ctx.now.toISOString() });
    if (account?.deactivatedAt) {
      // Same answer as a wrong password, but the auditor sees that someone tried a deactivated account.
      await audit.record(ctx.db, null, ctx.now, {
        action: "auth.sign_in_refused",
        subjectType: "user_account",
        subjectId: account.id,
        after: { reason: "account_inactive" },
        ip: ctx.ip,
      });
    }
    throw invalidCredentials();
  }
  await accounts.clearFailures(ctx.db, identifier);
  return startSession(ctx, account.id, reply, "auth.signed_in");
}

async function assertNotLockedOut(ctx: PublicContext, identifier: string) {
  const { maxFailures, windowMinutes } = ctx.config.loginLimit;
  const since = new Date(ctx.now.getTime() - windowMinutes * 60_000).toISOString();
  const failures = await accounts.countRecentFailures(ctx.db, identifier, ctx.ip, since);
  // The per-address limit is looser: an office shares one address behind its router.
  if (failures.byIdentifier >= maxFailures || failures.byIp >= maxFailures * 10) {
    throw new AppError(
      429,
      "too_many_attempts",
      `Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam ${windowMinutes} menit.`,
      { retryAfterMinutes: windowMinutes },
    );
  }
}

/** A new session on every sign-in (the old one, if any, is ended): a planted session id is worthless. */
export async function startSession(ctx: PublicContext, userId: string, reply: FastifyReply, action: string) {
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.sessionToken) {
      await accounts.deleteSession(trx, hashToken(ctx.sessionToken));
    }
    await accounts.deleteExpiredSessions(trx, ctx.now.toISOString());
    const token = randomBytes(32).toString("base64url");
    const session = {
      id: hashToken(token),
      userId,
      csrfToken: randomBytes(24).toString("base64url"),
      createdAt: ctx.now.toISOString(),
      expiresAt: new Date(ctx.now.getTime() + ctx.config.sessionTtlHours * 3_600_000).toISOString(),
    };
    await accounts.insertSession(trx, session);
    await audit.record(trx, userId, ctx.now, { action, subjectType: "user_account", subjectId: userId, ip: ctx.ip });
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.cookieSecure,
      maxAge: ctx.config.sessionTtlHours * 3600,
    });
    const account = await accounts.findById(trx, userId);
    if (!account) {
      throw new UnauthenticatedError();
    }
    const roles = await accounts.rolesOf(trx, userId);
    const actor: Actor = {
      userId,
      username: account.username,
      employeeId: account.employeeId,
      roles: account.employeeId ? ["pegawai", ...roles] : roles,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      restriction: restrictionOf(account),
    };
    return describeMe(trx, actor, ctx.now);
  });
}

/** What a session of this account may do for now (see Contract.allowedWhile). */
export function restrictionOf(account: { passwordResetAt: string | null }): Restriction | null {
  return account.passwordResetAt !== null ? "password_change" : null;
}

export async function logout(ctx: RequestContext, reply: FastifyReply): Promise<{ ok: true }> {
  await ctx.db.transaction().execute(async (trx) => {
    await accounts.deleteSession(trx, ctx.actor.sessionId);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "auth.signed_out",
      subjectType: "user_account",
      subjectId: ctx.actor.userId,
      ip: ctx.ip,
    });
  });
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
  return { ok: true };
}

export function me(ctx: RequestContext): Promise<Me> {
  return describeMe(ctx.db, ctx.actor, ctx.now);
}

/** Who the user is, and which derived roles (rater, atasan of a rater, pimpinan) the org chart gives them today. */
export async function describeMe(db: Db, actor: Actor, now: Date): Promise<Me> {
  const account = await accounts.findById(db, actor.userId);
  const employee = actor.employeeId ? await employees.findById(db, actor.employeeId) : undefined;
  const date = wibDate(now);
  let capabilities = { isRater: false, isAtasanRater: false, isPimpinan: false };
  if (employee) {
    const chart = await loadChart(db, date);
    capabilities = {
      isRater: rateesOf(chart, employee.id, date).length > 0,
      isAtasanRater: atasanRateesOf(chart, employee.id, date).length > 0,
      isPimpinan: await leadsOrganisation(db, employee.id, date, organisationUnitKinds),
    };
  }
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      roles: actor.roles,
      mustChangePassword: account?.passwordResetAt != null,
    },
    employee: employee
      ? { id: employee.id, nip: employee.nip, displayName: employee.displayName, name: employee.name }
      : null,
    capabilities,
    csrfToken: actor.csrfToken,
  };
}

export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<Me> {
  const account = await accounts.findById(ctx.db, ctx.actor.userId);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new RuleViolation("wrong_password", "Kata sandi lama salah", {}, "currentPassword");
  }
  if (input.currentPassword === input.newPassword) {
    throw new RuleViolation("same_password", "Kata sandi baru harus berbeda dari yang lama", {}, "newPassword");
  }
  const owner = await accounts.ownerOf(ctx.db, account.id);
  assertStrongPassword(ctx.config.passwordPolicy, input.newPassword, owner, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now.toISOString();
    if (
      !(await accounts.updatePassword(trx, account.id, { passwordHash, resetAt: null, at, version: account.version }))
    ) {
      throw new AppError(409, "stale_version", "Akun telah diubah. Muat ulang lalu coba lagi.");
    }
    await accounts.deleteOtherSessions(trx, account.id, ctx.actor.sessionId);
    await audit.record(trx, account.id, ctx.now, {
      action: "auth.password_changed",
      subjectType: "user_account",
      subjectId: account.id,
      ip: ctx.ip,
    });
  });
  return describeMe(ctx.db, { ...ctx.actor, restriction: null }, ctx.now);
}
