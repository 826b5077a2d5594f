import { z } from "zod";

/**
 * The password rule. The default follows the reading of Peraturan BSSN Nomor 4 Tahun 2021 given in issue 8: at
 * least 12 characters with upper case, lower case, a digit and a symbol; an office may change both through the
 * environment (PASSWORD_MIN_LENGTH, PASSWORD_REQUIRE_CLASSES).
 */
export const passwordPolicySchema = z.object({
  minLength: z.number().int().min(8).max(128),
  requireClasses: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 12, requireClasses: true };
export const PASSWORD_MAX = 200;

export const passwordProblems = [
  "too_short",
  "too_long",
  "missing_upper",
  "missing_lower",
  "missing_digit",
  "missing_symbol",
  "too_repetitive",
  "contains_personal_data",
  "common_password",
] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

/** Who the password belongs to: none of these (nor a word of the name) may appear in it. */
export type PasswordOwner = { username?: string | null; nip?: string | null; name?: string | null };

/** Words shorter than this are not searched for: "M." or "Hj" would refuse half of every dictionary. */
const MIN_WORD = 3;
/** "aaaaaaaaaaaa" or "abababababab" meet a length rule but hardly any other. */
const MIN_DISTINCT = 5;

const classes: readonly [PasswordProblem, RegExp][] = [
  ["missing_upper", /\p{Lu}/u],
  ["missing_lower", /\p{Ll}/u],
  ["missing_digit", /\p{Nd}/u],
  ["missing_symbol", /[^\p{L}\p{Nd}]/u],
];

/**
 * Every problem of a candidate password, in a stable order (empty: acceptable). `isCommon` is the check against a
 * list of common passwords; the server passes it, the web leaves it out so its bundle does not carry the list.
 */
export function passwordProblemsOf(
  password: string,
  policy: PasswordPolicy,
  owner: PasswordOwner = {},
  isCommon?: (password: string) => boolean,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength) {
    problems.push("too_short");
  }
  if (length > PASSWORD_MAX) {
    problems.push("too_long");
  }
  if (policy.requireClasses) {
    problems.push(...classes.filter(([, pattern]) => !pattern.test(password)).map(([problem]) => problem));
  }
  if (new Set(password.toLowerCase()).size < MIN_DISTINCT) {
    problems.push("too_repetitive");
  }
  if (containsPersonalData(password, owner)) {
    problems.push("contains_personal_data");
  }
  if (isCommon?.(password.toLowerCase())) {
    problems.push("common_password");
  }
  return problems;
}

/** The NIP (spaces ignored), the username and each word of the name or username, case-insensitively. */
function containsPersonalData(password: string, owner: PasswordOwner): boolean {
  const compact = password.toLowerCase().replace(/\s+/g, "");
  return personalWords(owner).some((word) => compact.includes(word));
}

export function personalWords(owner: PasswordOwner): string[] {
  const whole = [owner.username, owner.nip, owner.name]
    .filter((value): value is string => typeof value === "string" && value.trim() !== "")
    .map((value) => value.toLowerCase().replace(/\s+/g, ""));
  const words = [owner.username, owner.name]
    .filter((value): value is string => typeof value === "string")
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{Nd}]+/u));
  return [...new Set([...whole, ...words])].filter((word) => [...word].length >= MIN_WORD);
}

/** Indonesian wording of each problem, for the server's message (the web has its own catalogue, by code). */
export function describePasswordProblems(problems: readonly PasswordProblem[], policy: PasswordPolicy): string {
  const texts: Record<PasswordProblem, string> = {
    too_short: `minimal ${policy.minLength} karakter`,
    too_long: `paling banyak ${PASSWORD_MAX} karakter`,
    missing_upper: "memuat huruf besar",
    missing_lower: "memuat huruf kecil",
    missing_digit: "memuat angka",
    missing_symbol: "memuat simbol (mis. # ! - @)",
    too_repetitive: "tidak mengulang karakter yang sama",
    contains_personal_data: "tidak memuat NIP, nama atau nama pengguna",
    common_password: "bukan kata sandi yang umum dipakai",
  };
  return `Kata sandi harus ${problems.map((problem) => texts[problem]).join("; ")}.`;
}
