import { randomBytes } from "node:crypto";
import type { AuditAction } from "@simkin/domain";
import {
  atasanRateesOf,
  type Me,
  organisationsLedBy,
  type Role,
  RuleViolation,
  rateesOf,
  restrictionOf,
  secondFactorRequired,
  wibDate,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { AppError, UnauthenticatedError } from "../../errors";
import type { Actor, PublicContext, RequestContext } from "../../http/context";
import { hashToken, SESSION_COOKIE } from "../../http/session";
import * as audit from "../audit/audit.repo";
import { loadChartBelow } from "../org/chart-slice.repo";
import * as employees from "../org/employee.repo";
import { loadUnitsLedBy } from "../org/unit-slice.repo";
import * as accounts from "./auth.repo";
import { hashPassword, verifyPassword } from "./password";
import { assertStrongPassword } from "./password-rules";
import * as factors from "./second-factor.repo";

/**
 * A new session on every sign-in (the old one, if any, is ended): a planted session id is worthless. In production a
 * super admin or pengelola kinerja without a second factor gets a session restricted to enrolling one.
 */
export async function startSession(
  ctx: PublicContext,
  userId: string,
  reply: FastifyReply,
  action: AuditAction,
  options: { secondFactor?: "totp" | "recovery_code" } = {},
) {
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.sessionToken) {
      await accounts.deleteSession(trx, hashToken(ctx.sessionToken));
    }
    await accounts.deleteExpiredSessions(trx, ctx.now.toISOString());
    const account = await accounts.findById(trx, userId);
    if (!account) {
      throw new UnauthenticatedError();
    }
    const assigned = await accounts.rolesOf(trx, userId);
    const roles: Role[] = account.employeeId ? ["pegawai", ...assigned] : assigned;
    const mustEnrol =
      !options.secondFactor &&
      secondFactorRequired(roles, ctx.config.mode) &&
      !(await factors.hasConfirmedFactor(trx, userId));
    const token = randomBytes(32).toString("base64url");
    const session = {
      id: hashToken(token),
      userId,
      csrfToken: randomBytes(24).toString("base64url"),
      createdAt: ctx.now.toISOString(),
      expiresAt: new Date(ctx.now.getTime() + ctx.config.sessionTtlHours * 3_600_000).toISOString(),
      secondFactorAt: options.secondFactor ? ctx.now.toISOString() : null,
      restriction: mustEnrol ? ("second_factor_enrolment" as const) : null,
    };
    await accounts.insertSession(trx, session);
    await audit.record(trx, userId, ctx.now, {
      action,
      subjectType: "user_account",
      subjectId: userId,
      after: { secondFactor: options.secondFactor ?? null, enrolmentRequired: mustEnrol },
      ip: ctx.ip,
    });
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.cookieSecure,
      maxAge: ctx.config.sessionTtlHours * 3600,
    });
    const actor: Actor = {
      userId,
      username: account.username,
      employeeId: account.employeeId,
      roles,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      restriction: restrictionOf(account, session.restriction),
    };
    return describeMe(trx, actor, ctx.now);
  });
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
    // Whom the user rates or leads is found below their own posts (chart-slice.repo.ts).
    const chart = await loadChartBelow(db, employee.id, date);
    capabilities = {
      isRater: rateesOf(chart, employee.id, date).length > 0,
      isAtasanRater: atasanRateesOf(chart, employee.id, date).length > 0,
      isPimpinan:
        organisationsLedBy(await loadUnitsLedBy(db, chart, employee.id, date), chart, employee.id, date).length > 0,
    };
  }
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      roles: actor.roles,
      mustChangePassword: account?.passwordResetAt != null,
      // Asked of the session, not of the actor's current restriction: a temporary password is replaced first.
      secondFactorEnrolmentRequired:
        (await accounts.sessionRestriction(db, actor.sessionId)) === "second_factor_enrolment",
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
  return describeMe(ctx.db, ctx.actor, ctx.now);
}
