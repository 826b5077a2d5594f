import { z } from "zod";
import { isoDateSchema, versionSchema } from "../http/common";

/** How often performance is evaluated within the year: quarterly is the national default (REGULATIONS.md §2.4). */
export const cadenceSchema = z.enum(["triwulan", "bulanan"], { message: "Periode evaluasi tidak dikenal" });
export type Cadence = z.infer<typeof cadenceSchema>;

/**
 * Whether a submitted SKP must be reviewed by the pengelola kinerja before the rater may approve it (PP 30/2019: the
 * SKP is agreed "after review by the Pengelola Kinerja"; REGULATIONS.md §2.1, §6.7). Required by default, per year.
 */
export const skpReviewSchema = z.enum(["required", "off"], { message: "Pengaturan reviu SKP tidak dikenal" });
export type SkpReview = z.infer<typeof skpReviewSchema>;

export const yearStatusSchema = z.enum(["open", "closed"]);
export type YearStatus = z.infer<typeof yearStatusSchema>;

export const performanceYearSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  status: yearStatusSchema,
  skpDeadline: z.string(),
  cadence: cadenceSchema,
  reportDueDay: z.number().int(),
  version: z.number().int(),
  skpReview: skpReviewSchema,
});
export type PerformanceYear = z.infer<typeof performanceYearSchema>;

export const openYearSchema = z.strictObject({
  year: z.number({ message: "Tahun wajib diisi" }).int().min(2020, "Tahun minimal 2020").max(2100, "Tahun tidak valid"),
  skpDeadline: isoDateSchema.optional(),
  cadence: cadenceSchema.default("triwulan"),
  reportDueDay: z.number().int().min(1, "Tanggal batas 1-28").max(28, "Tanggal batas 1-28").default(5),
  skpReview: skpReviewSchema.default("required"),
});
export type OpenYear = z.infer<typeof openYearSchema>;

export const updateYearSchema = z.strictObject({
  status: yearStatusSchema,
  skpDeadline: isoDateSchema,
  cadence: cadenceSchema,
  reportDueDay: z.number().int().min(1, "Tanggal batas 1-28").max(28, "Tanggal batas 1-28"),
  version: versionSchema,
  /** Left out, the year keeps its setting. */
  skpReview: skpReviewSchema.optional(),
});
export type UpdateYear = z.infer<typeof updateYearSchema>;

export const evaluationPeriodSchema = z.object({
  code: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  isAnnual: z.boolean(),
});
export type EvaluationPeriod = z.infer<typeof evaluationPeriodSchema>;
