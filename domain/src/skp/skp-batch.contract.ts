import { z } from "zod";
import { byIdSchema, idSchema } from "../http/common";
import { contract } from "../http/contract";

/** Where a batch is: rendering, its ZIP ready to download, stopped by an error, or its ZIP deleted after its time. */
export const batchStatusSchema = z.enum(["running", "done", "failed", "expired"]);
export type BatchStatus = z.infer<typeof batchStatusSchema>;

export const skpBatchSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  status: batchStatusSchema,
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  /** When the ZIP is deleted; null while the batch is still rendering. */
  expiresAt: z.string().nullable(),
});
export type SkpBatch = z.infer<typeof skpBatchSchema>;

export const startSkpBatchSchema = z.strictObject({
  unitId: idSchema,
  year: z.number().int().min(2020).max(2100),
});

/** The SKP PDFs of a unit and its sub-units for a year, in one ZIP (decision 0040). */
export const skpBatchApi = {
  start: contract({
    method: "POST",
    path: "/api/skps/batch",
    access: "admin_or_auditor",
    body: startSkpBatchSchema,
    response: skpBatchSchema,
  }),
  get: contract({
    method: "GET",
    path: "/api/skps/batch/:id",
    access: "admin_or_auditor",
    params: byIdSchema,
    response: skpBatchSchema,
  }),
  download: contract({
    method: "GET",
    path: "/api/skps/batch/:id/download",
    access: "admin_or_auditor",
    params: byIdSchema,
    response: z.unknown(),
  }),
};
