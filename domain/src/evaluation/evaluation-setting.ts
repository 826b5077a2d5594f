import { z } from "zod";
import { annualRuleSchema, DEFAULT_ANNUAL_RULE } from "./annual-result";
import { DEFAULT_DISTRIBUTION_ROUNDING } from "./distribution";
import { ratingSchema } from "./evaluation.enums";
import { KEBERATAN_DAYS } from "./keberatan";
import { DEFAULT_SUGGESTION_BANDS } from "./suggestion";
import { DEFAULT_HEAD_RATING } from "./unit-head";

/**
 * The year's evaluation settings (issue 12): the choices REGULATIONS.md leaves UNCONFIRMED, per year. A year without
 * a saved row uses these domain defaults (version 0).
 */
const roundingModeSchema = z.enum(["floor", "ceil"], { message: "Pembulatan harus ke bawah atau ke atas" });
const percentSchema = z
  .number({ message: "Persentase wajib diisi" })
  .min(0, "Persentase paling kecil 0")
  .max(1000, "Persentase paling besar 1000");

export const evaluationSettingValuesSchema = z.strictObject({
  keberatanDays: z
    .number({ message: "Jumlah hari wajib diisi" })
    .int("Jumlah hari harus bilangan bulat")
    .min(1, "Jumlah hari paling sedikit 1")
    .max(60, "Jumlah hari paling banyak 60"),
  headMapping: z.strictObject({
    istimewa: ratingSchema,
    baik: ratingSchema,
    butuh_perbaikan: ratingSchema,
    kurang: ratingSchema,
    sangat_kurang: ratingSchema,
  }),
  suggestion: z
    .strictObject({ aboveFrom: percentSchema, aboveInclusive: z.boolean(), meetsFrom: percentSchema })
    .refine((s) => s.meetsFrom <= s.aboveFrom, {
      message: "Batas sesuai ekspektasi tidak boleh di atas batas di atas ekspektasi",
      path: ["meetsFrom"],
    }),
  rounding: z.strictObject({ max: roundingModeSchema, min: roundingModeSchema }),
  annualRule: annualRuleSchema,
});
export type EvaluationSettingValues = z.infer<typeof evaluationSettingValuesSchema>;

export const evaluationSettingSchema = evaluationSettingValuesSchema.extend({
  year: z.number().int(),
  /** 0 while the year uses the defaults (no saved row). */
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type EvaluationSetting = z.infer<typeof evaluationSettingSchema>;

export const DEFAULT_EVALUATION_SETTING_VALUES: EvaluationSettingValues = {
  keberatanDays: KEBERATAN_DAYS,
  headMapping: { ...DEFAULT_HEAD_RATING },
  suggestion: { ...DEFAULT_SUGGESTION_BANDS },
  rounding: { ...DEFAULT_DISTRIBUTION_ROUNDING },
  annualRule: DEFAULT_ANNUAL_RULE,
};

export const saveEvaluationSettingSchema = evaluationSettingValuesSchema.extend({
  year: z.number({ message: "Tahun wajib diisi" }).int().min(2020).max(2100),
  /** 0 to save a year that still uses the defaults. */
  version: z.number({ message: "Versi wajib diisi" }).int().min(0),
});
export type SaveEvaluationSetting = z.infer<typeof saveEvaluationSettingSchema>;
