import { z } from "zod";
import { contract } from "../http/contract";

export const importRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** File endpoints: the body is multipart (upload) or the response is a file (template), so no JSON body schema. */
export const employeeImportApi = {
  template: contract({
    method: "GET",
    path: "/api/employee-imports/template",
    access: "admin",
    response: z.unknown(),
  }),
  upload: contract({
    method: "POST",
    path: "/api/employee-imports",
    access: "admin",
    response: z.object({ imported: z.number().int(), placed: z.number().int() }),
  }),
};
