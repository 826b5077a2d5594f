import { z } from "zod";
import { byIdSchema, idSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  coachingFeedbackInputSchema,
  coachingInputSchema,
  coachingSchema,
  competencyEvaluationInputSchema,
  dialogueInputSchema,
  dialogueSchema,
} from "./coaching.schema";

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
