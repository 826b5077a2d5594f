import { employeeApi, placementApi, positionApi, profileApi, unitApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as employees from "./employee.service";
import * as placements from "./placement.service";
import * as positions from "./position.service";
import { myProfile } from "./profile.service";
import * as units from "./unit.service";

/** `accounts` comes from the auth module (server/src/module-hooks.ts). */
export function orgRoutes(app: FastifyInstance, accounts: employees.EmployeeAccounts) {
  route(app, profileApi.get, (_input, ctx) => myProfile(ctx));
  route(app, unitApi.list, (_input, ctx) => units.listUnits(ctx));
  route(app, unitApi.create, ({ body }, ctx) => units.createUnit(ctx, body));
  route(app, unitApi.update, ({ params, body }, ctx) => units.updateUnit(ctx, params.id, body));
  route(app, positionApi.list, ({ query }, ctx) => positions.listPositions(ctx, query.unitId));
  route(app, positionApi.create, ({ body }, ctx) => positions.createPosition(ctx, body));
  route(app, positionApi.update, ({ params, body }, ctx) => positions.updatePosition(ctx, params.id, body));
  route(app, employeeApi.list, ({ query }, ctx) => employees.listEmployees(ctx, query));
  route(app, employeeApi.get, ({ params, query }, ctx) => employees.getEmployee(ctx, accounts, params.id, query.date));
  route(app, employeeApi.create, ({ body }, ctx) => employees.createEmployee(ctx, accounts, body));
  route(app, employeeApi.update, ({ params, body }, ctx) => employees.updateEmployee(ctx, params.id, body));
  route(app, placementApi.create, ({ body }, ctx) => placements.createPlacement(ctx, body));
  route(app, placementApi.update, ({ params, body }, ctx) => placements.updatePlacement(ctx, params.id, body));
  route(app, placementApi.end, ({ params, body }, ctx) => placements.endPlacement(ctx, params.id, body));
  route(app, placementApi.remove, ({ params, query }, ctx) =>
    placements.deletePlacement(ctx, params.id, query.version),
  );
}
