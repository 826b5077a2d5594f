import { contract } from "../http/contract";
import { unitPeriodQuerySchema } from "./capaian.schema";
import {
  finaliseDistributionSchema,
  kurvaEvaluationPageSchema,
  kurvaEvaluationQuerySchema,
  kurvaSchema,
} from "./kurva.schema";

/** The kurva distribusi of a unit and period, live while raters work, and its finalisation by the unit's head. */
export const kurvaApi = {
  get: contract({
    method: "GET",
    path: "/api/kurva",
    access: "signed_in",
    query: unitPeriodQuerySchema,
    response: kurvaSchema,
  }),
  evaluations: contract({
    method: "GET",
    path: "/api/kurva/evaluations",
    access: "signed_in",
    query: kurvaEvaluationQuerySchema,
    response: kurvaEvaluationPageSchema,
  }),
  finalise: contract({
    method: "POST",
    path: "/api/kurva/finalise",
    access: "signed_in",
    body: finaliseDistributionSchema,
    response: kurvaSchema,
  }),
};
