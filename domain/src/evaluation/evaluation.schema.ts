import { z } from "zod";
import { versionSchema } from "../http/common";
import { berakhlakValueCodes } from "../skp/berakhlak";
import { approachSchema, aspekSchema, partySchema, rhkKindSchema } from "../skp/skp.schema";
import { capaianSchema, evaluationStatusSchema, predikatSchema, ratingSchema } from "./evaluation.enums";
import { evaluationActions } from "./evaluation.policy";

export const valueCodeSchema = z.enum(berakhlakValueCodes, { message: "Nilai BerAKHLAK tidak dikenal" });
const feedbackText = (label: string) => z.string().trim().max(4000, `${label} paling banyak 4000 karakter`);

/** Actions on an evaluation: the policy's, plus a colleague's anonymous peer input. */
export const evaluationActionSchema = z.enum([...evaluationActions, "peer_input"]);
export type EvaluationActionName = z.infer<typeof evaluationActionSchema>;

export const evaluationPartiesSchema = z.object({
  pegawai: partySchema.nullable(),
  penilai: partySchema.nullable(),
  atasan: partySchema.nullable(),
});
export type EvaluationPartiesSnapshot = z.infer<typeof evaluationPartiesSchema>;

const monthValueSchema = z.object({ month: z.number().int(), value: z.string() });

export const evaluationIkiSchema = z.object({
  ikiId: z.string(),
  aspek: aspekSchema.nullable(),
  indicator: z.string(),
  target: z.string().nullable(),
  unit: z.string().nullable(),
  /** The period's monthly realisations as reported (numbers or text). */
  months: z.array(monthValueSchema),
  /** Realisation so far (the IKI's own way of adding up) and its percentage of the share of the target due. */
  cumulative: z.number().nullable(),
  percent: z.number().nullable(),
  /** The evaluation's realisation text: saved, or prefilled from the reports. */
  realisation: z.string(),
});

export const monthlyFeedbackSchema = z.object({
  month: z.number().int(),
  wentWell: z.string(),
  toImprove: z.string(),
  support: z.string(),
});

export const evaluationRhkSchema = z.object({
  rhkId: z.string(),
  kind: rhkKindSchema,
  text: z.string(),
  ikis: z.array(evaluationIkiSchema),
  evidence: z.array(
    z.object({
      id: z.string(),
      month: z.number().int(),
      kind: z.enum(["file", "link"]),
      name: z.string(),
      url: z.string().nullable(),
    }),
  ),
  monthlyFeedback: z.array(monthlyFeedbackSchema),
  realisation: z.string(),
  feedback: z.string(),
});

export const evaluationBehaviourSchema = z.object({
  code: valueCodeSchema,
  name: z.string(),
  aspect: z.enum(["kemampuan_teknis", "sikap_kerja", "kontribusi_tim"]),
  expectation: z.string().nullable(),
  monthlyFeedback: z.array(z.object({ month: z.number().int(), text: z.string() })),
  feedback: z.string(),
  /** Anonymous colleagues' input: the rater only, and only with enough contributors; never names. */
  peer: z.array(z.string()).nullable(),
});

export const selfAssessmentSchema = z.object({
  summary: z.string(),
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});

