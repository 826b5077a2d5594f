import { addressKey, decideSignIn, lockChangesAfterFailure, type SignInHistory } from "@simkin/domain";
import { AppError } from "../../errors";
import type { PublicContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import type { ThrottleKey } from "./sign-in-failure.repo";
import * as failures from "./sign-in-failure.repo";

/** The counters an attempt is judged by: the resolved account (or the typed name), and the caller's address. */
export function throttleKey(ctx: PublicContext, accountId: string | null, identifier: string): ThrottleKey {
  return { accountId, identifier, address: addressKey(ctx.ip) };
}

/** Refuses with 429 (and Retry-After) an attempt the rule does not allow yet; else returns what it was judged on. */
export async function assertMayTry(ctx: PublicContext, key: ThrottleKey): Promise<SignInHistory> {
  const policy = ctx.config.loginLimit;
  const history = await failures.historyFor(ctx.db, key, policy, ctx.now);
  const decision = decideSignIn(history, policy, ctx.now);
  if (!decision.allowed) {
    throw new AppError(
      429,
      "too_many_attempts",
      `Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam ${waitText(decision.retryAfterSeconds)}.`,
      { retryAfterSeconds: decision.retryAfterSeconds, reason: decision.reason },
    );
  }
  return history;
}

/**
 * Keeps the failure in login_failure (outside any transaction, so a refused request cannot roll it back) and
 * writes an audit event only when it changes a lock state: the pair starts waiting, or the address hits its limit.
 */
export async function recordFailedAttempt(
  ctx: PublicContext,
  key: ThrottleKey,
  history: SignInHistory,
  step: "password" | "second_factor",
): Promise<void> {
  const policy = ctx.config.loginLimit;
  await failures.recordFailure(ctx.db, key, ctx.ip, ctx.now);
  const changes = lockChangesAfterFailure(history, policy);
  if (changes.pairDelayed) {
    await audit.record(ctx.db, null, ctx.now, {
      action: "auth.sign_in_delayed",
      subjectType: key.accountId ? "user_account" : "sign_in_name",
      subjectId: key.accountId ?? key.identifier,
      after: { failures: policy.freeFailures, step, address: key.address },
      ip: ctx.ip,
    });
  }
  if (changes.addressLimited) {
    await audit.record(ctx.db, null, ctx.now, {
      action: "auth.address_limited",
      subjectType: "address",
      subjectId: key.address,
      after: { failures: policy.addressMaxFailures, windowMinutes: policy.addressWindowMinutes },
      ip: ctx.ip,
    });
  }
}

function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}
