import { berakhlakApi, mphApi, skpApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { skpBatchRoutes } from "./batch/batch.routes";
import { addBerakhlakVersion, listBerakhlak } from "./berakhlak.service";
import * as mph from "./mph.service";
import { sendMphPdf } from "./mph-document";
import { reviewInbox } from "./review.service";
import { setExpectations } from "./skp.expectations";
import * as skps from "./skp.service";
import * as workflow from "./skp.workflow";
import { changesSinceReturn } from "./skp-changes.service";
import { sendSkpPdf } from "./skp-document";
import * as team from "./team.service";

export function skpRoutes(app: FastifyInstance) {
  route(app, skpApi.mine, ({ query }, ctx) => skps.mySkps(ctx, query.year));
  route(app, skpApi.inbox, ({ query }, ctx) => team.inbox(ctx, query.year));
  route(app, skpApi.create, ({ body }, ctx) => skps.createSkp(ctx, body));
  route(app, skpApi.get, ({ params }, ctx) => skps.getSkp(ctx, params.id));
  route(app, skpApi.changes, ({ params }, ctx) => changesSinceReturn(ctx, params.id));
  route(app, skpApi.saveContent, ({ params, body }, ctx) => skps.saveContent(ctx, params.id, body));
  route(app, skpApi.setExpectations, ({ params, body }, ctx) => setExpectations(ctx, params.id, body));
  route(app, skpApi.submit, ({ params, body }, ctx) => workflow.submitSkp(ctx, params.id, body.version));
  route(app, skpApi.approve, ({ params, body }, ctx) => workflow.approveSkp(ctx, params.id, body.version));
  route(app, skpApi.return, ({ params, body }, ctx) => workflow.returnSkp(ctx, params.id, body.reason, body.version));
  route(app, skpApi.review, ({ params, body }, ctx) => workflow.reviewSkp(ctx, params.id, body.note, body.version));
  route(app, skpApi.reviewReturn, ({ params, body }, ctx) =>
    workflow.reviewReturnSkp(ctx, params.id, body.note, body.version),
  );
  route(app, skpApi.reviewInbox, ({ query }, ctx) => reviewInbox(ctx, query.year));
  route(app, skpApi.revise, ({ params, body }, ctx) => workflow.reviseSkp(ctx, params.id, body.version));
  route(app, skpApi.pdf, ({ params }, ctx, reply) => sendSkpPdf(ctx, params.id, reply, "skp"));
  route(app, skpApi.lampiranPdf, ({ params }, ctx, reply) => sendSkpPdf(ctx, params.id, reply, "lampiran"));
  route(app, mphApi.get, ({ query }, ctx) => mph.matrix(ctx, query.year));
  route(app, mphApi.assign, ({ body }, ctx) => mph.assign(ctx, body));
  route(app, mphApi.update, ({ params, body }, ctx) => mph.update(ctx, params.id, body));
  route(app, mphApi.unassign, ({ params }, ctx) => mph.unassign(ctx, params.id));
  route(app, mphApi.pdf, ({ query }, ctx, reply) => sendMphPdf(ctx, query.year, reply));
  route(app, berakhlakApi.list, (_input, ctx) => listBerakhlak(ctx));
  route(app, berakhlakApi.create, ({ body }, ctx) => addBerakhlakVersion(ctx, body));
  skpBatchRoutes(app);
}
