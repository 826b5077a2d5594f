import { notificationApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as notifications from "./notification.service";
import { openStreams, streamUnread } from "./notification-stream";

export function notificationRoutes(app: FastifyInstance) {
  const streams = openStreams(app);
  route(app, notificationApi.list, ({ query }, ctx) => notifications.listMine(ctx, query));
  route(app, notificationApi.unread, (_input, ctx) => notifications.unreadSummary(ctx));
  route(app, notificationApi.stream, (_input, ctx, reply) => streamUnread(ctx, reply, streams));
  route(app, notificationApi.read, ({ params }, ctx) => notifications.markRead(ctx, params.id));
  route(app, notificationApi.readAll, (_input, ctx) => notifications.markAllRead(ctx));
  route(app, notificationApi.preferences, (_input, ctx) => notifications.myPreferences(ctx));
  route(app, notificationApi.setPreferences, ({ body }, ctx) => notifications.setMyPreferences(ctx, body));
}
