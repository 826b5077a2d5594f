import {
  accumulationSchema,
  approachSchema,
  aspekSchema,
  lampiranKindSchema,
  perspektifSchema,
  rhkKindSchema,
  skpModelSchema,
} from "@simkin/domain";
import { z } from "zod";
import { type ContentValues, toBody } from "./content-form";

const item = z.object({ key: z.string(), text: z.string() });

/** The editor's form state as stored in a local draft (issue 11), checked before it is put back into the form. */
const contentValuesSchema = z.object({
  model: skpModelSchema,
  approach: approachSchema,
  rhk: z.array(
    z.object({
      key: z.string(),
      kind: rhkKindSchema,
      text: z.string(),
      parentRhkId: z.string().nullable(),
      parentRhkText: z.string().nullable(),
      perspektif: perspektifSchema.nullable(),
      fromAssignmentId: z.string().nullable(),
      ikis: z.array(
        z.object({
          key: z.string(),
          aspek: aspekSchema.nullable(),
          indicator: z.string(),
          target: z.string(),
          unit: z.string(),
          accumulation: accumulationSchema.nullable(),
        }),
      ),
      externalText: z.string(),
      externalReference: z.string(),
      assignedBy: z.string().nullable(),
      pkTargetIds: z.array(z.string()),
    }),
  ),
  lampiran: z.record(lampiranKindSchema, z.array(item)),
});

/** A stored draft's values, or null when they no longer fit the form. */
export function parseContentDraft(raw: unknown): ContentValues | null {
  return contentValuesSchema.safeParse(raw).data ?? null;
}

/** Two drafts are the same when they save the same content (row keys are the browser's own). */
export function contentOf(values: ContentValues): unknown {
  return toBody(values, 0);
}
