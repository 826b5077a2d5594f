import {
  describePasswordProblems,
  type PasswordOwner,
  type PasswordPolicy,
  passwordProblemsOf,
  RuleViolation,
} from "@simkin/domain";
import { dictionary } from "@zxcvbn-ts/language-common";

let common: ReadonlySet<string> | null = null;

/** The zxcvbn-ts list of common passwords (about 49,000), lower-cased once, on first use. */
export function isCommonPassword(lowerCased: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((password) => password.toLowerCase()));
  return common.has(lowerCased);
}

/**
 * Refuses a password that breaks the office's policy (422 `password_too_weak`, every problem listed in
 * `details.problems`, the message beside `field`). Every path that sets a password calls it before hashing.
 */
export function assertStrongPassword(
  policy: PasswordPolicy,
  password: string,
  owner: PasswordOwner,
  field: string,
): void {
  const problems = passwordProblemsOf(password, policy, owner, isCommonPassword);
  if (problems.length > 0) {
    throw new RuleViolation("password_too_weak", describePasswordProblems(problems, policy), { problems }, field);
  }
}
