import { z } from "zod";
import { idSchema, isoDateSchema, pageSchema, text, versionSchema } from "../http/common";
import { capaianUnitKinds } from "./capaian.rules";
import { capaianSchema, decisionSourceSchema } from "./evaluation.enums";

export const evaluationYearSchema = z.coerce
  .number({ message: "Tahun wajib diisi" })
  .int("Tahun tidak valid")
  .min(2000, "Tahun tidak valid")
  .max(2100, "Tahun tidak valid");
/** A period code of evaluationPeriods (TW1..TW4, S1, S2, TH, B01..B12); the server checks it against the year. */
export const periodCodeSchema = z
  .string({ message: "Periode wajib diisi" })
  .regex(/^(TW[1-4]|S[12]|TH|B(0[1-9]|1[0-2]))$/, "Periode penilaian tidak dikenal");

/** The head one level up setting a unit's capaian in SIMKIN; `version` null for the first time. */
export const capaianInputSchema = z.strictObject({
  unitId: idSchema,
  year: evaluationYearSchema,
  periodCode: periodCodeSchema,
  capaian: capaianSchema,
  reason: text("Alasan", 2000),
  version: versionSchema.nullable(),
});
export type CapaianInput = z.infer<typeof capaianInputSchema>;

/** The pengelola recording a decision made outside SIMKIN: the same, with the letter (its scan comes as a file). */
export const externalCapaianInputSchema = capaianInputSchema.extend({
  letterNumber: text("Nomor surat", 100),
  letterDate: isoDateSchema,
});
export type ExternalCapaianInput = z.infer<typeof externalCapaianInputSchema>;

export const capaianFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});

export const orgCapaianSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  periodCode: z.string(),
  capaian: capaianSchema,
  reason: z.string(),
  source: decisionSourceSchema,
  /** Who decided in SIMKIN; null for a decision recorded from a letter. */
  setByName: z.string().nullable(),
  recordedByName: z.string().nullable(),
  letterNumber: z.string().nullable(),
  letterDate: z.string().nullable(),
  scan: capaianFileSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type OrgCapaian = z.infer<typeof orgCapaianSchema>;

export const evaluationPeriodOptionSchema = z.object({
  code: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  isAnnual: z.boolean(),
});

/** How the caller stands to a unit for this period. */
export const capaianRoleSchema = z.enum(["setter", "recorder", "head", "rater", "overseer"]);

export const capaianUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitKind: z.enum(capaianUnitKinds),
  /** Who decides: in SIMKIN (with the name), from a letter recorded by the pengelola, or nobody yet. */
  setterMode: z.enum(["internal", "external", "none"]),
  setterName: z.string().nullable(),
  headName: z.string().nullable(),
  capaian: orgCapaianSchema.nullable(),
  finalisedAt: z.string().nullable(),
  roles: z.array(capaianRoleSchema),
  canSet: z.boolean(),
  canRecord: z.boolean(),
});
export type CapaianUnit = z.infer<typeof capaianUnitSchema>;

export const capaianListQuerySchema = z.strictObject({
  year: evaluationYearSchema.optional(),
  periodCode: periodCodeSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const capaianListSchema = z.object({
  year: z.number().int(),
  periodCode: z.string(),
  periods: z.array(evaluationPeriodOptionSchema),
  /** Years with a performance year opened, newest first. */
  years: z.array(z.number().int()),
  units: pageSchema(capaianUnitSchema),
});
export type CapaianList = z.infer<typeof capaianListSchema>;

export const unitPeriodQuerySchema = z.strictObject({
  unitId: idSchema,
  year: evaluationYearSchema,
  periodCode: periodCodeSchema,
});
