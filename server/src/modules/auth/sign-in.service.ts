import { createHash, randomBytes } from "node:crypto";
import {
  isFreshTotpStep,
  type Login,
  type LoginResult,
  type Me,
  normaliseIdentifier,
  normaliseRecoveryCode,
  normaliseTotpCode,
  type SecondFactorSignIn,
  signInChallenge,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { AppError } from "../../errors";
import type { PublicContext } from "../../http/context";
import { hashToken } from "../../http/session";
import * as accounts from "./auth.repo";
import { startSession } from "./auth.service";
import { verifyPassword } from "./password";
import * as factors from "./second-factor.repo";
import * as failures from "./sign-in-failure.repo";
import { assertMayTry, recordFailedAttempt, throttleKey } from "./sign-in-throttle";
import { matchingStep } from "./totp";

export const CHALLENGE_COOKIE = "simkin_challenge";
const CHALLENGE_PATH = "/api/auth/login";

const invalidCredentials = () => new AppError(401, "invalid_credentials", "NIP/nama pengguna atau kata sandi salah");

/**
 * Signs in with NIP or username. Unknown accounts and wrong passwords get the same answer in the same time (a dummy
 * hash is verified for unknown names, and both are throttled alike). An account with a second factor gets a
 * challenge instead of a session.
 */
export async function login(ctx: PublicContext, input: Login, reply: FastifyReply): Promise<LoginResult> {
  const identifier = normaliseIdentifier(input.identifier);
  const account = await accounts.findByIdentifier(ctx.db, identifier);
  const key = throttleKey(ctx, account?.id ?? null, identifier);
  const history = await assertMayTry(ctx, key);
  const valid = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !valid) {
    await recordFailedAttempt(ctx, key, history, "password");
    throw invalidCredentials();
  }
  if (await factors.hasConfirmedFactor(ctx.db, account.id)) {
    // The failures stay until the second step succeeds: a known password must not reset the count of wrong codes.
    return issueChallenge(ctx, account.id, reply);
  }
  await forgive(ctx, { ...key, accountId: account.id });
  return startSession(ctx, account.id, reply, "auth.signed_in");
}

async function issueChallenge(ctx: PublicContext, userId: string, reply: FastifyReply): Promise<LoginResult> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.now.getTime() + signInChallenge.minutes * 60_000).toISOString();
  await factors.insertChallenge(ctx.db, {
    id: hashToken(token),
    userId,
    ip: ctx.ip,
    createdAt: ctx.now.toISOString(),
    expiresAt,
  });
  reply.setCookie(CHALLENGE_COOKIE, token, {
    path: CHALLENGE_PATH,
    httpOnly: true,
    sameSite: "strict",
    secure: ctx.config.cookieSecure,
    maxAge: signInChallenge.minutes * 60,
  });
  return { secondFactorRequired: true, expiresAt };
}

/**
 * The second step: a code from the app (each time step once) or an unused recovery code. Wrong codes count as
 * sign-in failures of the account and use up the challenge's few attempts; only success creates the session.
 */
export async function completeSecondFactor(
  ctx: PublicContext,
  input: SecondFactorSignIn,
  reply: FastifyReply,
): Promise<Me> {
  const token = reply.request.cookies[CHALLENGE_COOKIE];
  const challenge = token ? await factors.findChallenge(ctx.db, hashToken(token)) : undefined;
  if (!challenge || challenge.expiresAt <= ctx.now.toISOString() || challenge.attempts >= signInChallenge.maxAttempts) {
    throw new AppError(
      401,
      "second_factor_challenge_expired",
      "Waktu verifikasi habis. Silakan masuk lagi dengan kata sandi.",
    );
  }
  const account = await accounts.findById(ctx.db, challenge.userId);
  const key = throttleKey(ctx, challenge.userId, account?.username ?? challenge.userId);
  const history = await assertMayTry(ctx, key);
  if (!(await codeAccepted(ctx, challenge.userId, input))) {
    await factors.countChallengeAttempt(ctx.db, challenge.id);
    await recordFailedAttempt(ctx, key, history, "second_factor");
    const attemptsLeft = signInChallenge.maxAttempts - challenge.attempts - 1;
    if (attemptsLeft <= 0) {
      await factors.deleteChallenge(ctx.db, challenge.id);
    }
    throw new AppError(401, "invalid_second_factor_code", "Kode verifikasi salah atau sudah dipakai.", {
      attemptsLeft: Math.max(attemptsLeft, 0),
    });
  }
  await factors.deleteChallenge(ctx.db, challenge.id);
  reply.clearCookie(CHALLENGE_COOKIE, { path: CHALLENGE_PATH });
  await forgive(ctx, { ...key, accountId: challenge.userId });
  return startSession(ctx, challenge.userId, reply, "auth.signed_in", { secondFactor: input.method });
}

async function codeAccepted(ctx: PublicContext, userId: string, input: SecondFactorSignIn): Promise<boolean> {
  const at = ctx.now.toISOString();
  if (input.method === "recovery_code") {
    return factors.useRecoveryCode(ctx.db, userId, hashRecoveryCode(input.code), at);
  }
  return acceptTotp(ctx, userId, normaliseTotpCode(input.code));
}

/** True when the code matches a step not used before; that step is then used up (atomically). */
export async function acceptTotp(ctx: PublicContext, userId: string, code: string): Promise<boolean> {
  const factor = await factors.findFactor(ctx.db, userId);
  if (!factor?.confirmedAt || !/^\d{6}$/.test(code)) {
    return false;
  }
  const step = matchingStep(factor.secret, code, ctx.now);
  if (step === null || !isFreshTotpStep(step, factor.lastUsedStep)) {
    return false;
  }
  return factors.useStep(ctx.db, userId, step, ctx.now.toISOString());
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** A successful sign-in forgives this address's failures on the account and sweeps out failures nobody counts. */
async function forgive(ctx: PublicContext, key: failures.ThrottleKey & { accountId: string }): Promise<void> {
  await failures.clearPairFailures(ctx.db, key);
  const forgotten = ctx.now.getTime() - ctx.config.loginLimit.failureMemoryMinutes * 60_000;
  await failures.deleteFailuresBefore(ctx.db, new Date(forgotten).toISOString());
}
