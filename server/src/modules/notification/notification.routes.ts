import { notificationApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as notifications from "./notification.service";

export function notificationRoutes(app: FastifyInstance) {
  route(app, notificationApi.list, (_input, ctx) => notifications.listMine(ctx));
  route(app, notificationApi.read, ({ params }, ctx) => notifications.markRead(ctx, params.id));
  route(app, notificationApi.readAll, (_input, ctx) => notifications.markAllRead(ctx));
}
