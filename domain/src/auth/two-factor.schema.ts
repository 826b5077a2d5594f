import { z } from "zod";
import { meSchema } from "./auth.schema";
import { normaliseTotpCode } from "./two-factor.rules";

/** Six digits from the authenticator app; spaces typed between the groups are ignored. */
export const totpCodeSchema = z
  .string({ message: "Kode wajib diisi" })
  .trim()
  // Room for spaces typed between the groups; the code itself is checked below.
  .max(20, "Kode terdiri dari 6 angka")
  .transform(normaliseTotpCode)
  .pipe(z.string().regex(/^\d{6}$/, "Kode terdiri dari 6 angka"));

export const secondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  /** The account's roles require a factor here (production, super admin or pengelola kinerja). */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  /** This session was opened, or confirmed, with the second factor. */
  sessionVerified: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** What the authenticator app needs: the secret as a QR code, and as text for typing it in by hand. */
export const enrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() });
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** Shown once, right after they are made; only their hashes are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const confirmEnrolmentSchema = z.strictObject({ code: totpCodeSchema });
export const disableSecondFactorSchema = z.strictObject({
  password: z.string({ message: "Kata sandi wajib diisi" }).min(1, "Kata sandi wajib diisi").max(200),
  code: totpCodeSchema,
});
export const regenerateRecoveryCodesSchema = z.strictObject({ code: totpCodeSchema });

/** The second sign-in step: a code from the app, or one of the recovery codes. */
export const secondFactorSignInSchema = z.strictObject({
  method: z.enum(["totp", "recovery_code"], { message: "Metode tidak dikenal" }),
  code: z.string({ message: "Kode wajib diisi" }).trim().min(1, "Kode wajib diisi").max(40),
});
export type SecondFactorSignIn = z.infer<typeof secondFactorSignInSchema>;

/** The password was right and the account has a factor: the session starts only after the second step. */
export const secondFactorChallengeSchema = z.object({ secondFactorRequired: z.literal(true), expiresAt: z.string() });
export const loginResultSchema = z.union([meSchema, secondFactorChallengeSchema]);
export type LoginResult = z.infer<typeof loginResultSchema>;
