import { z } from "zod";
import { byIdSchema, pageSchema, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  evaluationDetailSchema,
  myEvaluationRowSchema,
  openEvaluationSchema,
  peerInputSchema,
  peerRequestRowSchema,
  ratingInputSchema,
  selfAssessmentInputSchema,
  teamEvaluationRowSchema,
} from "./evaluation.schema";

const year = z.coerce.number().int().min(2020).max(2100);
const periodCode = z.string().trim().min(1).max(8);
const versionBody = z.strictObject({ version: versionSchema });

/** The rating part of issue 12: the workspace, the rating, finalising, acknowledging, self-assessment, peer input. */
export const evaluationApi = {
  team: contract({
    method: "GET",
    path: "/api/evaluations/team",
    access: "signed_in",
    query: z.strictObject({ year, periodCode, page: z.coerce.number().int().min(1).default(1) }),
    response: pageSchema(teamEvaluationRowSchema),
  }),
  mine: contract({
    method: "GET",
    path: "/api/evaluations/mine",
    access: "signed_in",
    query: z.strictObject({ year }),
    response: z.array(myEvaluationRowSchema),
  }),
  peerRequests: contract({
    method: "GET",
    path: "/api/evaluations/peer-requests",
    access: "signed_in",
    query: z.strictObject({ year }),
    response: z.array(peerRequestRowSchema),
  }),
  open: contract({
    method: "POST",
    path: "/api/evaluations",
    access: "signed_in",
    body: openEvaluationSchema,
    response: evaluationDetailSchema,
  }),
  get: contract({
    method: "GET",
    path: "/api/evaluations/:id",
    access: "signed_in",
    params: byIdSchema,
    response: evaluationDetailSchema,
  }),
  rate: contract({
    method: "PUT",
    path: "/api/evaluations/:id/rating",
    access: "signed_in",
    params: byIdSchema,
    body: ratingInputSchema,
    response: evaluationDetailSchema,
  }),
  finalise: contract({
    method: "POST",
    path: "/api/evaluations/:id/finalise",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: evaluationDetailSchema,
  }),
  acknowledge: contract({
    method: "POST",
    path: "/api/evaluations/:id/acknowledge",
    access: "signed_in",
    params: byIdSchema,
    body: versionBody,
    response: evaluationDetailSchema,
  }),
  selfAssess: contract({
    method: "PUT",
    path: "/api/evaluations/:id/self-assessment",
    access: "signed_in",
    params: byIdSchema,
    body: selfAssessmentInputSchema,
    response: evaluationDetailSchema,
  }),
  peerInput: contract({
    method: "PUT",
    path: "/api/evaluations/:id/peer-input",
    access: "signed_in",
    params: byIdSchema,
    body: peerInputSchema,
    response: z.object({ ok: z.literal(true) }),
  }),
};
