import { z } from "zod";
import { byIdSchema, idSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  decideKeberatanInputSchema,
  explainKeberatanInputSchema,
  externalDecisionInputSchema,
  fileKeberatanInputSchema,
  keberatanFileSchema,
  keberatanListItemSchema,
  keberatanListQuerySchema,
  keberatanViewSchema,
} from "./keberatan.schema";

const byEvaluation = z.strictObject({ evaluationId: idSchema });

/** Keberatan atas hasil evaluasi (PP 30/2019 Pasal 59; REGULATIONS.md §3.6), one contract per endpoint. */
export const keberatanApi = {
  /** The atasan's, the pengelola's (and any reader's) keberatan: pending first, paged. */
  list: contract({
    method: "GET",
    path: "/api/keberatan",
    access: "signed_in",
    query: keberatanListQuerySchema,
    response: pageSchema(keberatanListItemSchema),
  }),
  /** An evaluation's keberatan (or none yet), its window and what the caller may do. */
  view: contract({
    method: "GET",
    path: "/api/keberatan/evaluation/:evaluationId",
    access: "signed_in",
    params: byEvaluation,
    response: keberatanViewSchema,
  }),
  /** The employee files within the window. */
  file: contract({
    method: "POST",
    path: "/api/keberatan/evaluation/:evaluationId",
    access: "signed_in",
    params: byEvaluation,
    body: fileKeberatanInputSchema,
    response: keberatanViewSchema,
  }),
  /** The rater of record explains the rating. */
  explain: contract({
    method: "POST",
    path: "/api/keberatan/:id/explanation",
    access: "signed_in",
    params: byIdSchema,
    body: explainKeberatanInputSchema,
    response: keberatanViewSchema,
  }),
  /** The atasan of the rater decides; final. */
  decide: contract({
    method: "POST",
    path: "/api/keberatan/:id/decision",
    access: "signed_in",
    params: byIdSchema,
    body: decideKeberatanInputSchema,
    response: keberatanViewSchema,
  }),
  /** The pengelola kinerja records a decision made outside SIMKIN from its letter. */
  recordExternal: contract({
    method: "POST",
    path: "/api/keberatan/:id/external-decision",
    access: "signed_in",
    params: byIdSchema,
    body: externalDecisionInputSchema,
    response: keberatanViewSchema,
  }),
  /** Multipart: field `kind` (lampiran | surat_keputusan) then `file`. */
  upload: contract({
    method: "POST",
    path: "/api/keberatan/:id/files",
    access: "signed_in",
    params: byIdSchema,
    response: keberatanFileSchema,
  }),
  /** Who attached a file removes it while the keberatan is pending. */
  removeFile: contract({
    method: "DELETE",
    path: "/api/keberatan-files/:id",
    access: "signed_in",
    params: byIdSchema,
    response: z.object({ deleted: z.literal(true) }),
  }),
  download: contract({
    method: "GET",
    path: "/api/keberatan-files/:id",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
};
