import { z } from "zod";
import { byIdSchema, idSchema } from "../http/common";
import { contract } from "../http/contract";
import { periodCodeSchema } from "./capaian.schema";
import { scanKindSchema } from "./document.rules";

/** A wet-signed scan kept with an evaluation or with a unit's Format Penetapan. */
export const evaluationScanSchema = z.object({
  id: z.string(),
  kind: scanKindSchema,
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
  contentHash: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  /** Whether the caller may remove this scan now (scanRemoval, decision 0063). */
  canDelete: z.boolean(),
});
export type EvaluationScan = z.infer<typeof evaluationScanSchema>;

export const evaluationScansSchema = z.object({
  scans: z.array(evaluationScanSchema),
  /** Whether the caller may upload a scan now (rater or pengelola, once the result is set). */
  canUpload: z.boolean(),
  /** Whether the documents can be printed (not while the evaluation is a draft / before the unit is finalised). */
  printable: z.boolean(),
});
export type EvaluationScans = z.infer<typeof evaluationScansSchema>;

/** The unit and period of a Format Penetapan Predikat Kinerja. */
export const penetapanParamsSchema = z.strictObject({ unitId: idSchema });
export const penetapanQuerySchema = z.strictObject({
  year: z.coerce.number({ message: "Tahun wajib diisi" }).int().min(2020).max(2100),
  period: periodCodeSchema,
});
export type PenetapanQuery = z.infer<typeof penetapanQuerySchema>;

/** The official evaluation printouts and their wet-signed scans (REGULATIONS.md §6.4, §6.5, §2.4 step 3). */
export const evaluationDocumentApi = {
  /** Evaluasi Kinerja Pegawai (A4 PDF). */
  ekpPdf: contract({
    method: "GET",
    path: "/api/evaluations/:id/ekp-pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  /** Dokumen Evaluasi Kinerja Pegawai (A4 PDF). */
  dokumenPdf: contract({
    method: "GET",
    path: "/api/evaluations/:id/dokumen-pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  scans: contract({
    method: "GET",
    path: "/api/evaluations/:id/scans",
    access: "signed_in",
    params: byIdSchema,
    response: evaluationScansSchema,
  }),
  /** Multipart: field `kind` (scan_ekp | scan_dokumen) then `file` (PDF, JPEG or PNG). */
  uploadScan: contract({
    method: "POST",
    path: "/api/evaluations/:id/scans",
    access: "signed_in",
    params: byIdSchema,
    response: evaluationScanSchema,
  }),
  /** Removes a scan uploaded by mistake (decision 0063); the audit trail keeps what it was. */
  deleteScan: contract({
    method: "DELETE",
    path: "/api/evaluation-scans/:id",
    access: "signed_in",
    params: byIdSchema,
    response: z.object({ deleted: z.literal(true) }),
  }),
  downloadScan: contract({
    method: "GET",
    path: "/api/evaluation-scans/:id",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  /** Format Penetapan Predikat Kinerja of a unit and period (A4 PDF). */
  penetapanPdf: contract({
    method: "GET",
    path: "/api/evaluation-units/:unitId/penetapan-pdf",
    access: "signed_in",
    params: penetapanParamsSchema,
    query: penetapanQuerySchema,
    response: z.unknown(),
  }),
  penetapanScans: contract({
    method: "GET",
    path: "/api/evaluation-units/:unitId/penetapan-scans",
    access: "signed_in",
    params: penetapanParamsSchema,
    query: penetapanQuerySchema,
    response: evaluationScansSchema,
  }),
  /** Multipart: field `file` (PDF, JPEG or PNG); the unit's period must be finalised. */
  uploadPenetapanScan: contract({
    method: "POST",
    path: "/api/evaluation-units/:unitId/penetapan-scans",
    access: "signed_in",
    params: penetapanParamsSchema,
    query: penetapanQuerySchema,
    response: evaluationScanSchema,
  }),
};
