import type { Notification, NotificationKind } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";

/** Who a notice reaches: the account, and its e-mail address when the employee has one. */
export type Recipient = { userId: string; email: string | null };

/** Ids per statement, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

/** One page of the user's notifications, newest first. */
export async function listForUser(
  db: Db,
  userId: string,
  page: { limit: number; offset: number },
): Promise<Notification[]> {
  const rows = await db
    .selectFrom("notification")
    .select(["id", "kind", "title", "body", "link", "created_at", "read_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

export async function countAll(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The newest notification's time: the bell refetches its list when this moves. */
export async function latestAt(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("notification")
    .select("created_at")
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks the user's notification read (all of them without an id); reading twice keeps the first read time. */
export async function markRead(db: Db, userId: string, at: string, id?: string): Promise<number> {
  let query = db.updateTable("notification").set({ read_at: at }).where("user_id", "=", userId);
  if (id !== undefined) {
    query = query.where("id", "=", id);
  }
  const result = await query.where("read_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function isOwn(db: Db, userId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("notification")
    .select("id")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insert(
  db: Db,
  now: Date,
  notice: { userId: string; kind: NotificationKind; subjectId: string; title: string; body: string; link: string },
): Promise<void> {
  await db
    .insertInto("notification")
    .values({
      id: newId(now.getTime()),
      user_id: notice.userId,
      kind: notice.kind,
      subject_id: notice.subjectId,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      created_at: now.toISOString(),
      read_at: null,
    })
    .execute();
}

/** Inserts the reminder's claim; false when some run (this process or another) claimed the key before. */
export async function claimKey(db: Db, key: string, at: string): Promise<boolean> {
  const claim = await db
    .insertInto("reminder_claim")
    .values({ key, claimed_at: at })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return Number(claim.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The keys among these that are already claimed. */
export async function claimedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom("reminder_claim")
      .select("key")
      .where("key", "in", keys.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) {
      claimed.add(row.key);
    }
  }
  return claimed;
}

/** An employee's account (the oldest, should there be several) and e-mail address; null without an account. */
export async function recipientOf(db: Db, employeeId: string): Promise<Recipient | null> {
  const row = await db
    .selectFrom("user_account")
    .innerJoin("employee", "employee.id", "user_account.employee_id")
    .select(["user_account.id", "employee.email"])
    .where("user_account.employee_id", "=", employeeId)
    .orderBy("user_account.created_at")
    .executeTakeFirst();
  return row ? { userId: row.id, email: row.email?.trim() || null } : null;
}

/** The employee's active account (the oldest) and address; null without one (nobody could read the notice). */
export async function activeRecipientOf(db: Db, employeeId: string): Promise<Recipient | null> {
  return (await activeRecipientsOf(db, [employeeId])).get(employeeId) ?? null;
}

/** Each employee's active account (the oldest, should there be several) and e-mail address. */
export async function activeRecipientsOf(db: Db, employeeIds: readonly string[]): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  for (let i = 0; i < employeeIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom("user_account")
      .innerJoin("employee", "employee.id", "user_account.employee_id")
      .select(["user_account.id", "user_account.employee_id", "employee.email"])
      .where("user_account.employee_id", "in", employeeIds.slice(i, i + CHUNK))
      // A deactivated account is nobody's to read; without a claim, the reminder still comes if it is reactivated.
      .where("user_account.deactivated_at", "is", null)
      // Newest first, so the oldest account is set last and wins.
      .orderBy("user_account.created_at", "desc")
      .execute();
    for (const row of rows) {
      if (row.employee_id) {
        recipients.set(row.employee_id, { userId: row.id, email: row.email?.trim() || null });
      }
    }
  }
  return recipients;
}
