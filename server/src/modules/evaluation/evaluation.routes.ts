import { evaluationApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { myEvaluations, peerRequests, teamEvaluations } from "./evaluation.lists";
import { getEvaluation, openEvaluation } from "./evaluation.service";
import { givePeerInput } from "./peer-input.service";
import * as rating from "./rating.service";

export function evaluationRoutes(app: FastifyInstance) {
  route(app, evaluationApi.team, ({ query }, ctx) => teamEvaluations(ctx, query));
  route(app, evaluationApi.mine, ({ query }, ctx) => myEvaluations(ctx, query.year));
  route(app, evaluationApi.peerRequests, ({ query }, ctx) => peerRequests(ctx, query.year));
  route(app, evaluationApi.open, ({ body }, ctx) => openEvaluation(ctx, body));
  route(app, evaluationApi.get, ({ params }, ctx) => getEvaluation(ctx, params.id));
  route(app, evaluationApi.rate, ({ params, body }, ctx) => rating.rate(ctx, params.id, body));
  route(app, evaluationApi.finalise, ({ params, body }, ctx) => rating.finalise(ctx, params.id, body.version));
  route(app, evaluationApi.acknowledge, ({ params, body }, ctx) => rating.acknowledge(ctx, params.id, body.version));
  route(app, evaluationApi.selfAssess, ({ params, body }, ctx) => rating.selfAssess(ctx, params.id, body));
  route(app, evaluationApi.peerInput, ({ params, body }, ctx) => givePeerInput(ctx, params.id, body));
}
