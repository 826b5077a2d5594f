import { z } from "zod";
import { versionSchema } from "../http/common";
import { accountActions, accountStateSchema, deactivationReasonSchema } from "./account.policy";
import { PASSWORD_MAX, passwordPolicySchema } from "./password.policy";
import { roleSchema } from "./roles";

/** The shape only; the strength rule (length, classes, personal data, common list) is passwordProblemsOf → 422. */
export const passwordSchema = z
  .string({ message: "Kata sandi wajib diisi" })
  .min(1, "Kata sandi wajib diisi")
  .max(PASSWORD_MAX, `Kata sandi paling banyak ${PASSWORD_MAX} karakter`);

export const loginSchema = z.strictObject({
  identifier: z
    .string({ message: "NIP atau nama pengguna wajib diisi" })
    .trim()
    .min(1, "NIP atau nama pengguna wajib diisi")
    .max(100),
  password: z.string({ message: "Kata sandi wajib diisi" }).min(1, "Kata sandi wajib diisi").max(200),
});
export type Login = z.infer<typeof loginSchema>;

export const usernameSchema = z
  .string({ message: "Nama pengguna wajib diisi" })
  .trim()
  .min(3, "Nama pengguna minimal 3 karakter")
  .max(40, "Nama pengguna paling banyak 40 karakter")
  .regex(/^[a-z0-9._-]+$/, "Nama pengguna hanya huruf kecil, angka, titik, garis bawah dan tanda -");

export const setupSchema = z.strictObject({
  setupToken: z
    .string({ message: "Token penyiapan wajib diisi" })
    .trim()
    .min(1, "Token penyiapan wajib diisi")
    .max(200, "Token penyiapan tidak valid"),
  username: usernameSchema,
  password: passwordSchema,
});
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ message: "Kata sandi lama wajib diisi" }).min(1, "Kata sandi lama wajib diisi").max(200),
  newPassword: passwordSchema,
});
export const resetPasswordSchema = z.strictObject({ newPassword: passwordSchema });
export const forgotPasswordSchema = z.strictObject({
  identifier: z
    .string({ message: "NIP atau nama pengguna wajib diisi" })
    .trim()
    .min(1, "NIP atau nama pengguna wajib diisi")
    .max(100),
});
export const resetByTokenSchema = z.strictObject({
  token: z.string({ message: "Tautan tidak valid" }).min(1, "Tautan tidak valid").max(200, "Tautan tidak valid"),
  newPassword: passwordSchema,
});
export const deactivateAccountSchema = z.strictObject({
  reason: deactivationReasonSchema,
  note: z.string().trim().max(500, "Catatan paling banyak 500 karakter").default(""),
  version: versionSchema,
});
export const reactivateAccountSchema = z.strictObject({ version: versionSchema });
export const setRolesSchema = z.strictObject({ roles: z.array(roleSchema).max(4), version: z.number().int().min(1) });

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    roles: z.array(roleSchema),
    mustChangePassword: z.boolean(),
    /** The session may only enrol a second factor (and see itself, or sign out) until one is enrolled. */
    secondFactorEnrolmentRequired: z.boolean(),
  }),
  /** `name` without titles: the password rule refuses its words. */
  employee: z.object({ id: z.string(), nip: z.string(), displayName: z.string(), name: z.string() }).nullable(),
  capabilities: z.object({ isRater: z.boolean(), isAtasanRater: z.boolean(), isPimpinan: z.boolean() }),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  persona: z.string(),
  name: z.string(),
  position: z.string(),
});
export type DemoAccount = z.infer<typeof demoAccountSchema>;

export const authStatusSchema = z.object({
  mode: z.enum(["demo", "production"]),
  needsSetup: z.boolean(),
  demoAccounts: z.array(demoAccountSchema),
  /** E-mail is configured, so "lupa kata sandi" can send a one-time link. */
  passwordResetByEmail: z.boolean(),
  /** How long an e-mailed "lupa kata sandi" link stays valid. */
  resetLinkMinutes: z.number().int(),
  passwordPolicy: passwordPolicySchema,
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(roleSchema),
  hasPassword: z.boolean(),
  state: accountStateSchema,
  mustChangePassword: z.boolean(),
  deactivation: z.object({ reason: deactivationReasonSchema, note: z.string(), at: z.string() }).nullable(),
  /** What the caller may do to this account (the role order of account.policy); the server decides again. */
  allowedActions: z.array(z.enum(accountActions)),
  secondFactorEnabled: z.boolean(),
  version: z.number().int(),
});
export type Account = z.infer<typeof accountSchema>;
