import { z } from "zod";
import { text, versionSchema } from "../http/common";
import { skpReviewSchema } from "../period/period.schema";
import { accumulationSchema } from "./accumulation";
import { berakhlakValueCodes } from "./berakhlak";
import { assignedBySchema, externalParentInputSchema, externalParentSchema, pkTargetRefSchema } from "./rhk-links";
import { parentSourceSchema } from "./seat-skp";

/**
 * SKP lifecycle: draft -> diajukan -> (direviu by the pengelola kinerja, when the year requires it) -> disetujui, or
 * dikembalikan (back to the employee); a revision supersedes ("diganti"). The moves are in skp.workflow.ts.
 */
export const skpStatusSchema = z.enum(["draft", "diajukan", "direviu", "dikembalikan", "disetujui", "diganti"]);
export type SkpStatus = z.infer<typeof skpStatusSchema>;

/** Form model (REGULATIONS.md §2.2, §6.1-6.2): JPT has perspektif; JA/JF has aspek and the intervened RHK. */
export const skpModelSchema = z.enum(["ja_jf", "jpt"], { message: "Model SKP tidak dikenal" });
export type SkpModel = z.infer<typeof skpModelSchema>;
export const approachSchema = z.enum(["kuantitatif", "kualitatif"], { message: "Pendekatan tidak dikenal" });
export type Approach = z.infer<typeof approachSchema>;
export const rhkKindSchema = z.enum(["utama", "tambahan"], { message: "Jenis RHK harus utama atau tambahan" });
export type RhkKind = z.infer<typeof rhkKindSchema>;
export const aspekSchema = z.enum(["kuantitas", "kualitas", "waktu", "biaya"], { message: "Aspek tidak dikenal" });
export type Aspek = z.infer<typeof aspekSchema>;
export const perspektifSchema = z.enum(["penerima_layanan", "proses_bisnis", "penguatan_internal", "anggaran"], {
  message: "Perspektif tidak dikenal",
});
export type Perspektif = z.infer<typeof perspektifSchema>;
export const lampiranKindSchema = z.enum(["dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"]);
export type LampiranKind = z.infer<typeof lampiranKindSchema>;
export const berakhlakValueSchema = z.enum(berakhlakValueCodes);

export const ikiSchema = z.object({
  id: z.string(),
  aspek: aspekSchema.nullable(),
  indicator: z.string(),
  target: z.string().nullable(),
  unit: z.string().nullable(),
  /** Null: the default for the satuan (defaultAccumulationFor). */
  accumulation: accumulationSchema.nullable(),
});
export type Iki = z.infer<typeof ikiSchema>;

export const rhkSchema = z.object({
  id: z.string(),
  kind: rhkKindSchema,
  text: z.string(),
  parentRhkId: z.string().nullable(),
  parentRhkText: z.string().nullable(),
  perspektif: perspektifSchema.nullable(),
  fromAssignmentId: z.string().nullable(),
  ikis: z.array(ikiSchema),
  /** The RHK atasan typed from the rater's official SKP outside SIMKIN (issue 9 rule 6). */
  externalParent: externalParentSchema.nullable(),
  /** JPT: who assigned the RHK, "(penugasan dari ...)" (rule 8). */
  assignedBy: z.string().nullable(),
  /** The Perjanjian Kinerja targets the RHK carries (rule 7). */
  pkTargets: z.array(pkTargetRefSchema),
});
export type Rhk = z.infer<typeof rhkSchema>;

export const lampiranSchema = z.object({
  dukungan_sumber_daya: z.array(z.string()),
  skema_pertanggungjawaban: z.array(z.string()),
  konsekuensi: z.array(z.string()),
});
export type Lampiran = z.infer<typeof lampiranSchema>;

const ikiInputSchema = z.strictObject({
  aspek: aspekSchema.nullable().default(null),
  indicator: text("Indikator kinerja individu", 500),
  target: z.string().trim().max(500, "Target paling banyak 500 karakter").nullable().default(null),
  unit: z.string().trim().max(50, "Satuan paling banyak 50 karakter").nullable().default(null),
  accumulation: accumulationSchema.nullable().default(null),
});
export type IkiInput = z.infer<typeof ikiInputSchema>;

const rhkInputSchema = z
  .strictObject({
    kind: rhkKindSchema,
    text: text("Rencana hasil kerja", 500),
    parentRhkId: z.uuid({ message: "RHK atasan tidak valid" }).nullable().default(null),
    perspektif: perspektifSchema.nullable().default(null),
    fromAssignmentId: z.uuid().nullable().default(null),
    ikis: z.array(ikiInputSchema).max(10, "Paling banyak 10 IKI per RHK"),
    externalParent: externalParentInputSchema.nullable().default(null),
    assignedBy: assignedBySchema,
    pkTargetIds: z
      .array(z.uuid({ message: "Target perjanjian kinerja tidak valid" }))
      .max(10, "Paling banyak 10 target perjanjian kinerja per RHK")
      .refine((ids) => new Set(ids).size === ids.length, "Target perjanjian kinerja dipilih dua kali")
      .default([]),
  })
  .refine((rhk) => !(rhk.parentRhkId && rhk.externalParent), {
    message: "Pilih RHK atasan dari SIMKIN atau tuliskan RHK atasan di luar SIMKIN, tidak keduanya",
    path: ["externalParent"],
  });
