import { z } from "zod";
import { byIdSchema, okSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import { akJenjangSchema } from "./angka-kredit";
import { annualRuleSchema } from "./annual-result";
import { predikatSchema } from "./evaluation.enums";
import { addRankSchema, employeeRankSchema } from "./rank-history";

/** Angka kredit are kept to three decimals (the PAK prints 0,078): the tables store thousandths. */
const akNumber = (label: string, max: number) =>
  z
    .number({ message: `${label} wajib diisi` })
    .min(0, `${label} tidak boleh negatif`)
    .max(max, `${label} paling besar ${max}`)
    .refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, `${label} paling banyak 3 angka desimal`);

/** The master row of a jenjang: koefisien tahunan and the AK needed for the next pangkat and jenjang (§4.1). */
export const akMasterRowSchema = z.object({
  jenjang: akJenjangSchema,
  coefficient: z.number(),
  forPangkat: z.number(),
  forJenjang: z.number().nullable(),
  /** 0 while the row is the domain default (AK_JENJANG). */
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type AkMasterRow = z.infer<typeof akMasterRowSchema>;

export const saveAkMasterSchema = z.strictObject({
  jenjang: akJenjangSchema,
  coefficient: akNumber("Koefisien", 1000).refine((v) => v > 0, "Koefisien harus lebih dari 0"),
  forPangkat: akNumber("AK kenaikan pangkat", 10000),
  forJenjang: akNumber("AK kenaikan jenjang", 10000).nullable(),
  version: z.number({ message: "Versi wajib diisi" }).int().min(0),
});
export type SaveAkMaster = z.infer<typeof saveAkMasterSchema>;

/** The starting balance: AK dasar (a new appointment) or konversi (the PAK converted to the integrasi system). */
export const akDasarKindSchema = z.enum(["dasar", "konversi"], { message: "Jenis AK awal tidak dikenal" });
export const akDasarSchema = z.object({
  employeeId: z.string(),
  kind: akDasarKindSchema,
  /** The first year counted on top of the amount. */
  startYear: z.number().int(),
  amount: z.number(),
  decreeNumber: z.string().nullable(),
  version: z.number().int(),
});
export type AkDasar = z.infer<typeof akDasarSchema>;

export const setAkDasarSchema = z.strictObject({
  kind: akDasarKindSchema,
  startYear: z.number({ message: "Tahun wajib diisi" }).int().min(2020, "Tahun paling awal 2020").max(2100),
  amount: akNumber("Angka kredit awal", 10000),
  decreeNumber: z.string().trim().max(100, "Nomor PAK paling banyak 100 karakter").nullable(),
  /** 0 for the first entry. */
  version: z.number({ message: "Versi wajib diisi" }).int().min(0),
});
export type SetAkDasar = z.infer<typeof setAkDasarSchema>;

/** One year of an employee's angka kredit, computed on read from the annual evaluation and the jenjang history. */
export const akYearSchema = z.object({
  year: z.number().int(),
  parts: z.array(
    z.object({
      jenjang: akJenjangSchema,
      months: z.number().int(),
      coefficient: z.number(),
      ak: z.number().nullable(),
    }),
  ),
  /** The annual predikat (annualPredikat over the year's SKPs); null while not evaluated. */
  predikat: predikatSchema.nullable(),
  skpCount: z.number().int(),
  annualRule: annualRuleSchema,
  /** The year's AK, capped at 150% of the coefficient; null while the annual predikat is missing. */
  ak: z.number().nullable(),
  /** The dasar plus every year's AK up to this one. */
  total: z.number(),
});
export type AkYear = z.infer<typeof akYearSchema>;

const needSchema = z.object({ needed: z.number(), remaining: z.number() });
export const akNeedsSchema = z.object({ forPangkat: needSchema, forJenjang: needSchema.nullable() });

export const employeeAngkaKreditSchema = z.object({
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string(),
    golongan: z.string(),
    /** The jenjang held today (the position's), else the last of the history. */
    jenjang: akJenjangSchema.nullable(),
    positionName: z.string().nullable(),
  }),
  dasar: akDasarSchema.nullable(),
  years: z.array(akYearSchema),
  total: z.number(),
  needs: akNeedsSchema.nullable(),
  ranks: z.array(employeeRankSchema),
});
export type EmployeeAngkaKredit = z.infer<typeof employeeAngkaKreditSchema>;

export const akListItemSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  golongan: z.string(),
  jenjang: akJenjangSchema.nullable(),
  unitName: z.string().nullable(),
  /** The AK of the requested year; null while its annual predikat is missing. */
  akYear: z.number().nullable(),
  predikat: predikatSchema.nullable(),
  total: z.number(),
  needs: akNeedsSchema.nullable(),
  hasDasar: z.boolean(),
});
export type AkListItem = z.infer<typeof akListItemSchema>;

const yearQuery = z.coerce.number({ message: "Tahun tidak valid" }).int("Tahun tidak valid").min(2020).max(2100);

export const angkaKreditApi = {
  master: contract({
    method: "GET",
    path: "/api/ak-master",
    access: "signed_in",
    response: z.array(akMasterRowSchema),
  }),
  saveMaster: contract({
    method: "PUT",
    path: "/api/ak-master",
    access: "admin",
    body: saveAkMasterSchema,
    response: akMasterRowSchema,
  }),
  list: contract({
    method: "GET",
    path: "/api/angka-kredit",
    access: "admin_or_auditor",
    query: z.strictObject({
      year: yearQuery,
      q: z.string().trim().max(100, "Pencarian paling banyak 100 karakter").optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: pageSchema(akListItemSchema),
  }),
  ofEmployee: contract({
    method: "GET",
    path: "/api/employees/:id/angka-kredit",
    access: "signed_in",
    params: byIdSchema,
    response: employeeAngkaKreditSchema,
  }),
  setDasar: contract({
    method: "PUT",
    path: "/api/employees/:id/ak-dasar",
    access: "admin",
    params: byIdSchema,
    body: setAkDasarSchema,
    response: akDasarSchema,
  }),
};

/** Pangkat/golongan and jenjang history: read on the profile, kept by the pengelola kinerja. */
export const rankHistoryApi = {
  list: contract({
    method: "GET",
    path: "/api/employees/:id/ranks",
    access: "signed_in",
    params: byIdSchema,
    response: z.array(employeeRankSchema),
  }),
  add: contract({
    method: "POST",
    path: "/api/employees/:id/ranks",
    access: "admin",
    params: byIdSchema,
    body: addRankSchema,
    response: employeeRankSchema,
  }),
  remove: contract({
    method: "DELETE",
    path: "/api/employee-ranks/:id",
    access: "admin",
    params: byIdSchema,
    query: z.strictObject({ version: z.coerce.number().int().min(1) }),
    response: okSchema,
  }),
};
