import type { Notification } from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as notifications from "./notification.repo";

const PAGE = 50;

/** The caller's latest notifications, newest first, and how many of all of theirs are unread. */
export async function listMine(ctx: RequestContext): Promise<{ unread: number; items: Notification[] }> {
  const items = await notifications.listForUser(ctx.db, ctx.actor.userId, PAGE);
  const unread = await notifications.countUnread(ctx.db, ctx.actor.userId);
  return { unread, items };
}

/** Marks one of the caller's notifications read; someone else's answers 404 as if it did not exist. */
export async function markRead(ctx: RequestContext, id: string): Promise<{ ok: true }> {
  if (!(await notifications.isOwn(ctx.db, ctx.actor.userId, id))) {
    throw new NotFoundError("notifikasi");
  }
  await notifications.markRead(ctx.db, ctx.actor.userId, ctx.now.toISOString(), id);
  return { ok: true };
}

export async function markAllRead(ctx: RequestContext): Promise<{ ok: true }> {
  await notifications.markRead(ctx.db, ctx.actor.userId, ctx.now.toISOString());
  return { ok: true };
}
