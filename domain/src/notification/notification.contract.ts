import { z } from "zod";
import { byIdSchema, okSchema } from "../http/common";
import { contract } from "../http/contract";
import { notificationSchema } from "./notification.schema";

export const notificationApi = {
  list: contract({
    method: "GET",
    path: "/api/notifications",
    access: "signed_in",
    response: z.object({ unread: z.number().int(), items: z.array(notificationSchema) }),
  }),
  read: contract({
    method: "POST",
    path: "/api/notifications/:id/read",
    access: "signed_in",
    params: byIdSchema,
    response: okSchema,
  }),
  readAll: contract({ method: "POST", path: "/api/notifications/read-all", access: "signed_in", response: okSchema }),
};
