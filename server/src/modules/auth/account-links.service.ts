import { accountLimits, normaliseIdentifier, RuleViolation } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { AppError, StaleVersionError } from "../../errors";
import type { PublicContext, RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import { sendLink, tellOwner } from "./account-mail";
import * as accounts from "./auth.repo";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-rules";
import * as tokens from "./token.repo";

const tooMany = (windowMinutes: number) =>
  new AppError(
    429,
    "too_many_attempts",
    `Terlalu banyak permintaan dari alamat ini. Silakan coba lagi dalam ${windowMinutes} menit.`,
    { retryAfterMinutes: windowMinutes },
  );

const since = (ctx: PublicContext, minutes: number) => new Date(ctx.now.getTime() - minutes * 60_000).toISOString();

/**
 * "Lupa kata sandi". Answers 202 with the same body for every identifier, known or not, with or without e-mail, so
 * it reveals nothing; an active account with an e-mail address gets a one-time link (the latest supersedes older
 * ones). At most `perAccount` links an hour per account (further requests are answered alike, without e-mail).
 */
export async function forgotPassword(
  ctx: PublicContext,
  input: { identifier: string },
  reply: FastifyReply,
): Promise<{ ok: true }> {
  if (!ctx.config.smtp) {
    throw new RuleViolation(
      "email_not_configured",
      "Pengiriman e-mail belum dikonfigurasi. Hubungi pengelola kinerja.",
    );
  }
  const limit = accountLimits.resetRequest;
  const from = since(ctx, limit.windowMinutes);
  if ((await tokens.countAttempts(ctx.db, { kind: "reset_request", since: from, ip: ctx.ip })) >= limit.perAddress) {
    throw tooMany(limit.windowMinutes);
  }
  const account = await accounts.findByIdentifier(ctx.db, input.identifier);
  const subjectKey = account?.id ?? normaliseIdentifier(input.identifier);
  const earlier = await tokens.countAttempts(ctx.db, { kind: "reset_request", since: from, subjectKey });
  await tokens.recordAttempt(ctx.db, { kind: "reset_request", subjectKey, ip: ctx.ip, at: ctx.now });
  if (account && account.deactivatedAt === null && earlier < limit.perAccount) {
    await ctx.db.transaction().execute(async (trx) => {
      const { email } = await accounts.ownerOf(trx, account.id);
      if (!email) {
        return;
      }
      await tokens.dropOpenLinks(trx, account.id);
      await sendLink(
        trx,
        ctx.config,
        ctx.now,
        { userId: account.id, email, username: account.username },
        "password_reset",
      );
      await audit.record(trx, null, ctx.now, {
        action: "account.reset_link_sent",
        subjectType: "user_account",
        subjectId: account.id,
        ip: ctx.ip,
      });
    });
    nudgeOutbox();
  }
  reply.code(202);
  return { ok: true };
}

/**
 * Sets the password from an e-mailed link (reset or activation): single use, unexpired, active account; the policy
 * applies; every session of the account ends; must-change is cleared; the owner is told.
 */
export async function resetByToken(ctx: PublicContext, input: { token: string; newPassword: string }) {
  const limit = accountLimits.resetToken;
  const failures = await tokens.countAttempts(ctx.db, {
    kind: "reset_token",
    since: since(ctx, limit.windowMinutes),
    ip: ctx.ip,
  });
  if (failures >= limit.perAddress) {
    throw tooMany(limit.windowMinutes);
  }
  const link = await usableLink(ctx, input.token);
  const owner = await accounts.ownerOf(ctx.db, link.userId);
  assertStrongPassword(ctx.config.passwordPolicy, input.newPassword, owner, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await tokens.consumeToken(trx, link.id, ctx.now.toISOString()))) {
      throw invalidLink();
    }
    const at = ctx.now.toISOString();
    const change = { passwordHash, resetAt: null, at, version: link.account.version };
    if (!(await accounts.updatePassword(trx, link.userId, change))) {
      throw new StaleVersionError("akun");
    }
    await tokens.dropOpenLinks(trx, link.userId);
    await accounts.deleteOtherSessions(trx, link.userId, null);
    await audit.record(trx, null, ctx.now, {
      action: "account.password_set_by_link",
      subjectType: "user_account",
      subjectId: link.userId,
      after: { purpose: link.purpose },
      ip: ctx.ip,
    });
    await tellOwner(
      trx,
      ctx.config,
      ctx.now,
      { userId: link.userId, email: owner.email },
      {
        kind: "account_password_changed",
      },
    );
  });
  return { ok: true as const };
}

const invalidLink = () =>
  new RuleViolation(
    "reset_token_invalid",
    "Tautan ini tidak berlaku lagi (kedaluwarsa, sudah dipakai atau diganti yang lebih baru). Minta tautan baru.",
    {},
    "token",
  );

/** The link's token and account, or a refusal that is counted and audited (outside any transaction) with its address. */
async function usableLink(ctx: PublicContext, secret: string) {
  const row = await tokens.findToken(ctx.db, secret, ["password_reset", "activation"]);
  const account = row?.user_id ? await accounts.findById(ctx.db, row.user_id) : undefined;
  const problem = linkProblem(row, account, ctx.now.toISOString());
  if (problem !== null || !row || !account) {
    await tokens.recordAttempt(ctx.db, {
      kind: "reset_token",
      subjectKey: account?.id ?? null,
      ip: ctx.ip,
      at: ctx.now,
    });
    await audit.record(ctx.db, null, ctx.now, {
      action: "auth.reset_token_refused",
      subjectType: "user_account",
      subjectId: account?.id ?? "unknown",
      after: { problem },
      ip: ctx.ip,
    });
    throw invalidLink();
  }
  return { id: row.id, purpose: row.purpose, userId: account.id, account };
}

function linkProblem(
  row: { used_at: string | null; expires_at: string } | undefined,
  account: { deactivatedAt: string | null } | undefined,
  now: string,
): "unknown" | "used" | "expired" | "inactive" | null {
  if (!row || !account) {
    return "unknown";
  }
  if (row.used_at !== null) {
    return "used";
  }
  if (row.expires_at <= now) {
    return "expired";
  }
  return account.deactivatedAt !== null ? "inactive" : null;
}

/**
 * The account of a new employee (screen or import): no usable password until its owner sets one. When e-mail is
 * configured and the employee has an address, the activation link goes out with the same transaction.
 */
export async function provisionAccount(
  trx: Db,
  ctx: RequestContext,
  employee: { id: string; nip: string; email: string | null },
): Promise<void> {
  const userId = newId();
  const at = ctx.now.toISOString();
  await accounts.insertAccount(
    trx,
    { id: userId, username: employee.nip, employeeId: employee.id, passwordHash: null, at },
    [],
  );
  if (!ctx.config.smtp || !employee.email) {
    return;
  }
  const to = { userId, email: employee.email, username: employee.nip };
  await sendLink(trx, ctx.config, ctx.now, to, "activation");
  await audit.record(trx, ctx.actor.userId, ctx.now, {
    action: "account.activation_link_sent",
    subjectType: "user_account",
    subjectId: userId,
    ip: ctx.ip,
  });
}
