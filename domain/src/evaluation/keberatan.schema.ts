import { z } from "zod";
import { idSchema, isoDateSchema, versionSchema } from "../http/common";
import { evaluationStatusSchema, predikatSchema, ratingSchema } from "./evaluation.enums";
import { evaluationActions } from "./evaluation.policy";

/** Where a keberatan stands (PP 30/2019 Pasal 59; REGULATIONS.md §3.6): filed, explained by the rater, decided. */
export const keberatanStatusSchema = z.enum(["diajukan", "dijelaskan", "diputus"]);
export type KeberatanStatus = z.infer<typeof keberatanStatusSchema>;

/** dikabulkan: the ratings change (the predikat follows the kuadran again); ditolak: they are kept. */
export const keberatanOutcomeSchema = z.enum(["dikabulkan", "ditolak"], { message: "Pilih keputusan" });
export type KeberatanOutcome = z.infer<typeof keberatanOutcomeSchema>;

/** An attachment of the employee, or the scanned decision letter the pengelola records an external decision from. */
export const keberatanFileKindSchema = z.enum(["lampiran", "surat_keputusan"], {
  message: "Jenis berkas tidak dikenal",
});
export type KeberatanFileKind = z.infer<typeof keberatanFileKindSchema>;

/** Limits of the texts, set once here for the server and the forms. */
export const KEBERATAN_TEXT_MIN = 20;
export const KEBERATAN_TEXT_MAX = 4000;
/** At most this many files per keberatan (attachments and letters together). */
export const KEBERATAN_MAX_FILES = 10;

const longText = (label: string) =>
  z
    .string({ message: `${label} wajib diisi` })
    .trim()
    .min(1, `${label} wajib diisi`)
    .min(KEBERATAN_TEXT_MIN, `${label} paling sedikit ${KEBERATAN_TEXT_MIN} karakter`)
    .max(KEBERATAN_TEXT_MAX, `${label} paling banyak ${KEBERATAN_TEXT_MAX} karakter`);

export const fileKeberatanInputSchema = z.strictObject({
  reasons: longText("Alasan keberatan"),
  /** The evaluation's version as the employee saw it. */
  version: versionSchema,
});

export const explainKeberatanInputSchema = z.strictObject({
  explanation: longText("Penjelasan"),
  version: versionSchema,
});

const granted = {
  outcome: z.literal("dikabulkan"),
  ratingHasilKerja: ratingSchema,
  ratingPerilaku: ratingSchema,
  decision: longText("Keputusan tertulis"),
  version: versionSchema,
};
const rejected = {
  outcome: z.literal("ditolak"),
  decision: longText("Keputusan tertulis"),
  version: versionSchema,
};

/** The atasan's decision: new ratings when granted, none when rejected. */
export const decideKeberatanInputSchema = z.discriminatedUnion(
  "outcome",
  [z.strictObject(granted), z.strictObject(rejected)],
  { message: "Pilih keputusan" },
);
export type DecideKeberatanInput = z.infer<typeof decideKeberatanInputSchema>;

const letter = {
  letterNumber: z
    .string({ message: "Nomor surat wajib diisi" })
    .trim()
    .min(1, "Nomor surat wajib diisi")
    .max(100, "Nomor surat paling banyak 100 karakter"),
  letterDate: isoDateSchema,
  /** The scan uploaded first as a file of kind surat_keputusan. */
  scanFileId: idSchema,
};

/** A decision made outside SIMKIN, recorded by the pengelola kinerja from its official letter. */
export const externalDecisionInputSchema = z.discriminatedUnion(
  "outcome",
  [z.strictObject({ ...granted, ...letter }), z.strictObject({ ...rejected, ...letter })],
  { message: "Pilih keputusan" },
);
export type ExternalDecisionInput = z.infer<typeof externalDecisionInputSchema>;

export const keberatanFileSchema = z.object({
  id: z.string(),
  kind: keberatanFileKindSchema,
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  /** Whether the caller may remove it now: who attached it, while the keberatan is pending (keberatanFileRemoval). */
  canDelete: z.boolean(),
});
export type KeberatanFile = z.infer<typeof keberatanFileSchema>;

/** Both ratings and the predikat they gave, before and after a decision. */
export const ratingSnapshotSchema = z.object({
  ratingHasilKerja: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  predikat: predikatSchema.nullable(),
});
export type RatingSnapshot = z.infer<typeof ratingSnapshotSchema>;

export const keberatanSchema = z.object({
  id: z.string(),
  status: keberatanStatusSchema,
  reasons: z.string(),
  filedAt: z.string(),
  explanation: z.string().nullable(),
  explainedAt: z.string().nullable(),
  explainedByName: z.string().nullable(),
  outcome: keberatanOutcomeSchema.nullable(),
  decision: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  source: z.enum(["internal", "external"]).nullable(),
  letterNumber: z.string().nullable(),
  letterDate: z.string().nullable(),
  before: ratingSnapshotSchema.nullable(),
  after: ratingSnapshotSchema.nullable(),
  files: z.array(keberatanFileSchema),
  version: z.number().int(),
});
export type Keberatan = z.infer<typeof keberatanSchema>;

const person = z.object({ id: z.string(), name: z.string(), nip: z.string().nullable() }).nullable();

/** An evaluation as the keberatan screens show it, with the window and what the caller may do now. */
export const keberatanViewSchema = z.object({
  evaluation: z.object({
    id: z.string(),
    year: z.number().int(),
    periodCode: z.string(),
    status: evaluationStatusSchema,
    employee: person,
    rater: person,
    atasan: person,
    atasanExternal: z.boolean(),
    ratingHasilKerja: ratingSchema.nullable(),
    ratingPerilaku: ratingSchema.nullable(),
    predikat: predikatSchema.nullable(),
    receivedAt: z.string().nullable(),
    /** The last day (WIB) a keberatan may be filed; it counts until 23:59 WIB. */
    deadline: z.string().nullable(),
    windowOpen: z.boolean(),
    version: z.number().int(),
  }),
  keberatan: keberatanSchema.nullable(),
  actions: z.array(z.enum(evaluationActions)),
});
export type KeberatanView = z.infer<typeof keberatanViewSchema>;

export const keberatanListQuerySchema = z.strictObject({
  /** pending: filed or explained, waiting for a decision; all: decided ones too (pending first). */
  status: z.enum(["pending", "all"]).default("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const keberatanListItemSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  status: keberatanStatusSchema,
  year: z.number().int(),
  periodCode: z.string(),
  employeeName: z.string(),
  employeeNip: z.string(),
  atasanExternal: z.boolean(),
  outcome: keberatanOutcomeSchema.nullable(),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type KeberatanListItem = z.infer<typeof keberatanListItemSchema>;

export const KEBERATAN_PAGE_SIZE = 20;