export const evaluationDetailSchema = z.object({
  id: z.string(),
  skpId: z.string(),
  employeeId: z.string(),
  year: z.number().int(),
  periodCode: z.string(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  isAnnual: z.boolean(),
  status: evaluationStatusSchema,
  approach: approachSchema,
  parties: evaluationPartiesSchema,
  unitId: z.string(),
  unitName: z.string(),
  headOfUnit: z.boolean(),
  atasanExternal: z.boolean(),
  /** The unit's capaian kinerja organisasi for the period (the one used once set), or null. */
  capaian: capaianSchema.nullable(),
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  predikat: predikatSchema.nullable(),
  ruleVersion: z.string().nullable(),
  catatan: z.string(),
  rekomendasi: z.string(),
  /** The suggestion from the average achievement (a suggestion only). */
  suggestion: z.object({ percent: z.number().nullable(), rating: ratingSchema.nullable() }),
  rhk: z.array(evaluationRhkSchema),
  behaviours: z.array(evaluationBehaviourSchema),
  /** Months of the period (covered by the SKP) with no submitted report: rating is allowed, with this warning. */
  monthsWithoutReport: z.array(z.number().int()),
  selfAssessment: selfAssessmentSchema.nullable(),
  /** Distinct colleagues who gave peer input: the rater only (null for everyone else). */
  peerContributors: z.number().int().nullable(),
  finalisedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  keberatanDeadline: z.string().nullable(),
  allowed: z.array(evaluationActionSchema),
  version: z.number().int(),
});
export type EvaluationDetail = z.infer<typeof evaluationDetailSchema>;

export const openEvaluationSchema = z.strictObject({
  skpId: z.uuid({ message: "ID tidak valid" }),
  periodCode: z.string().trim().min(1, "Periode wajib diisi").max(8, "Periode tidak dikenal"),
});

/** What the rater writes. The predikat is never sent: it follows from the kuadran. */
export const ratingInputSchema = z.strictObject({
  rhk: z
    .array(
      z.strictObject({
        rhkId: z.string(),
        realisation: feedbackText("Realisasi"),
        feedback: feedbackText("Umpan balik"),
      }),
    )
    .max(100),
  ikis: z.array(z.strictObject({ ikiId: z.string(), realisation: feedbackText("Realisasi") })).max(400),
  behaviours: z.array(z.strictObject({ code: valueCodeSchema, feedback: feedbackText("Umpan balik") })).max(7),
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  catatan: feedbackText("Catatan"),
  rekomendasi: feedbackText("Rekomendasi"),
  version: versionSchema,
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

export const selfAssessmentInputSchema = z.strictObject({
  summary: feedbackText("Ringkasan"),
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  /** True sends it to the rater (it can still be changed until the result is set). */
  submit: z.boolean(),
  /** The self-assessment's version: 0 before the first save. */
  version: z.number({ message: "Versi wajib diisi" }).int().min(0),
});
export type SelfAssessmentInput = z.infer<typeof selfAssessmentInputSchema>;

export const peerInputSchema = z.strictObject({
  values: z
    .array(
      z.strictObject({
        valueCode: valueCodeSchema,
        text: z.string().trim().min(1, "Masukan wajib diisi").max(2000, "Masukan paling banyak 2000 karakter"),
      }),
    )
    .min(1, "Isi masukan untuk paling sedikit satu nilai")
    .max(7),
});
export type PeerInput = z.infer<typeof peerInputSchema>;

/** One row of the rater's "Penilaian Kinerja" list: a subordinate's SKP for the period, evaluated or not yet. */
export const teamEvaluationRowSchema = z.object({
  skpId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  positionName: z.string(),
  evaluationId: z.string().nullable(),
  /** "belum" when not rated yet. */
  status: z.enum(["belum", ...evaluationStatusSchema.options]),
  predikat: predikatSchema.nullable(),
  selfAssessed: z.boolean(),
});

/** One row of "Evaluasi Saya": the employee's SKP in one period, with its evaluation if opened. */
export const myEvaluationRowSchema = z.object({
  skpId: z.string(),
  periodCode: z.string(),
  periodLabel: z.string(),
  periodEnd: z.string(),
  isAnnual: z.boolean(),
  evaluationId: z.string().nullable(),
  status: z.enum(["belum", ...evaluationStatusSchema.options]),
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  predikat: predikatSchema.nullable(),
  receivedAt: z.string().nullable(),
  keberatanDeadline: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  selfAssessed: z.boolean(),
});

/** A colleague's evaluation on which the caller may give anonymous peer input. */
export const peerRequestRowSchema = z.object({
  evaluationId: z.string(),
  employeeName: z.string(),
  positionName: z.string(),
  periodCode: z.string(),
  given: z.boolean(),
});
