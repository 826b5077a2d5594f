import type { Db } from "../../db";
import { newId } from "../../db/ids";

/** A claimed outbox row, what the mailer needs to send it. */
export type ClaimedMail = { id: string; to_address: string; subject: string; body: string; attempts: number };

/** Puts one plain-text e-mail in the outbox, pending. */
export async function insert(
  db: Db,
  now: Date,
  mail: { to: string; subject: string; body: string; priority: number },
): Promise<void> {
  await db
    .insertInto("outbound_email")
    .values({
      id: newId(now.getTime()),
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      status: "pending",
      attempts: 0,
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
      priority: mail.priority,
    })
    .execute();
}

/** Pending mails whose claim is free or expired, account e-mails before any backlog of reminders. */
export async function claimableIds(db: Db, at: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("outbound_email")
    .select("id")
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]))
    // Account e-mails (a one-time link valid for 30 minutes) go before any backlog of reminders.
    .orderBy((eb) => eb.fn.coalesce("priority", eb.lit(0)), "desc")
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Claims one mail by a conditional update; undefined when another worker claimed it in between. */
export async function claim(
  db: Db,
  id: string,
  workerId: string,
  at: string,
  until: string,
): Promise<ClaimedMail | undefined> {
  const update = await db
    .updateTable("outbound_email")
    .set({ claimed_by: workerId, claimed_until: until })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]))
    .executeTakeFirst();
  if (Number(update.numUpdatedRows) !== 1) {
    return undefined;
  }
  return db
    .selectFrom("outbound_email")
    .select(["id", "to_address", "subject", "body", "attempts"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Records a send or a failed attempt, only while this worker still holds the claim. */
export async function recordAttempt(
  db: Db,
  id: string,
  workerId: string,
  values: { status: "sent" | "pending" | "failed"; attempts: number; sent_at?: string; last_error: string | null },
): Promise<void> {
  await db.updateTable("outbound_email").set(values).where("id", "=", id).where("claimed_by", "=", workerId).execute();
}
