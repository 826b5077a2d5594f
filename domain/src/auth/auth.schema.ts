import { z } from "zod";
import { roleSchema } from "./roles";

export const PASSWORD_MIN = 10;
export const passwordSchema = z
  .string({ message: "Kata sandi wajib diisi" })
  .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter`)
  .max(200, "Kata sandi paling banyak 200 karakter");

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

export const setupSchema = z.strictObject({ username: usernameSchema, password: passwordSchema });
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ message: "Kata sandi lama wajib diisi" }).min(1, "Kata sandi lama wajib diisi").max(200),
  newPassword: passwordSchema,
});
export const resetPasswordSchema = z.strictObject({ newPassword: passwordSchema });
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
  employee: z.object({ id: z.string(), nip: z.string(), displayName: z.string() }).nullable(),
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
});

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(roleSchema),
  hasPassword: z.boolean(),
  secondFactorEnabled: z.boolean(),
  version: z.number().int(),
});
export type Account = z.infer<typeof accountSchema>;
