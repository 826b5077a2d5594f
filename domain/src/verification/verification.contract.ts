import { z } from "zod";
import { contract } from "../http/contract";
import { isVerificationCode, normalizeVerificationCode } from "./verification.rules";

/** Accepts the code as printed or typed (lower case, grouped with dashes or spaces) and hands on its stored form. */
export const verificationCodeSchema = z
  .string()
  .max(40, "Kode verifikasi tidak valid")
  .transform(normalizeVerificationCode)
  .refine(isVerificationCode, "Kode verifikasi tidak valid");

/**
 * How much of the subject the visitor sees: anonymous visitors and signed-in users who may not see the document get
 * the initials only; those who may see the document (the subject, their raters, the pengelola kinerja, the auditor)
 * see the name, position and unit as printed.
 */
export const subjectViewSchema = z.enum(["anonymous", "no_access", "full"]);
export type SubjectView = z.infer<typeof subjectViewSchema>;

export const verificationSchema = z.object({
  /** As printed: grouped in fours for current codes. */
  code: z.string(),
  documentType: z.string(),
  title: z.string(),
  period: z.string(),
  status: z.string(),
  issuer: z.string().nullable(),
  subjectName: z.string(),
  /** Position and unit as printed; only with the full view. */
  subjectDetail: z.string().nullable(),
  subjectView: subjectViewSchema,
  contentHash: z.string(),
  issuedAt: z.string(),
});
export type Verification = z.infer<typeof verificationSchema>;

export const verificationApi = {
  get: contract({
    method: "GET",
    path: "/api/verify/:code",
    access: "public",
    params: z.strictObject({ code: verificationCodeSchema }),
    response: verificationSchema,
  }),
};
