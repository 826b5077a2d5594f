import { holidayApi, pkTargetApi, yearApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as holidays from "./holiday.service";
import * as targets from "./pk-target.service";
import * as years from "./year.service";

export function periodRoutes(app: FastifyInstance) {
  route(app, yearApi.list, (_input, ctx) => years.listYears(ctx));
  route(app, yearApi.open, ({ body }, ctx) => years.openYear(ctx, body));
  route(app, yearApi.update, ({ params, body }, ctx) => years.updateYear(ctx, params.id, body));
  route(app, pkTargetApi.list, ({ query }, ctx) => targets.listTargets(ctx, query.year, query.unitId));
  route(app, pkTargetApi.create, ({ body }, ctx) => targets.createTarget(ctx, body));
  route(app, pkTargetApi.update, ({ params, body }, ctx) => targets.updateTarget(ctx, params.id, body));
  route(app, pkTargetApi.remove, ({ params, query }, ctx) => targets.deleteTarget(ctx, params.id, query.version));
  route(app, holidayApi.list, ({ query }, ctx) => holidays.listHolidays(ctx, query.year));
  route(app, holidayApi.create, ({ body }, ctx) => holidays.createHoliday(ctx, body));
  route(app, holidayApi.update, ({ params, body }, ctx) => holidays.updateHoliday(ctx, params.id, body));
  route(app, holidayApi.remove, ({ params, query }, ctx) => holidays.deleteHoliday(ctx, params.id, query.version));
}
