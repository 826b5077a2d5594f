import type { Restriction } from "../http/contract";

/**
 * The restriction a session is under, in order: an account holding a temporary password (set by an administrator)
 * must replace it first; then a session that must enrol a second factor (recorded on the session at sign-in) does.
 */
export function restrictionOf(
  account: { passwordResetAt: string | null },
  sessionRestriction: "second_factor_enrolment" | null,
): Restriction | null {
  if (account.passwordResetAt !== null) {
    return "password_change";
  }
  return sessionRestriction;
}
