import { createHash, timingSafeEqual } from "node:crypto";
import { type AuthStatus, accountLimits, type DemoAccount, type Me, SETUP_TOKEN_HOURS } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { AppError } from "../../errors";
import type { PublicContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as accounts from "./auth.repo";
import { startSession } from "./auth.service";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-rules";
import * as tokens from "./token.repo";

/**
 * The persona accounts of the demo office, none when the database does not hold the office the demo seed wrote. The
 * seed module provides it (server/src/module-hooks.ts): it imports this module to create accounts (decision 0045).
 */
export type DemoAccountList = (db: Db, password: string) => Promise<DemoAccount[]>;

/** A production start with no accounts asks for the first administrator; a demo start lists its accounts. */
export async function status(ctx: PublicContext, demoAccounts: DemoAccountList): Promise<AuthStatus> {
  const needsSetup = (await accounts.countAccounts(ctx.db)) === 0;
  // Only a demo start on the demo office it seeded lists the accounts and their password; never production.
  const demo = ctx.config.mode === "demo" ? await demoAccounts(ctx.db, ctx.config.demoPassword) : [];
  return {
    mode: ctx.config.mode,
    needsSetup,
    demoAccounts: demo,
    passwordResetByEmail: ctx.config.smtp !== null,
    resetLinkMinutes: ctx.config.accountLinks.resetMinutes,
    passwordPolicy: ctx.config.passwordPolicy,
  };
}

/**
 * At a production start with no account and no SETUP_TOKEN: a random setup token, of which only the hash is stored
 * (so every process accepts it), to be printed in the server log. Returns null when none is needed.
 */
export async function issueSetupToken(db: Db, setupTokenFromEnv: string | null, now: Date): Promise<string | null> {
  if (setupTokenFromEnv !== null || (await accounts.countAccounts(db)) > 0) {
    return null;
  }
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_HOURS * 3_600_000);
  return tokens.issueToken(db, { userId: null, purpose: "setup", now, expiresAt });
}

/**
 * Creates the first super admin. Cheap refusals come first (already set up, too many wrong tokens, wrong token),
 * so nobody can make the server hash for them; a wrong token is counted and audited with its address.
 */
export async function setup(
  ctx: PublicContext,
  input: { setupToken: string; username: string; password: string },
  reply: FastifyReply,
): Promise<Me> {
  if ((await accounts.countAccounts(ctx.db)) > 0) {
    throw alreadySetUp();
  }
  const limit = accountLimits.setupToken;
  const since = new Date(ctx.now.getTime() - limit.windowMinutes * 60_000).toISOString();
  if ((await tokens.countAttempts(ctx.db, { kind: "setup_token", since, ip: ctx.ip })) >= limit.perAddress) {
    throw new AppError(
      429,
      "too_many_attempts",
      `Terlalu banyak token penyiapan yang salah. Silakan coba lagi dalam ${limit.windowMinutes} menit.`,
      { retryAfterMinutes: limit.windowMinutes },
    );
  }
  if (!(await setupTokenMatches(ctx, input.setupToken))) {
    await refuseSetup(ctx, input.username);
  }
  assertStrongPassword(ctx.config.passwordPolicy, input.password, { username: input.username }, "password");
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    if ((await accounts.countAccounts(trx)) > 0) {
      throw alreadySetUp();
    }
    const at = ctx.now.toISOString();
    await accounts.insertAccount(trx, { id: userId, username: input.username, employeeId: null, passwordHash, at }, [
      "super_admin",
    ]);
    await tokens.dropSetupTokens(trx);
  });
  return startSession(ctx, userId, reply, "auth.first_admin_created");
}

const alreadySetUp = () => new AppError(409, "already_set_up", "Administrator pertama sudah dibuat. Silakan masuk.");

async function setupTokenMatches(ctx: PublicContext, token: string): Promise<boolean> {
  if (ctx.config.setupToken === null) {
    return tokens.hasValidSetupToken(ctx.db, token, ctx.now.toISOString());
  }
  // Equal-length digests, so the comparison takes the same time whatever the guess.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(token), digest(ctx.config.setupToken));
}

async function refuseSetup(ctx: PublicContext, username: string): Promise<never> {
  await tokens.recordAttempt(ctx.db, { kind: "setup_token", subjectKey: null, ip: ctx.ip, at: ctx.now });
  await audit.record(ctx.db, null, ctx.now, {
    action: "auth.setup_refused",
    subjectType: "system",
    subjectId: "setup",
    after: { username },
    ip: ctx.ip,
  });
  throw new AppError(
    403,
    "setup_token_invalid",
    "Token penyiapan salah. Salin token dari log server (atau nilai SETUP_TOKEN).",
    {},
    { setupToken: "Token penyiapan salah" },
  );
}
