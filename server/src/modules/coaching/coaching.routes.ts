import { coachingApi, dialogueApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as coaching from "./coaching.service";
import { sendCoachingPdf } from "./coaching-document";
import * as dialogues from "./dialogue.service";

export function coachingRoutes(app: FastifyInstance) {
  route(app, dialogueApi.list, ({ query }, ctx) => dialogues.listDialogues(ctx, query.employeeId));
  route(app, dialogueApi.create, ({ body }, ctx) => dialogues.createDialogue(ctx, body));
  route(app, dialogueApi.completeFollowUp, ({ params }, ctx) => dialogues.completeFollowUp(ctx, params.id));
  route(app, coachingApi.list, ({ query }, ctx) => coaching.listCoaching(ctx, query.employeeId));
  route(app, coachingApi.create, ({ body }, ctx) => coaching.createCoaching(ctx, body));
  route(app, coachingApi.feedback, ({ params, body }, ctx) => coaching.giveFeedback(ctx, params.id, body));
  route(app, coachingApi.evaluation, ({ params, body }, ctx) => coaching.evaluate(ctx, params.id, body));
  route(app, coachingApi.b18Pdf, ({ params }, ctx, reply) => sendCoachingPdf(ctx, params.id, "b18", reply));
  route(app, coachingApi.b19Pdf, ({ params }, ctx, reply) => sendCoachingPdf(ctx, params.id, "b19", reply));
}
