import { z } from "zod";
import { byIdSchema, idSchema, okSchema, pageSchema, text, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  coachingFeedbackInputSchema,
  coachingInputSchema,
  coachingSchema,
  competencyEvaluationInputSchema,
  dialogueInputSchema,
  dialogueSchema,
} from "./coaching";
import {
  complianceRowSchema,
  complianceSortSchema,
  complianceStatusSchema,
  complianceUnitSchema,
  notificationSchema,
} from "./notification.schema";
import {
  evidenceSchema,
  feedbackInputSchema,
  linkInputSchema,
  reportContentSchema,
  reportDetailSchema,
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
    response: reportDetailSchema,
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

/** No compliance answer holds more than this many rows (issue 10: every list is paged on the server). */
export const COMPLIANCE_PAGE_MAX = 100;

const complianceMonth = {
  year: z.coerce.number().int().min(2020).max(2100),
  month: z.coerce.number().int().min(1).max(12),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(COMPLIANCE_PAGE_MAX).default(20),
};
const complianceScopeSchema = z.enum(["team", "organisation", "all"]);
const scopeUnitSchema = z.object({ unitId: z.string(), unitName: z.string() });
/**
 * For the oversight roles: the unit whose subtree is shown (null: the whole government) and the scopes they can
 * switch to (their own organisation, the whole government). Empty for the pimpinan and raters.
 */
export const complianceCoverageSchema = z.object({
  within: scopeUnitSchema.nullable(),
  choices: z.array(scopeUnitSchema),
});
export type ComplianceCoverage = z.infer<typeof complianceCoverageSchema>;

export const complianceApi = {
  /** The people of the caller's scope for the month, one page; `unitId` drills down into one unit. */
  get: contract({
    method: "GET",
    path: "/api/compliance",
    access: "signed_in",
    query: z.strictObject({
      ...complianceMonth,
      within: idSchema.optional(),
      unitId: idSchema.optional(),
      status: complianceStatusSchema.optional(),
      q: z.string().trim().max(100, "Pencarian paling banyak 100 karakter").optional(),
      sort: complianceSortSchema.default("unit"),
    }),
    response: pageSchema(complianceRowSchema).extend({
      scope: complianceScopeSchema,
      coverage: complianceCoverageSchema,
    }),
  }),
  /** One summary per unit, for the whole-office view: people first on drill-down (`get` with `unitId`). */
  units: contract({
    method: "GET",
    path: "/api/compliance/units",
    access: "signed_in",
    query: z.strictObject({
      ...complianceMonth,
      within: idSchema.optional(),
      q: z.string().trim().max(100, "Pencarian paling banyak 100 karakter").optional(),
    }),
    response: pageSchema(complianceUnitSchema).extend({
      scope: complianceScopeSchema,
      coverage: complianceCoverageSchema,
      /** The counts of the whole scope (every unit, whatever the page and the unit filter). */
      totals: complianceUnitSchema.omit({ unitId: true, unitName: true }),
    }),
  }),
};

export const notificationApi = {
  list: contract({
    method: "GET",
    path: "/api/notifications",
    access: "signed_in",
    response: z.object({ unread: z.number().int(), items: z.array(notificationSchema) }),
  }),
  read: contract({
    method: "POST",
    path: "/api/notifications/:id/read",
    access: "signed_in",
    params: byIdSchema,
    response: okSchema,
  }),
  readAll: contract({ method: "POST", path: "/api/notifications/read-all", access: "signed_in", response: okSchema }),
};

const employeeQuery = z.strictObject({ employeeId: idSchema.optional() });

export const dialogueApi = {
  list: contract({
    method: "GET",
    path: "/api/dialogues",
    access: "signed_in",
    query: employeeQuery,
    response: z.array(dialogueSchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/dialogues",
    access: "signed_in",
    body: dialogueInputSchema,
    response: dialogueSchema,
  }),
  completeFollowUp: contract({
    method: "POST",
    path: "/api/dialogues/follow-ups/:id/done",
    access: "signed_in",
    params: byIdSchema,
    response: dialogueSchema,
  }),
};

export const coachingApi = {
  list: contract({
    method: "GET",
    path: "/api/coaching",
    access: "signed_in",
    query: employeeQuery,
    response: z.array(coachingSchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/coaching",
    access: "signed_in",
    body: coachingInputSchema,
    response: coachingSchema,
  }),
  feedback: contract({
    method: "PUT",
    path: "/api/coaching/:id/feedback",
    access: "signed_in",
    params: byIdSchema,
    body: coachingFeedbackInputSchema,
    response: coachingSchema,
  }),
  evaluation: contract({
    method: "PUT",
    path: "/api/coaching/:id/evaluation",
    access: "signed_in",
    params: byIdSchema,
    body: competencyEvaluationInputSchema,
    response: coachingSchema,
  }),
  /** Format B.1.8 as filled by the pegawai, an A4 PDF (issue 9 rule 14). */
  b18Pdf: contract({
    method: "GET",
    path: "/api/coaching/:id/b18-pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  /** Format B.1.9 as filled by the rater, an A4 PDF (issue 9 rule 14). */
  b19Pdf: contract({
    method: "GET",
    path: "/api/coaching/:id/b19-pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
};
