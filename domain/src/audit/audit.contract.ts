import { z } from "zod";
import { idSchema, isoDateSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import { actionsOfFilter, auditSubjectTypes } from "./audit.catalogue";

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  /** The account's sign-in name. */
  actorName: z.string().nullable(),
  /** The person behind the account, when it belongs to an employee. */
  actorEmployeeName: z.string().nullable(),
  actorNip: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Where the request came from (account and sign-in events, refusals included). */
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** The trail counts matches up to this many; past it the total reads "more than" and the filters must narrow. */
export const AUDIT_COUNT_LIMIT = 10_000;

export const auditQuerySchema = z
  .strictObject({
    subjectId: idSchema.optional(),
    /** Who acted or whom it was about: part of a name, or of a NIP. */
    person: z
      .string()
      .trim()
      .min(2, "Nama atau NIP paling sedikit 2 karakter")
      .max(100, "Nama atau NIP paling banyak 100 karakter")
      .optional(),
    subjectType: z.enum(auditSubjectTypes, { message: "Jenis data tidak dikenal" }).optional(),
    /** One action ("skp.approve") or a group of them ("skp"). */
    action: z
      .string()
      .max(60)
      .refine((a) => actionsOfFilter(a) !== null, "Tindakan tidak dikenal")
      .optional(),
    /** WIB calendar days, both included. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["to"],
    message: "Tanggal akhir tidak boleh sebelum tanggal awal",
  })
  .refine((q) => (q.page - 1) * q.pageSize < AUDIT_COUNT_LIMIT, {
    path: ["page"],
    message: `Hanya ${AUDIT_COUNT_LIMIT.toLocaleString("id-ID")} kejadian pertama yang dapat dibuka; persempit pencarian`,
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditApi = {
  list: contract({
    method: "GET",
    path: "/api/audit-events",
    access: "audit",
    query: auditQuerySchema,
    response: pageSchema(auditEventSchema).extend({
      /** True when more events match than were counted (AUDIT_COUNT_LIMIT): `total` is then a lower bound. */
      totalIsLowerBound: z.boolean(),
    }),
  }),
};
