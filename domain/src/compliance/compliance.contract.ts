import { z } from "zod";
import { idSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  complianceRowSchema,
  complianceSortSchema,
  complianceStatusSchema,
  complianceUnitSchema,
  complianceUnitSortSchema,
  withoutSkpRowSchema,
} from "./compliance.schema";

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
      sort: complianceUnitSortSchema.default("name"),
    }),
    response: pageSchema(complianceUnitSchema).extend({
      scope: complianceScopeSchema,
      coverage: complianceCoverageSchema,
      /** The counts of the whole scope (every unit, whatever the page and the unit filter). */
      totals: complianceUnitSchema.omit({ unitId: true, unitName: true }),
    }),
  }),
  /**
   * The people of the caller's scope who hold a position today without an approved SKP for it in the year, one page
   * by unit and name (the pengelola's "N pegawai belum punya SKP" opens it).
   */
  withoutSkp: contract({
    method: "GET",
    path: "/api/compliance/without-skp",
    access: "signed_in",
    query: z.strictObject({
      year: complianceMonth.year,
      page: complianceMonth.page,
      pageSize: complianceMonth.pageSize,
      within: idSchema.optional(),
      q: z.string().trim().max(100, "Pencarian paling banyak 100 karakter").optional(),
    }),
    response: pageSchema(withoutSkpRowSchema).extend({
      scope: complianceScopeSchema,
      coverage: complianceCoverageSchema,
    }),
  }),
};
