import { z } from "zod";
import { idSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Where the request came from (account and sign-in events, refusals included). */
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditApi = {
  list: contract({
    method: "GET",
    path: "/api/audit-events",
    access: "audit",
    query: z.strictObject({
      subjectId: idSchema.optional(),
      action: z.string().max(60).optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(50),
    }),
    response: pageSchema(auditEventSchema),
  }),
};
