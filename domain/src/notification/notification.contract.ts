import { z } from "zod";
import { byIdSchema, okSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import { emailPreferencesSchema, emailSettingsSchema, notificationSchema } from "./notification.schema";

export const NOTIFICATION_PAGE_MAX = 50;

/** How many of the caller's notifications are unread and when the newest came: the bell's marker. */
export const unreadMarkerSchema = z.object({ unread: z.number().int(), latestAt: z.string().nullable() });
export type UnreadMarker = z.infer<typeof unreadMarkerSchema>;

export const notificationApi = {
  /** One page of the caller's notifications, newest first, and how many of all of theirs are unread. */
  list: contract({
    method: "GET",
    path: "/api/notifications",
    access: "signed_in",
    query: z.strictObject({
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_MAX).default(20),
    }),
    response: pageSchema(notificationSchema).extend({ unread: z.number().int() }),
  }),
  /** The bell's marker when its stream cannot be had: one count and one max, asked once a minute. */
  unread: contract({
    method: "GET",
    path: "/api/notifications/unread",
    access: "signed_in",
    response: unreadMarkerSchema,
  }),
  /**
   * Server-sent events, one stream per tab: the marker on connect and after each change to the caller's notifications,
   * a comment every 25 s, closed when the session ends (decision 0064).
   */
  stream: contract({
    method: "GET",
    path: "/api/notifications/stream",
    access: "signed_in",
    response: unreadMarkerSchema,
    stream: true,
  }),
  read: contract({
    method: "POST",
    path: "/api/notifications/:id/read",
    access: "signed_in",
    params: byIdSchema,
    response: okSchema,
  }),
  readAll: contract({ method: "POST", path: "/api/notifications/read-all", access: "signed_in", response: okSchema }),
  /** The caller's e-mail choice per kind; a kind never chosen is on. */
  preferences: contract({
    method: "GET",
    path: "/api/notifications/preferences",
    access: "signed_in",
    response: emailSettingsSchema,
  }),
  setPreferences: contract({
    method: "PUT",
    path: "/api/notifications/preferences",
    access: "signed_in",
    body: emailPreferencesSchema,
    response: emailSettingsSchema,
  }),
};
