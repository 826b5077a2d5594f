import { RuleViolation, reportApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as evidence from "./evidence.service";
import * as review from "./report.review";
import * as reports from "./report.service";
import { sendReportPdf } from "./report-document";

export function reportRoutes(app: FastifyInstance) {
  route(app, reportApi.mine, ({ query }, ctx) => reports.myMonths(ctx, query.year));
  route(app, reportApi.inbox, (_input, ctx) => review.feedbackInbox(ctx));
  route(app, reportApi.open, ({ body }, ctx) => reports.openReport(ctx, body));
  route(app, reportApi.get, ({ params }, ctx) => reports.getReport(ctx, params.id));
  route(app, reportApi.save, ({ params, body }, ctx) => reports.saveReport(ctx, params.id, body));
  route(app, reportApi.submit, ({ params, body }, ctx) => review.submitReport(ctx, params.id, body.version));
  route(app, reportApi.feedback, ({ params, body }, ctx) => review.giveFeedback(ctx, params.id, body));
  route(app, reportApi.accept, ({ params, body }, ctx) => review.acceptReport(ctx, params.id, body.version));
  route(app, reportApi.requestRevision, ({ params, body }, ctx) =>
    review.requestRevision(ctx, params.id, body.reason, body.version),
  );
  route(app, reportApi.acknowledge, ({ params, body }, ctx) => review.acknowledge(ctx, params.id, body.version));
  route(app, reportApi.comment, ({ params, body }, ctx) => review.addComment(ctx, params.id, body.text));
  route(app, reportApi.addLink, ({ params, body }, ctx) => evidence.addLink(ctx, params.id, body));
  route(app, reportApi.upload, async ({ params }, ctx, reply) => {
    let rhkId: string | null = null;
    for await (const part of reply.request.parts()) {
      if (part.type === "field" && part.fieldname === "rhkId") {
        rhkId = String(part.value);
      } else if (part.type === "file") {
        return evidence.uploadEvidence(ctx, params.id, {
          rhkId,
          fileName: part.filename,
          bytes: await part.toBuffer(),
        });
      }
    }
    throw new RuleViolation("file_required", "Pilih berkas bukti dukung", {}, "file");
  });
  route(app, reportApi.removeEvidence, ({ params }, ctx) => evidence.removeEvidence(ctx, params.id, params.evidenceId));
  route(app, reportApi.downloadEvidence, ({ params }, ctx, reply) => evidence.downloadEvidence(ctx, params.id, reply));
  route(app, reportApi.pdf, ({ params }, ctx, reply) => sendReportPdf(ctx, params.id, reply));
}
