import { complianceApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { complianceFor, complianceUnits, peopleWithoutSkp } from "./compliance.service";

export function complianceRoutes(app: FastifyInstance) {
  route(app, complianceApi.get, ({ query }, ctx) => complianceFor(ctx, query));
  route(app, complianceApi.units, ({ query }, ctx) => complianceUnits(ctx, query));
  route(app, complianceApi.withoutSkp, ({ query }, ctx) => peopleWithoutSkp(ctx, query));
}
