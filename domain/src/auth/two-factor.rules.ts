import type { Role } from "./roles";

/**
 * Accounts that can change everyone's data or grant roles must prove a second factor in production (issue 8,
 * "Two-factor sign-in"); for everyone else it is optional. Demo mode requires nothing, so a newcomer can try
 * every persona with the documented demo password.
 */
export const rolesRequiringSecondFactor = ["super_admin", "pengelola_kinerja"] as const satisfies readonly Role[];

export function secondFactorRequired(roles: readonly Role[], mode: "demo" | "production"): boolean {
  return mode === "production" && roles.some((role) => (rolesRequiringSecondFactor as readonly Role[]).includes(role));
}

/** A TOTP code is accepted once: its time step must come after the last step that account used (RFC 6238 §5.2). */
export function isFreshTotpStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** How the second sign-in step is bounded: a challenge lives a few minutes and takes a few wrong codes. */
export const signInChallenge = { minutes: 5, maxAttempts: 5 } as const;

/** Recovery codes: shown once, stored hashed, each good for one sign-in. 16 characters of 31 carry 79 bits. */
export const RECOVERY_CODE_COUNT = 10;
export const recoveryCodeAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: read from paper
export const RECOVERY_CODE_LENGTH = 16;

/** `abcd-efgh-jkmn-pqrs`: four groups, as printed for the user. */
export function formatRecoveryCode(raw: string): string {
  return (raw.match(/.{1,4}/g) ?? []).join("-");
}

/** What is compared (hashed): lower case, without the dashes and spaces people copy along. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]+/g, "");
}

/** A TOTP code as typed: digits only, spaces allowed ("123 456"). */
export function normaliseTotpCode(typed: string): string {
  return typed.replace(/\s+/g, "");
}
