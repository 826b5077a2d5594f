import { auditApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as audit from "./audit.repo";

export function auditRoutes(app: FastifyInstance) {
  route(app, auditApi.list, async ({ query }, ctx) => ({ ...(await audit.list(ctx.db, query)), ...query }));
}
