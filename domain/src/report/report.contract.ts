import { z } from "zod";
import { byIdSchema, idSchema, okSchema, text, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  evidenceSchema,
  feedbackInputSchema,
  linkInputSchema,
  reportContentSchema,
  reportDetailSchema,
  reportSavedSchema,
  reportSummarySchema,
} from "./report.schema";

const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2020).max(2100) });
const versionBody = z.strictObject({ version: versionSchema });
const month = z.number({ message: "Bulan wajib diisi" }).int().min(1, "Bulan 1-12").max(12, "Bulan 1-12");

export const reportMonthSchema = z.object({
  skpId: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  deadline: z.string(),
  report: reportSummarySchema.nullable(),
  /** isReportLate for the month, also when no report was opened. */
  late: z.boolean(),
});

export const reportApi = {
  mine: contract({
    method: "GET",
    path: "/api/reports/mine",
    access: "signed_in",
    query: yearQuery,
    response: z.array(reportMonthSchema),
  }),
  open: contract({
    method: "POST",
    path: "/api/reports",
    access: "signed_in",
    body: z.strictObject({
      year: z.number().int().min(2020).max(2100),
      month,
      copyFromLastMonth: z.boolean().default(false),
    }),
    response: reportDetailSchema,
  }),
  get: contract({
    method: "GET",
    path: "/api/reports/:id",
    access: "signed_in",
    params: byIdSchema,
    response: reportDetailSchema,
  }),
  save: contract({
    method: "PUT",
    path: "/api/reports/:id/content",
    access: "signed_in",
    params: byIdSchema,
    body: reportContentSchema,
    response: reportSavedSchema,
  }),
  submit: contract({
    method: "POST",
    path: "/api/reports/:id/submit",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: reportDetailSchema,
  }),
  feedback: contract({
    method: "PUT",
    path: "/api/reports/:id/feedback",
    access: "signed_in",
    params: byIdSchema,
    body: feedbackInputSchema,
    response: reportDetailSchema,
  }),
  accept: contract({
    method: "POST",
    path: "/api/reports/:id/accept",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: reportDetailSchema,
  }),
  requestRevision: contract({
    method: "POST",
    path: "/api/reports/:id/revision",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({ reason: text("Alasan revisi", 2000), version: versionSchema }),
    response: reportDetailSchema,
  }),
  acknowledge: contract({
    method: "POST",
    path: "/api/reports/:id/acknowledge",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: reportDetailSchema,
  }),
  comment: contract({
    method: "POST",
    path: "/api/reports/:id/comments",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({ text: text("Balasan", 2000) }),
    response: reportDetailSchema,
  }),
  addLink: contract({
    method: "POST",
    path: "/api/reports/:id/links",
    access: "signed_in",
    params: byIdSchema,
    body: linkInputSchema,
    response: evidenceSchema,
  }),
  /** Multipart: fields `rhkId` then `file`. */
  upload: contract({
    method: "POST",
    path: "/api/reports/:id/evidence",
    access: "signed_in",
    params: byIdSchema,
    response: evidenceSchema,
  }),
  removeEvidence: contract({
    method: "DELETE",
    path: "/api/reports/:id/evidence/:evidenceId",
    access: "signed_in",
    params: z.strictObject({ id: idSchema, evidenceId: idSchema }),
    response: okSchema,
  }),
  downloadEvidence: contract({
    method: "GET",
    path: "/api/evidence/:id",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  inbox: contract({
    method: "GET",
    path: "/api/reports/inbox",
    access: "signed_in",
    response: z.array(reportSummarySchema),
  }),
  pdf: contract({
    method: "GET",
    path: "/api/reports/:id/pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
};
