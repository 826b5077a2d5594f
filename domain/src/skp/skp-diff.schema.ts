import { z } from "zod";
import { accumulationSchema } from "./accumulation";
import {
  approachSchema,
  aspekSchema,
  berakhlakValueSchema,
  lampiranKindSchema,
  lampiranSchema,
  perspektifSchema,
  rhkKindSchema,
  skpModelSchema,
} from "./skp.schema";

/**
 * The SKP's content as the rater returned it (decision 0050): kept with the return step, read whole to show what
 * the employee changed before resubmitting. Ids are left out: a saved draft writes its RHK and IKI afresh.
 */
export const snapshotIkiSchema = z.object({
  aspek: aspekSchema.nullable(),
  indicator: z.string(),
  target: z.string().nullable(),
  unit: z.string().nullable(),
  accumulation: accumulationSchema.nullable(),
});
export type SnapshotIki = z.infer<typeof snapshotIkiSchema>;

export const snapshotRhkSchema = z.object({
  kind: rhkKindSchema,
  text: z.string(),
  /** The intervened RHK atasan as its text (in SIMKIN or typed from outside), null for none. */
  parent: z.string().nullable(),
  perspektif: perspektifSchema.nullable(),
  ikis: z.array(snapshotIkiSchema),
});
export type SnapshotRhk = z.infer<typeof snapshotRhkSchema>;

export const skpSnapshotSchema = z.object({
  model: skpModelSchema,
  approach: approachSchema,
  rhk: z.array(snapshotRhkSchema),
  lampiran: lampiranSchema,
  expectations: z.array(z.object({ valueCode: berakhlakValueSchema, text: z.string() })),
});
export type SkpSnapshot = z.infer<typeof skpSnapshotSchema>;

/** How an RHK or IKI fared between the return and now; `moved` alone is a change of place only. */
export const diffChangeSchema = z.enum(["added", "removed", "changed", "moved", "unchanged"]);
export type DiffChange = z.infer<typeof diffChangeSchema>;

const fieldChange = <T extends z.ZodType>(field: T) =>
  z.object({ field, before: z.string().nullable(), after: z.string().nullable() });

export const rhkFieldSchema = z.enum(["text", "kind", "parent", "perspektif"]);
export type RhkField = z.infer<typeof rhkFieldSchema>;
export const ikiFieldSchema = z.enum(["indicator", "aspek", "target", "unit", "accumulation"]);
export type IkiField = z.infer<typeof ikiFieldSchema>;

export const ikiDiffSchema = z.object({
  change: diffChangeSchema,
  /** Its place among the RHK's IKI changed (also when it changed otherwise). */
  moved: z.boolean(),
  /** 1-based place in the RHK, as returned and as now; null on the side it is missing from. */
  beforeNo: z.number().int().nullable(),
  afterNo: z.number().int().nullable(),
  before: snapshotIkiSchema.nullable(),
  after: snapshotIkiSchema.nullable(),
  fields: z.array(fieldChange(ikiFieldSchema)),
});
export type IkiDiff = z.infer<typeof ikiDiffSchema>;

export const rhkDiffSchema = z.object({
  change: diffChangeSchema,
  moved: z.boolean(),
  /** 1-based number within its section (A. utama, B. tambahan), as the Hasil Kerja table numbers it. */
  beforeNo: z.number().int().nullable(),
  afterNo: z.number().int().nullable(),
  /** Its kind and text now, or as returned for a removed RHK. */
  kind: rhkKindSchema,
  text: z.string(),
  fields: z.array(fieldChange(rhkFieldSchema)),
  ikis: z.array(ikiDiffSchema),
});
export type RhkDiff = z.infer<typeof rhkDiffSchema>;

export const skpDiffSchema = z.object({
  model: z.object({ before: skpModelSchema, after: skpModelSchema }).nullable(),
  approach: z.object({ before: approachSchema, after: approachSchema }).nullable(),
  /** Every RHK in today's order, a removed one where it stood; unchanged ones too, so the numbers read right. */
  rhk: z.array(rhkDiffSchema),
  expectations: z.array(
    z.object({
      valueCode: berakhlakValueSchema,
      change: z.enum(["added", "removed", "changed"]),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  ),
  lampiran: z.array(z.object({ kind: lampiranKindSchema, change: z.enum(["added", "removed"]), text: z.string() })),
  /** How many things changed: RHK not unchanged, expectations, lampiran items, model and approach. */
  changes: z.number().int(),
});
export type SkpDiff = z.infer<typeof skpDiffSchema>;

/** What changed since the SKP was last sent back (by the rater or the pengelola kinerja); all null if it never was. */
export const skpChangesSchema = z.object({
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  reason: z.string().nullable(),
  diff: skpDiffSchema.nullable(),
});
export type SkpChanges = z.infer<typeof skpChangesSchema>;
