import type { Notification } from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";

const PAGE = 50;

/** The caller's latest notifications, newest first, and how many of all of theirs are unread. */
export async function listMine(ctx: RequestContext): Promise<{ unread: number; items: Notification[] }> {
  const rows = await ctx.db
    .selectFrom("notification")
    .select(["id", "kind", "title", "body", "link", "created_at", "read_at"])
    .where("user_id", "=", ctx.actor.userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(PAGE)
    .execute();
  const unread = await ctx.db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", ctx.actor.userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return {
    unread: Number(unread.count),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
  };
}

/** Marks one of the caller's notifications read; someone else's answers 404 as if it did not exist. */
export async function markRead(ctx: RequestContext, id: string): Promise<{ ok: true }> {
  const own = await ctx.db
    .selectFrom("notification")
    .select(["id", "read_at"])
    .where("id", "=", id)
    .where("user_id", "=", ctx.actor.userId)
    .executeTakeFirst();
  if (!own) {
    throw new NotFoundError("notifikasi");
  }
  // Reading twice keeps the first read time.
  await ctx.db
    .updateTable("notification")
    .set({ read_at: ctx.now.toISOString() })
    .where("id", "=", id)
    .where("read_at", "is", null)
    .execute();
  return { ok: true };
}

export async function markAllRead(ctx: RequestContext): Promise<{ ok: true }> {
  await ctx.db
    .updateTable("notification")
    .set({ read_at: ctx.now.toISOString() })
    .where("user_id", "=", ctx.actor.userId)
    .where("read_at", "is", null)
    .execute();
  return { ok: true };
}
