import { employeeImportApi, RuleViolation } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { buildTemplate } from "./employee-sheet";
import { importEmployees } from "./import.service";
import { dismissRun, listRuns } from "./import-run.service";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function importRoutes(app: FastifyInstance) {
  route(app, employeeImportApi.template, async (_input, _ctx, reply) => {
    reply.header("content-type", XLSX);
    reply.header("content-disposition", 'attachment; filename="templat-impor-pegawai.xlsx"');
    return buildTemplate();
  });
  route(app, employeeImportApi.upload, async (_input, ctx, reply) => {
    const file = await reply.request.file();
    if (!file) {
      throw new RuleViolation("import_no_file", "Pilih berkas .xlsx untuk diimpor", {}, "file");
    }
    return importEmployees(ctx, await file.toBuffer(), fileNameOf(file.filename));
  });
  route(app, employeeImportApi.runs, ({ query }, ctx) => listRuns(ctx, query));
  route(app, employeeImportApi.dismissRun, ({ params, body }, ctx) => dismissRun(ctx, params.id, body.version));
}

/** The uploaded file's own name, without any folder a browser sent, at most 200 characters. */
function fileNameOf(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop()?.trim() ?? "";
  return (base || "berkas.xlsx").slice(0, 200);
}
