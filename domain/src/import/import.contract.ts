import { z } from "zod";
import { byIdSchema, pageSchema, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import { importRunSchema } from "./import-run";

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
  /** The recent runs of the import, newest first, whoever ran them (issue 11). */
  runs: contract({
    method: "GET",
    path: "/api/employee-imports/runs",
    access: "admin",
    query: z.strictObject({
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(50).default(10),
    }),
    response: pageSchema(importRunSchema),
  }),
  /**
   * The person who ran a failed import has dealt with it: the "Impor dengan galat" task goes. 403 for anyone else,
   * 409 `import_run_closed` when it imported or was already dismissed, 409 `stale_version`.
   */
  dismissRun: contract({
    method: "POST",
    path: "/api/employee-imports/runs/:id/dismiss",
    access: "admin",
    params: byIdSchema,
    body: z.strictObject({ version: versionSchema }),
    response: importRunSchema,
  }),
};
