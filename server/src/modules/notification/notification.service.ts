import {
  type EmailPreferences,
  type EmailSettings,
  emailChoiceKinds,
  type Notification,
  type UnreadMarker,
} from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { signalUnread } from "../../http/live-signals";
import * as audit from "../audit/audit.repo";
import * as prefs from "./email-pref.repo";
import * as notifications from "./notification.repo";

type Page = { unread: number; total: number; page: number; pageSize: number; items: Notification[] };

/** One page of the caller's notifications, newest first, and how many of all of theirs are unread. */
export async function listMine(ctx: RequestContext, query: { page: number; pageSize: number }): Promise<Page> {
  const userId = ctx.actor.userId;
  const items = await notifications.listForUser(ctx.db, userId, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const total = await notifications.countAll(ctx.db, userId);
  const unread = await notifications.countUnread(ctx.db, userId);
  return { unread, total, page: query.page, pageSize: query.pageSize, items };
}

/** The bell's marker: the unread count and the newest notification's time. */
export async function unreadSummary(ctx: RequestContext): Promise<UnreadMarker> {
  const unread = await notifications.countUnread(ctx.db, ctx.actor.userId);
  return { unread, latestAt: await notifications.latestAt(ctx.db, ctx.actor.userId) };
}

/** Marks one of the caller's notifications read; someone else's answers 404 as if it did not exist. */
export async function markRead(ctx: RequestContext, id: string): Promise<{ ok: true }> {
  if (!(await notifications.isOwn(ctx.db, ctx.actor.userId, id))) {
    throw new NotFoundError("notifikasi");
  }
  await notifications.markRead(ctx.db, ctx.actor.userId, ctx.now.toISOString(), id);
  signalUnread(ctx.actor.userId); // the caller's other tabs
  return { ok: true };
}

export async function markAllRead(ctx: RequestContext): Promise<{ ok: true }> {
  await notifications.markRead(ctx.db, ctx.actor.userId, ctx.now.toISOString());
  signalUnread(ctx.actor.userId);
  return { ok: true };
}

/** Every kind the caller may choose, in the settings' order, with their choice (on when never chosen). */
export async function myPreferences(ctx: RequestContext): Promise<EmailSettings> {
  const chosen = await prefs.choicesOf(ctx.db, ctx.actor.userId);
  const address = ctx.actor.employeeId ? await notifications.recipientOf(ctx.db, ctx.actor.employeeId) : null;
  return {
    items: emailChoiceKinds.map((kind) => ({ kind, email: chosen.get(kind) ?? true })),
    hasEmail: Boolean(address?.email),
  };
}

/** Stores the caller's choices (kinds not sent keep theirs), audited with what changed. */
export async function setMyPreferences(ctx: RequestContext, input: EmailPreferences): Promise<EmailSettings> {
  const userId = ctx.actor.userId;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await prefs.choicesOf(trx, userId);
    const changed = input.items.filter((i) => (before.get(i.kind) ?? true) !== i.email);
    if (changed.length === 0) {
      return;
    }
    await prefs.save(trx, userId, changed, ctx.now.toISOString());
    await audit.record(trx, userId, ctx.now, {
      action: "notification.email_preferences_set",
      subjectType: "user_account",
      subjectId: userId,
      before: Object.fromEntries(changed.map((i) => [i.kind, before.get(i.kind) ?? true])),
      after: Object.fromEntries(changed.map((i) => [i.kind, i.email])),
    });
  });
  return myPreferences(ctx);
}
