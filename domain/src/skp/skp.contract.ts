import { z } from "zod";
import { byIdSchema, idSchema, okSchema, text, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import { skpReviewSchema } from "../period/period.schema";
import { berakhlakVersionSchema, createBerakhlakVersionSchema } from "./berakhlak.version";
import { expectationsInputSchema, skpContentSchema, skpDetailSchema, skpSummarySchema } from "./skp.schema";
import { skpChangesSchema } from "./skp-diff.schema";

const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2020).max(2100) });

/** An SKP in the pengelola kinerja's review inbox, with the rater it goes to. */
export const reviewItemSchema = skpSummarySchema.extend({
  raterName: z.string().nullable(),
  reviewedByName: z.string().nullable(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;
const versionBody = z.strictObject({ version: versionSchema });

export const skpApi = {
  mine: contract({
    method: "GET",
    path: "/api/skps/mine",
    access: "signed_in",
    query: yearQuery,
    response: z.array(skpSummarySchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/skps",
    access: "signed_in",
    body: z.strictObject({
      year: z.number().int().min(2020).max(2100),
      copyFromLastYear: z.boolean().default(false),
      /** A seat the employee holds as Plt in the year, for an SKP made for that seat; absent for his own position. */
      positionId: z.uuid({ message: "Jabatan tidak valid" }).optional(),
    }),
    response: skpDetailSchema,
  }),
  get: contract({
    method: "GET",
    path: "/api/skps/:id",
    access: "signed_in",
    params: byIdSchema,
    response: skpDetailSchema,
  }),
  saveContent: contract({
    method: "PUT",
    path: "/api/skps/:id/content",
    access: "signed_in",
    params: byIdSchema,
    body: skpContentSchema,
    response: skpDetailSchema,
  }),
  setExpectations: contract({
    method: "PUT",
    path: "/api/skps/:id/expectations",
    access: "signed_in",
    params: byIdSchema,
    body: expectationsInputSchema,
    response: skpDetailSchema,
  }),
  /** What changed since the SKP was last sent back (issue 11): RHK, IKI, targets, expectations, lampiran. */
  changes: contract({
    method: "GET",
    path: "/api/skps/:id/changes",
    access: "signed_in",
    params: byIdSchema,
    response: skpChangesSchema,
  }),
  submit: contract({
    method: "POST",
    path: "/api/skps/:id/submit",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: skpDetailSchema,
  }),
  approve: contract({
    method: "POST",
    path: "/api/skps/:id/approve",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: skpDetailSchema,
  }),
  return: contract({
    method: "POST",
    path: "/api/skps/:id/return",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({ reason: text("Alasan pengembalian", 1000), version: versionSchema }),
    response: skpDetailSchema,
  }),
  /** The pengelola kinerja's review: marks it reviewed (the note is optional), or with the review off a catatan. */
  review: contract({
    method: "POST",
    path: "/api/skps/:id/review",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({
      note: z.string().trim().max(1000, "Catatan perbaikan paling banyak 1000 karakter").default(""),
      version: versionSchema,
    }),
    response: skpDetailSchema,
  }),
  /** The pengelola kinerja sends a submitted SKP back to the employee with catatan perbaikan (REGULATIONS.md §6.7). */
  reviewReturn: contract({
    method: "POST",
    path: "/api/skps/:id/review-return",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({ note: text("Catatan perbaikan", 1000), version: versionSchema }),
    response: skpDetailSchema,
  }),
  /** The pengelola kinerja's inbox: submitted SKPs waiting for review, and reviewed ones waiting for the rater. */
  reviewInbox: contract({
    method: "GET",
    path: "/api/skps/review-inbox",
    access: "admin",
    query: yearQuery,
    response: z.object({
      skpReview: skpReviewSchema.nullable(),
      waiting: z.array(reviewItemSchema),
      reviewed: z.array(reviewItemSchema),
    }),
  }),
  revise: contract({
    method: "POST",
    path: "/api/skps/:id/revise",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: skpDetailSchema,
  }),
  inbox: contract({
    method: "GET",
    path: "/api/skps/inbox",
    access: "signed_in",
    query: yearQuery,
    response: z.object({
      waiting: z.array(skpSummarySchema),
      subordinates: z.array(
        z.object({
          employeeId: z.string(),
          name: z.string(),
          positionName: z.string(),
          skp: skpSummarySchema.nullable(),
        }),
      ),
      myApprovedSkp: z.boolean(),
      skpReview: skpReviewSchema.nullable(),
    }),
  }),
  pdf: contract({
    method: "GET",
    path: "/api/skps/:id/pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
  lampiranPdf: contract({
    method: "GET",
    path: "/api/skps/:id/lampiran-pdf",
    access: "signed_in",
    params: byIdSchema,
    response: z.unknown(),
  }),
};

export const mphAssignmentSchema = z.object({
  id: z.string(),
  /** The leader's RHK the peran-hasil intervenes; the subordinate's RHK names it as its parent. */
  raterRhkId: z.string(),
  /** The leader's IKI (the column of the matrix); null only for an assignment whose RHK had no IKI. */
  raterIkiId: z.string().nullable(),
  employeeId: z.string(),
  text: z.string(),
  version: z.number().int(),
});
export type MphAssignment = z.infer<typeof mphAssignmentSchema>;

const mphIkiSchema = z.object({
  id: z.string(),
  indicator: z.string(),
  target: z.string().nullable(),
  unit: z.string().nullable(),
});

/** The leader's approved RHK with their IKI: the IKI are the matrix's columns (REGULATIONS.md §2.2, issue 9 rule 17). */
export const mphRhkSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(["utama", "tambahan"]),
  ikis: z.array(mphIkiSchema),
});

const peranHasil = text("Peran/hasil", 500);

export const mphApi = {
  get: contract({
    method: "GET",
    path: "/api/mph",
    access: "signed_in",
    query: yearQuery,
    response: z.object({
      skpId: z.string().nullable(),
      rhk: z.array(mphRhkSchema),
      subordinates: z.array(z.object({ employeeId: z.string(), name: z.string(), positionName: z.string() })),
      assignments: z.array(mphAssignmentSchema),
    }),
  }),
  assign: contract({
    method: "POST",
    path: "/api/mph/assignments",
    access: "signed_in",
    body: z.strictObject({ raterIkiId: idSchema, employeeId: idSchema, text: peranHasil }),
    response: mphAssignmentSchema,
  }),
  /** Rewords the peran-hasil of a cell (optimistic version check). */
  update: contract({
    method: "PUT",
    path: "/api/mph/assignments/:id",
    access: "signed_in",
    params: byIdSchema,
    body: z.strictObject({ text: peranHasil, version: versionSchema }),
    response: mphAssignmentSchema,
  }),
  unassign: contract({
    method: "DELETE",
    path: "/api/mph/assignments/:id",
    access: "signed_in",
    params: byIdSchema,
    response: okSchema,
  }),
  /** The leader's matrix for a year as an A4 landscape PDF. */
  pdf: contract({
    method: "GET",
    path: "/api/mph/pdf",
    access: "signed_in",
    query: yearQuery,
    response: z.unknown(),
  }),
};

export const berakhlakApi = {
  list: contract({
    method: "GET",
    path: "/api/berakhlak",
    access: "signed_in",
    response: z.array(berakhlakVersionSchema),
  }),
  /** Adds a master version (REGULATIONS.md §3.2); SKPs made before keep the version they were made with. */
  create: contract({
    method: "POST",
    path: "/api/berakhlak",
    access: "admin",
    body: createBerakhlakVersionSchema,
    response: berakhlakVersionSchema,
  }),
};