export type RhkInput = z.infer<typeof rhkInputSchema>;

const lampiranItems = z.array(text("Butir lampiran", 300)).max(15, "Paling banyak 15 butir");

/** Everything the employee edits in a draft, saved whole (one transaction, one version check). */
export const skpContentSchema = z.strictObject({
  model: skpModelSchema,
  approach: approachSchema,
  rhk: z.array(rhkInputSchema).max(30, "Paling banyak 30 RHK"),
  lampiran: z.strictObject({
    dukungan_sumber_daya: lampiranItems,
    skema_pertanggungjawaban: lampiranItems,
    konsekuensi: lampiranItems,
  }),
  version: versionSchema,
});
export type SkpContent = z.infer<typeof skpContentSchema>;

export const expectationsInputSchema = z.strictObject({
  expectations: z.array(
    z.strictObject({
      valueCode: berakhlakValueSchema,
      text: z.string().trim().max(500, "Ekspektasi paling banyak 500 karakter"),
    }),
  ),
  version: versionSchema,
});
export type ExpectationsInput = z.infer<typeof expectationsInputSchema>;

export const behaviourSchema = z.object({
  code: berakhlakValueSchema,
  name: z.string(),
  indicators: z.array(z.string()),
  expectation: z.string().nullable(),
});

/**
 * A person as the identity block and the signatures print them (REGULATIONS.md §6.1): `position` carries "Plt."/"Plh."
 * for an acting official, `unit` the unit path with its organisation ("Seksi Pelayanan Umum, Kecamatan Plaju").
 */
export const partySchema = z.object({
  employeeId: z.string().nullable(),
  positionId: z.string().nullable(),
  name: z.string(),
  nip: z.string().nullable(),
  pangkat: z.string().nullable(),
  position: z.string(),
  unit: z.string(),
});
export type Party = z.infer<typeof partySchema>;

/** Who stood where at one workflow step, kept with the step: the pengelola only on review steps. */
export const signatoriesSchema = z.object({
  employee: partySchema,
  rater: partySchema.nullable(),
  atasanRater: partySchema.nullable(),
  pengelola: partySchema.nullable(),
});
export type Signatories = z.infer<typeof signatoriesSchema>;

export const skpEventSchema = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  signatories: signatoriesSchema.nullable(),
});

/** One text an ekspektasi khusus pimpinan had, with who wrote it and when; "" when it was cleared. */
export const expectationVersionSchema = z.object({
  valueCode: berakhlakValueSchema,
  text: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
});
export type ExpectationVersion = z.infer<typeof expectationVersionSchema>;

/**
 * The parties the SKP and Lampiran print: the snapshot of the approval ("approval"), or for an SKP not (yet)
 * approved the officials the chart resolves now ("current"), which the printout marks as such.
 */
export const printedPartiesSchema = z.object({
  basis: z.enum(["approval", "current"]),
  at: z.string().nullable(),
  employee: partySchema,
  rater: partySchema.nullable(),
  atasanRater: partySchema.nullable(),
});
export type PrintedParties = z.infer<typeof printedPartiesSchema>;

export const skpProblemSchema = z.object({ code: z.string(), message: z.string(), path: z.string() });
export type SkpProblem = z.infer<typeof skpProblemSchema>;

export const skpSummarySchema = z.object({
  id: z.string(),
  year: z.number().int(),
  revision: z.number().int(),
  status: skpStatusSchema,
  employeeId: z.string(),
  employeeName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
  reviewedAt: z.string().nullable(),
});
export type SkpSummary = z.infer<typeof skpSummarySchema>;

export const skpDetailSchema = skpSummarySchema.extend({
  model: skpModelSchema,
  approach: approachSchema,
  behaviourSet: z.string(),
  rhk: z.array(rhkSchema),
  behaviours: z.array(behaviourSchema),
  lampiran: lampiranSchema,
  employee: partySchema,
  rater: partySchema.nullable(),
  atasanRater: partySchema.nullable(),
  returnReason: z.string().nullable(),
  events: z.array(skpEventSchema),
  problems: z.array(skpProblemSchema),
  parentOptions: z.array(z.object({ id: z.string(), text: z.string(), kind: rhkKindSchema })),
  raterHasApprovedSkp: z.boolean(),
  /** The seat SKP the RHK atasan come from (the rater's seat), or null when there is none. */
  parentSource: parentSourceSchema.nullable(),
  /** External RHK atasan of the revision this draft replaces, still valid on it (rule 6, decision 0021). */
  carriedExternalParents: z.array(externalParentSchema),
  /** The Perjanjian Kinerja targets of the SKP's organisation for its year, which its RHK may carry (rule 7). */
  pkOptions: z.array(pkTargetRefSchema),
  previousRevisionId: z.string().nullable(),
  nextRevisionId: z.string().nullable(),
  verificationCode: z.string().nullable(),
  allowed: z.array(z.string()),
  /** The year's setting: whether this SKP goes through the pengelola kinerja's review. */
  skpReview: skpReviewSchema,
  signed: printedPartiesSchema,
  expectationHistory: z.array(expectationVersionSchema),
});
export type SkpDetail = z.infer<typeof skpDetailSchema>;
