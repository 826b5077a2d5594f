import { capaianApi, kurvaApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as capaian from "./capaian.service";
import { readCapaianUpload } from "./capaian.upload";
import * as kurva from "./kurva.service";

export function capaianRoutes(app: FastifyInstance) {
  route(app, capaianApi.list, ({ query }, ctx) => capaian.listCapaian(ctx, query));
  route(app, capaianApi.set, ({ body }, ctx) => capaian.setCapaian(ctx, body));
  route(app, capaianApi.record, async (_input, ctx, reply) => {
    const { fields, file } = await readCapaianUpload(reply.request);
    return capaian.recordExternal(ctx, fields, file);
  });
  route(app, capaianApi.scan, ({ query }, ctx, reply) => capaian.sendScan(ctx, query, reply));
  route(app, kurvaApi.get, ({ query }, ctx) => kurva.getKurva(ctx, query));
  route(app, kurvaApi.evaluations, ({ query }, ctx) => kurva.kurvaEvaluations(ctx, query));
  route(app, kurvaApi.finalise, ({ body }, ctx) => kurva.finaliseDistribution(ctx, body));
}
