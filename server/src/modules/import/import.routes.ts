import { employeeImportApi, RuleViolation } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { buildTemplate } from "./employee-sheet";
import { importEmployees } from "./import.service";

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
    return importEmployees(ctx, await file.toBuffer());
  });
}
