import { z } from "zod";
import { isoDateSchema, text, versionSchema } from "../http/common";

/**
 * How often performance is evaluated within the year (REGULATIONS.md §2.4: BULANAN | TRIWULAN | SEMESTER | TAHUNAN);
 * quarterly is the national default.
 */
export const cadenceSchema = z.enum(["triwulan", "bulanan", "semester", "tahunan"], {
  message: "Periode evaluasi tidak dikenal",
});
export type Cadence = z.infer<typeof cadenceSchema>;

/**
 * Whether a submitted SKP must be reviewed by the pengelola kinerja before the rater may approve it (PP 30/2019: the
 * SKP is agreed "after review by the Pengelola Kinerja"; REGULATIONS.md §2.1, §6.7). Required by default, per year.
 */
export const skpReviewSchema = z.enum(["required", "off"], { message: "Pengaturan reviu SKP tidak dikenal" });
export type SkpReview = z.infer<typeof skpReviewSchema>;

/**
 * Whether a monthly report due on a weekend or holiday is due on the next working day instead (issue 9 rule 19;
 * on by default, configurable per year).
 */
export const reportDueShiftSchema = z.enum(["next_working_day", "none"], {
  message: "Aturan batas laporan tidak dikenal",
});
export type ReportDueShift = z.infer<typeof reportDueShiftSchema>;

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
  reportDueShift: reportDueShiftSchema,
});
export type PerformanceYear = z.infer<typeof performanceYearSchema>;

export const openYearSchema = z.strictObject({
  year: z.number({ message: "Tahun wajib diisi" }).int().min(2020, "Tahun minimal 2020").max(2100, "Tahun tidak valid"),
  skpDeadline: isoDateSchema.optional(),
  cadence: cadenceSchema.default("triwulan"),
  reportDueDay: z.number().int().min(1, "Tanggal batas 1-28").max(28, "Tanggal batas 1-28").default(5),
  skpReview: skpReviewSchema.default("required"),
  reportDueShift: reportDueShiftSchema.default("next_working_day"),
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
  /** Left out: the year keeps its current rule. */
  reportDueShift: reportDueShiftSchema.optional(),
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

/** A day off in the holiday calendar: a national holiday or a cuti bersama (SKB 3 Menteri), by date. */
export const holidayKindSchema = z.enum(["libur_nasional", "cuti_bersama"], {
  message: "Jenis hari libur tidak dikenal",
});
export type HolidayKind = z.infer<typeof holidayKindSchema>;

export const holidaySchema = z.object({
  id: z.string(),
  date: z.string(),
  name: z.string(),
  kind: holidayKindSchema,
  version: z.number().int(),
});
export type Holiday = z.infer<typeof holidaySchema>;

const holidayFields = {
  date: isoDateSchema.refine((d) => d >= "2020-01-01" && d <= "2100-12-31", "Tanggal harus antara 2020 dan 2100"),
  name: text("Nama hari libur", 200),
  kind: holidayKindSchema,
};
export const holidayInputSchema = z.strictObject(holidayFields);
export type HolidayInput = z.infer<typeof holidayInputSchema>;
export const updateHolidaySchema = z.strictObject({ ...holidayFields, version: versionSchema });
export type UpdateHoliday = z.infer<typeof updateHolidaySchema>;
