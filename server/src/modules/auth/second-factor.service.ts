import { randomInt } from "node:crypto";
import {
  type Account,
  formatRecoveryCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  RuleViolation,
  recoveryCodeAlphabet,
  type SecondFactorStatus,
  secondFactorRequired,
} from "@simkin/domain";
import { ConflictError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as accounts from "./auth.repo";
import { verifyPassword } from "./password";
import { notifyFactorReset } from "./second-factor.notice";
import * as factors from "./second-factor.repo";
import { acceptTotp, hashRecoveryCode } from "./sign-in.service";
import { assertMayTry, recordFailedAttempt, throttleKey } from "./sign-in-throttle";
import { enrolmentFor, matchingStep, newSecret } from "./totp";

const invalidCode = () =>
  new RuleViolation("invalid_second_factor_code", "Kode verifikasi salah atau sudah dipakai", {}, "code");
const notEnabled = () =>
  new RuleViolation("second_factor_not_enabled", "Verifikasi dua langkah belum aktif untuk akun ini");

export async function status(ctx: RequestContext): Promise<SecondFactorStatus> {
  const factor = await factors.findFactor(ctx.db, ctx.actor.userId);
  const enabledAt = factor?.confirmedAt ?? null;
  return {
    enabled: enabledAt !== null,
    enabledAt,
    required: secondFactorRequired(ctx.actor.roles, ctx.config.mode),
    recoveryCodesLeft: enabledAt ? await factors.countUnusedRecoveryCodes(ctx.db, ctx.actor.userId) : 0,
    sessionVerified: (await factors.sessionVerifiedAt(ctx.db, ctx.actor.sessionId)) !== null,
  };
}

/** A new secret for the authenticator app; it becomes the account's factor only when a code from it is confirmed. */
export async function startEnrolment(ctx: RequestContext) {
  if (await factors.hasConfirmedFactor(ctx.db, ctx.actor.userId)) {
    throw alreadyEnabled();
  }
  const secret = newSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await factors.savePendingFactor(trx, ctx.actor.userId, secret, ctx.now.toISOString());
  });
  return enrolmentFor(secret, ctx.actor.username);
}

/** The first correct code turns the pending secret into the factor; the recovery codes are shown this once. */
export async function confirmEnrolment(ctx: RequestContext, code: string) {
  const factor = await factors.findFactor(ctx.db, ctx.actor.userId);
  if (!factor) {
    throw new RuleViolation("second_factor_not_started", "Mulai pendaftaran verifikasi dua langkah terlebih dahulu");
  }
  if (factor.confirmedAt) {
    throw alreadyEnabled();
  }
  const step = matchingStep(factor.secret, code, ctx.now);
  if (step === null) {
    throw invalidCode();
  }
  const codes = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now.toISOString();
    if (!(await factors.confirmFactor(trx, ctx.actor.userId, step, at))) {
      throw alreadyEnabled();
    }
    await factors.replaceRecoveryCodes(trx, ctx.actor.userId, codes.map(hashRecoveryCode), at);
    await factors.markSessionVerified(trx, ctx.actor.sessionId, at);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "auth.second_factor_enabled",
      subjectType: "user_account",
      subjectId: ctx.actor.userId,
      ip: ctx.ip,
    });
  });
  return { recoveryCodes: codes };
}

/** New recovery codes (the old ones stop working), after a current code from the app. */
export async function regenerateRecoveryCodes(ctx: RequestContext, code: string) {
  if (!(await factors.hasConfirmedFactor(ctx.db, ctx.actor.userId))) {
    throw notEnabled();
  }
  await assertCurrentCode(ctx, code);
  const codes = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    await factors.replaceRecoveryCodes(trx, ctx.actor.userId, codes.map(hashRecoveryCode), ctx.now.toISOString());
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "auth.recovery_codes_regenerated",
      subjectType: "user_account",
      subjectId: ctx.actor.userId,
      ip: ctx.ip,
    });
  });
  return { recoveryCodes: codes };
}

/** Turns the factor off: needs the password and a current code, and is refused where the factor is required. */
export async function disable(ctx: RequestContext, input: { password: string; code: string }): Promise<{ ok: true }> {
  if (!(await factors.hasConfirmedFactor(ctx.db, ctx.actor.userId))) {
    throw notEnabled();
  }
  if (secondFactorRequired(ctx.actor.roles, ctx.config.mode)) {
    throw new RuleViolation(
      "second_factor_required",
      "Peran Anda wajib memakai verifikasi dua langkah; fitur ini tidak dapat dimatikan",
    );
  }
  const account = await accounts.findById(ctx.db, ctx.actor.userId);
  const key = throttleKey(ctx, ctx.actor.userId, ctx.actor.username);
  const history = await assertMayTry(ctx, key);
  if (!(await verifyPassword(account?.passwordHash ?? null, input.password))) {
    await recordFailedAttempt(ctx, key, history, "password");
    throw new RuleViolation("wrong_password", "Kata sandi salah", {}, "password");
  }
  await assertCurrentCode(ctx, input.code);
  await ctx.db.transaction().execute(async (trx) => {
    await factors.deleteFactor(trx, ctx.actor.userId);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "auth.second_factor_disabled",
      subjectType: "user_account",
      subjectId: ctx.actor.userId,
      ip: ctx.ip,
    });
  });
  return { ok: true };
}

/**
 * A super admin clears another account's factor (a lost phone). The owner's sessions end, they are told in the app
 * and by e-mail, and in production a required role must enrol again at the next sign-in.
 */
export async function resetByAdmin(ctx: RequestContext, id: string): Promise<Account> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    const account = await accounts.findById(trx, id);
    if (!account) {
      throw new NotFoundError("akun");
    }
    if (id === ctx.actor.userId) {
      throw new RuleViolation(
        "own_second_factor",
        "Atur ulang verifikasi dua langkah milik sendiri dari halaman Keamanan akun",
      );
    }
    if (!(await factors.hasConfirmedFactor(trx, id))) {
      throw notEnabled();
    }
    await factors.deleteFactor(trx, id);
    await accounts.deleteOtherSessions(trx, id, null);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.second_factor_reset",
      subjectType: "user_account",
      subjectId: id,
      ip: ctx.ip,
    });
    return accounts.toAccount(trx, account);
  });
  await notifyFactorReset(ctx, result);
  return result;
}

/** A current code from the app, counted as a sign-in failure when wrong so it cannot be guessed here either. */
async function assertCurrentCode(ctx: RequestContext, code: string): Promise<void> {
  const key = throttleKey(ctx, ctx.actor.userId, ctx.actor.username);
  const history = await assertMayTry(ctx, key);
  if (!(await acceptTotp(ctx, ctx.actor.userId, code))) {
    await recordFailedAttempt(ctx, key, history, "second_factor");
    throw invalidCode();
  }
}

function alreadyEnabled() {
  return new ConflictError("second_factor_already_enabled", "Verifikasi dua langkah sudah aktif");
}

/** Ten codes of 16 characters drawn uniformly (randomInt rejects biased values) from a paper-friendly alphabet. */
function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let raw = "";
    for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) {
      raw += recoveryCodeAlphabet[randomInt(recoveryCodeAlphabet.length)];
    }
    return formatRecoveryCode(raw);
  });
}
