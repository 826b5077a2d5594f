import { evaluationDocumentApi as api, RuleViolation } from "@simkin/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { route } from "../../http/route";
import { sendEvaluationPdf, sendPenetapanPdf } from "./evaluation-document";
import { deleteScan } from "./scan.removal";
import type { ScanUpload } from "./scan.service";
import * as scans from "./scan.service";

/** Reads a multipart upload: an optional `kind` field, then the file. */
async function readUpload(request: FastifyRequest): Promise<ScanUpload> {
  let kind: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === "field" && part.fieldname === "kind") {
      kind = String(part.value);
    } else if (part.type === "file") {
      return { kind, fileName: part.filename, bytes: await part.toBuffer() };
    }
  }
  throw new RuleViolation("file_required", "Pilih berkas pindaian", {}, "file");
}

/** The evaluation printouts (EKP, Dokumen, Format Penetapan) and their wet-signed scans. */
export function evaluationDocumentRoutes(app: FastifyInstance) {
  route(app, api.ekpPdf, ({ params }, ctx, reply) => sendEvaluationPdf(ctx, params.id, reply, "ekp"));
  route(app, api.dokumenPdf, ({ params }, ctx, reply) => sendEvaluationPdf(ctx, params.id, reply, "dokumen"));
  route(app, api.scans, ({ params }, ctx) => scans.listEvaluationScans(ctx, params.id));
  route(app, api.uploadScan, ({ params }, ctx, reply) =>
    scans.uploadEvaluationScan(ctx, params.id, () => readUpload(reply.request)),
  );
  route(app, api.deleteScan, ({ params }, ctx) => deleteScan(ctx, params.id));
  route(app, api.downloadScan, ({ params }, ctx, reply) => scans.downloadScan(ctx, params.id, reply));
  route(app, api.penetapanPdf, ({ params, query }, ctx, reply) =>
    sendPenetapanPdf(ctx, { unitId: params.unitId, year: query.year, period: query.period }, reply),
  );
  route(app, api.penetapanScans, ({ params, query }, ctx) =>
    scans.listPenetapanScans(ctx, { unitId: params.unitId, year: query.year, period: query.period }),
  );
  route(app, api.uploadPenetapanScan, ({ params, query }, ctx, reply) =>
    scans.uploadPenetapanScan(ctx, { unitId: params.unitId, year: query.year, period: query.period }, () =>
      readUpload(reply.request),
    ),
  );
}
