import { keberatanApi, RuleViolation } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { downloadKeberatanFile, removeKeberatanFile, uploadKeberatanFile } from "./keberatan.files";
import * as keberatan from "./keberatan.service";

export function keberatanRoutes(app: FastifyInstance) {
  route(app, keberatanApi.list, ({ query }, ctx) => keberatan.listKeberatan(ctx, query));
  route(app, keberatanApi.view, ({ params }, ctx) => keberatan.getView(ctx, params.evaluationId));
  route(app, keberatanApi.file, ({ params, body }, ctx) => keberatan.fileKeberatan(ctx, params.evaluationId, body));
  route(app, keberatanApi.explain, ({ params, body }, ctx) => keberatan.explainKeberatan(ctx, params.id, body));
  route(app, keberatanApi.decide, ({ params, body }, ctx) => keberatan.decideKeberatan(ctx, params.id, body));
  route(app, keberatanApi.recordExternal, ({ params, body }, ctx) =>
    keberatan.recordExternalDecision(ctx, params.id, body),
  );
  route(app, keberatanApi.upload, async ({ params }, ctx, reply) => {
    let kind: string | null = null;
    for await (const part of reply.request.parts()) {
      if (part.type === "field" && part.fieldname === "kind") {
        kind = String(part.value);
      } else if (part.type === "file") {
        return uploadKeberatanFile(ctx, params.id, { kind, fileName: part.filename, bytes: await part.toBuffer() });
      }
    }
    throw new RuleViolation("file_required", "Pilih berkas", {}, "file");
  });
  route(app, keberatanApi.removeFile, ({ params }, ctx) => removeKeberatanFile(ctx, params.id));
  route(app, keberatanApi.download, ({ params }, ctx, reply) => downloadKeberatanFile(ctx, params.id, reply));
}
