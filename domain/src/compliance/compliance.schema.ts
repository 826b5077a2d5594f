import { z } from "zod";

export const complianceStatusSchema = z.enum(["belum", "draft", "diajukan", "perlu_revisi", "diterima"]);
export type ComplianceStatus = z.infer<typeof complianceStatusSchema>;
/** unit: unit, position and name; name: the employee's name; status: by status; waiting: longest wait for feedback first. */
export const complianceSortSchema = z.enum(["unit", "name", "status", "waiting"]);
export type ComplianceSort = z.infer<typeof complianceSortSchema>;
/** The unit summaries: by name, or the units with the most people late, not submitted or waiting first. */
export const complianceUnitSortSchema = z.enum(["name", "late", "missing", "waitingFeedback"]);
export type ComplianceUnitSort = z.infer<typeof complianceUnitSortSchema>;

export const complianceRowSchema = z.object({
  employeeId: z.string(),
  employeeName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  reportId: z.string().nullable(),
  status: complianceStatusSchema,
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  waitingFeedbackDays: z.number().int().nullable(),
  /** IKI of the SKP, and how many the month's report has a realisation for (a number or, kualitatif, words). */
  ikiTotal: z.number().int(),
  ikiReported: z.number().int(),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

/** A unit's month: its people with an approved SKP, and how many have submitted, are late, wait, have not reported. */
export const complianceUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  people: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
  waitingFeedback: z.number().int(),
  missing: z.number().int(),
});
export type ComplianceUnit = z.infer<typeof complianceUnitSchema>;

/**
 * Someone of the scope holding a position today without an approved SKP for it this year (REGULATIONS.md §2.1), with
 * how far their SKP for that position got (none: not begun).
 */
export const withoutSkpStatusSchema = z.enum(["none", "draft", "diajukan", "direviu", "dikembalikan"]);
export type WithoutSkpStatus = z.infer<typeof withoutSkpStatusSchema>;
export const withoutSkpRowSchema = z.object({
  employeeId: z.string(),
  employeeName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  skpId: z.string().nullable(),
  skpStatus: withoutSkpStatusSchema,
});
export type WithoutSkpRow = z.infer<typeof withoutSkpRowSchema>;
