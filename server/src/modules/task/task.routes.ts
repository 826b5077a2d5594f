import { taskApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { remindBlocker } from "./task.reminder";
import { myTasks } from "./task.service";

export function taskRoutes(app: FastifyInstance) {
  route(app, taskApi.list, (_input, ctx) => myTasks(ctx));
  route(app, taskApi.remindBlocker, ({ body }, ctx) => remindBlocker(ctx, body.year));
}
