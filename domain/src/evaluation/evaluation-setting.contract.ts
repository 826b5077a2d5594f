import { z } from "zod";
import { contract } from "../http/contract";
import { evaluationSettingSchema, saveEvaluationSettingSchema } from "./evaluation-setting";

const yearSchema = z.coerce
  .number({ message: "Tahun tidak valid" })
  .int("Tahun tidak valid")
  .min(2020, "Tahun tidak valid")
  .max(2100, "Tahun tidak valid");

/** The year's evaluation settings: read by anyone signed in (other parts apply them), saved by the pengelola. */
export const evaluationSettingApi = {
  get: contract({
    method: "GET",
    path: "/api/evaluation-settings",
    access: "signed_in",
    query: z.strictObject({ year: yearSchema }),
    response: evaluationSettingSchema,
  }),
  save: contract({
    method: "PUT",
    path: "/api/evaluation-settings",
    access: "admin",
    body: saveEvaluationSettingSchema,
    response: evaluationSettingSchema,
  }),
};
