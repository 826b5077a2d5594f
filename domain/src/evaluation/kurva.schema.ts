import { z } from "zod";
import { pageSchema } from "../http/common";
import { capaianUnitKinds } from "./capaian.rules";
import {
  evaluationPeriodOptionSchema,
  orgCapaianSchema,
  periodCodeSchema,
  unitPeriodQuerySchema,
} from "./capaian.schema";
import { capaianSchema, evaluationStatusSchema, predikatSchema } from "./evaluation.enums";

export const predikatCountsSchema = z.object({
  sangat_baik: z.number().int(),
  baik: z.number().int(),
  butuh_perbaikan: z.number().int(),
  kurang: z.number().int(),
  sangat_kurang: z.number().int(),
});

/** One rule of the unit's pola distribusi with its limit for this headcount and whether the counts meet it. */
export const kurvaRuleSchema = z.object({
  kind: z.enum(["max", "min", "exists"]),
  predikat: z.array(predikatSchema),
  percent: z.number().nullable(),
  limit: z.number().int(),
  actual: z.number().int(),
  met: z.boolean(),
});
export type KurvaRule = z.infer<typeof kurvaRuleSchema>;

export const kurvaOfficerSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  positionName: z.string().nullable(),
});

export const kurvaFinalisedSchema = z.object({
  at: z.string(),
  byName: z.string(),
  justification: z.string().nullable(),
  counts: predikatCountsSchema,
  rules: z.array(kurvaRuleSchema),
  /** The evaluations still draft at that moment: the counts are as of then. */
  draftsAtFinalisation: z.number().int(),
});

/**
 * A unit's kurva distribusi for a period (REGULATIONS.md §3.5): the predikat of its set evaluations (drafts apart,
 * "belum ditetapkan"), its capaian and the pattern's rules met or broken. What `loadKurva` returns, for the screen and
 * the Format Penetapan PDF.
 */
export const kurvaDataSchema = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.enum(capaianUnitKinds) }),
  year: z.number().int(),
  periodCode: z.string(),
  period: evaluationPeriodOptionSchema,
  capaian: orgCapaianSchema.nullable(),
  /** The unit's pimpinan on the date asked (the period's end by default). */
  head: kurvaOfficerSchema.nullable(),
  /** Set evaluations (ditetapkan, diterima, locked) per predikat: what the pattern is checked on. */
  counts: predikatCountsSchema,
  total: z.number().int(),
  /** Drafts with a predikat already, per predikat; and drafts not yet rated. Never in the check. */
  draftCounts: predikatCountsSchema,
  draftUnrated: z.number().int(),
  /** Empty without a capaian: there is no pattern to check. */
  rules: z.array(kurvaRuleSchema),
  ok: z.boolean(),
  finalised: kurvaFinalisedSchema.nullable(),
});
export type KurvaData = z.infer<typeof kurvaDataSchema>;

/** The screen's kurva: the data and what the caller may do with it. */
export const kurvaSchema = kurvaDataSchema.extend({
  canFinalise: z.boolean(),
  /** Raters see only their own ratees in the list; the head, the head one level up and overseers see all. */
  listScope: z.enum(["all", "own_ratees"]),
  capaianEnum: z.array(capaianSchema),
});
export type Kurva = z.infer<typeof kurvaSchema>;

export const kurvaEvaluationSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  raterName: z.string().nullable(),
  status: evaluationStatusSchema,
  predikat: predikatSchema.nullable(),
});
export type KurvaEvaluation = z.infer<typeof kurvaEvaluationSchema>;

export const kurvaEvaluationPageSchema = pageSchema(kurvaEvaluationSchema);

export const kurvaEvaluationQuerySchema = unitPeriodQuerySchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** The head finalises the distribution; a broken pattern needs a justification (REGULATIONS.md §3.5, guidance). */
export const finaliseDistributionSchema = z.strictObject({
  unitId: z.uuid({ message: "ID tidak valid" }),
  year: z.number().int().min(2000).max(2100),
  periodCode: periodCodeSchema,
  justification: z.string().trim().max(4000, "Justifikasi paling banyak 4000 karakter").optional(),
});
export type FinaliseDistribution = z.infer<typeof finaliseDistributionSchema>;
