import { z } from "zod";
import { versionSchema } from "../http/common";
import { accumulationSchema } from "../skp/accumulation";
import { approachSchema, berakhlakValueSchema } from "../skp/skp.schema";
import { REALISATION_TEXT_MAX } from "./realisation.rules";

/** Laporan kinerja bulanan: draft -> diajukan -> diterima, or perlu_revisi (back to the employee) -> diajukan. */
export const reportStatusSchema = z.enum(["draft", "diajukan", "perlu_revisi", "diterima"]);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

const narrative = (label: string) => z.string().trim().max(4000, `${label} paling banyak 4000 karakter`).default("");

/**
 * A realisation: a number for a kuantitatif SKP, a text for a kualitatif one (checked against the SKP's approach by
 * realisationProblem), or empty while the month is still being filled.
 */
const realisationSchema = z
  .string()
  .trim()
  .max(REALISATION_TEXT_MAX, `Realisasi paling banyak ${REALISATION_TEXT_MAX} karakter`);

export const reportContentSchema = z.strictObject({
  realisations: z
    .array(z.strictObject({ ikiId: z.uuid({ message: "IKI tidak valid" }), value: realisationSchema }))
    .max(300),
  actions: z
    .array(
      z.strictObject({
        rhkId: z.uuid({ message: "RHK tidak valid" }),
        plan: z.string().trim().max(2000, "Rencana aksi paling banyak 2000 karakter").default(""),
        progress: z.number().int().min(0, "Progres 0-100").max(100, "Progres 0-100").nullable().default(null),
      }),
    )
    .max(50),
  achievements: narrative("Pencapaian"),
  challenges: narrative("Tantangan/kendala"),
  improvements: narrative("Langkah perbaikan"),
  version: versionSchema,
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export const feedbackInputSchema = z.strictObject({
  perRhk: z
    .array(
      z.strictObject({
        rhkId: z.uuid({ message: "RHK tidak valid" }),
        wentWell: z.string().trim().max(2000).default(""),
        toImprove: z.string().trim().max(2000).default(""),
        support: z.string().trim().max(2000).default(""),
      }),
    )
    .max(50),
  overall: z.string().trim().max(4000, "Catatan umum paling banyak 4000 karakter").default(""),
  version: versionSchema,
  /** Umpan balik berkelanjutan per BerAKHLAK value (REGULATIONS.md §2.3, §6.4), one entry per value at most. */
  perValue: z
    .array(
      z.strictObject({
        valueCode: berakhlakValueSchema,
        text: z.string().trim().max(2000, "Umpan balik paling banyak 2000 karakter").default(""),
      }),
    )
    .max(7)
    .refine((list) => new Set(list.map((v) => v.valueCode)).size === list.length, "Setiap nilai BerAKHLAK hanya sekali")
    .default([]),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const linkInputSchema = z.strictObject({
  rhkId: z.uuid({ message: "RHK tidak valid" }),
  url: z
    .string({ message: "Tautan wajib diisi" })
    .trim()
    .max(2000, "Tautan terlalu panjang")
    .refine((value) => /^https:\/\/[^\s/$.?#][^\s]*$/i.test(value), "Tautan harus diawali https:// dan valid"),
  title: z.string().trim().max(200, "Judul paling banyak 200 karakter").default(""),
});

export const evidenceSchema = z.object({
  id: z.string(),
  rhkId: z.string(),
  kind: z.enum(["file", "link"]),
  name: z.string(),
  url: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const reportIkiLineSchema = z.object({
  ikiId: z.string(),
  aspek: z.string().nullable(),
  indicator: z.string(),
  target: z.string().nullable(),
  unit: z.string().nullable(),
  value: z.string(),
  cumulative: z.number().nullable(),
  percent: z.number().nullable(),
  /** How the months add up: declared on the IKI or the default for its satuan. */
  accumulation: accumulationSchema,
});

export const reportRhkSchema = z.object({
  rhkId: z.string(),
  kind: z.enum(["utama", "tambahan"]),
  text: z.string(),
  ikis: z.array(reportIkiLineSchema),
  plan: z.string(),
  progress: z.number().int().nullable(),
  evidence: z.array(evidenceSchema),
  feedback: z.object({ wentWell: z.string(), toImprove: z.string(), support: z.string() }).nullable(),
});
export type ReportRhk = z.infer<typeof reportRhkSchema>;

export const reportSummarySchema = z.object({
  id: z.string(),
  skpId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  positionName: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  status: reportStatusSchema,
  deadline: z.string(),
  submittedAt: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
  late: z.boolean(),
  acceptedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** A BerAKHLAK value of the SKP with the rater's ekspektasi khusus and this month's feedback on it ("" when none). */
export const reportBehaviourSchema = z.object({
  code: berakhlakValueSchema,
  name: z.string(),
  expectation: z.string().nullable(),
  feedback: z.string(),
});
export type ReportBehaviour = z.infer<typeof reportBehaviourSchema>;

export const reportDetailSchema = reportSummarySchema.extend({
  approach: approachSchema,
  rhk: z.array(reportRhkSchema),
  behaviours: z.array(reportBehaviourSchema),
  achievements: z.string(),
  challenges: z.string(),
  improvements: z.string(),
  overallFeedback: z.string().nullable(),
  revisionReason: z.string().nullable(),
  raterName: z.string().nullable(),
  comments: z.array(z.object({ id: z.string(), authorName: z.string(), text: z.string(), at: z.string() })),
  events: z.array(
    z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable(), note: z.string().nullable() }),
  ),
  allowed: z.array(z.string()),
  verificationCode: z.string().nullable(),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

/** A saved draft: its new version; `changedRealisations` tells the form to reload the cumulative figures. */
export const reportSavedSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  changedRealisations: z.boolean(),
});
export type ReportSaved = z.infer<typeof reportSavedSchema>;
