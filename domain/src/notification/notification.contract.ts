import { z } from "zod";
import { byIdSchema, okSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import { emailPreferencesSchema, emailSettingsSchema, notificationSchema } from "./notification.schema";

export const NOTIFICATION_PAGE_MAX = 50;

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
  /** The bell's poll: one count, cheap enough to ask every few seconds. */
  unread: contract({
    method: "GET",
    path: "/api/notifications/unread",
    access: "signed_in",
    response: z.object({ unread: z.number().int(), latestAt: z.string().nullable() }),
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
