import type { NotificationKind } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";

export type Recipient = { userId: string; email: string | null };

export type Notice = {
  /** Unique per reminder and occasion, e.g. `report_overdue:<employeeId>:2026-02`. */
  key: string;
  recipient: Recipient;
  kind: NotificationKind;
  subjectId: string;
  title: string;
  body: string;
  /** A web path such as `/reports/<id>`. */
  link: string;
};

/**
 * Claims the notice's key and, only when this call inserted the claim, writes the in-app notification and the
 * pending e-mail; one transaction, so concurrent runs (several app processes) never notify twice.
 */
export async function notifyOnce(db: Db, now: Date, notice: Notice, publicUrl: string | null): Promise<boolean> {
  return db.transaction().execute((trx) => notifyWithin(trx, now, notice, publicUrl));
}

/**
 * The same, inside the caller's transaction: a notice about a change (e.g. a changed ekspektasi) is written with the
 * change itself, so there is never a change without its notice nor a notice of a change that was rolled back.
 */
export async function notifyWithin(trx: Db, now: Date, notice: Notice, publicUrl: string | null): Promise<boolean> {
  const at = now.toISOString();
  const claim = await trx
    .insertInto("reminder_claim")
    .values({ key: notice.key, claimed_at: at })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  if (Number(claim.numInsertedOrUpdatedRows ?? 0) !== 1) {
    return false;
  }
  await writeNotice(trx, now, notice, publicUrl);
  return true;
}

/**
 * Writes one in-app notification and, when the recipient has an address, its pending e-mail, inside the caller's
 * transaction (account notices are written with the change they announce).
 */
export async function writeNotice(
  db: Db,
  now: Date,
  notice: Omit<Notice, "key">,
  publicUrl: string | null,
  priority = 0,
) {
  await db
    .insertInto("notification")
    .values({
      id: newId(now.getTime()),
      user_id: notice.recipient.userId,
      kind: notice.kind,
      subject_id: notice.subjectId,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      created_at: now.toISOString(),
      read_at: null,
    })
    .execute();
  if (notice.recipient.email) {
    await queueEmail(db, now, {
      to: notice.recipient.email,
      subject: `[SIMKIN] ${notice.title}`,
      body: emailBody(notice, publicUrl),
      priority,
    });
  }
}

/** Puts one plain-text e-mail in the outbox; the mailer sends it (see mailer.ts), higher `priority` first. */
export async function queueEmail(
  db: Db,
  now: Date,
  mail: { to: string; subject: string; body: string; priority?: number },
) {
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
      priority: mail.priority ?? 0,
    })
    .execute();
}

/** Plain text; the link is absolute only when the public address is known, else the reader is sent to the app. */
function emailBody(notice: Omit<Notice, "key">, publicUrl: string | null): string {
  const open = publicUrl
    ? `Buka: ${publicUrl.replace(/\/+$/, "")}${notice.link}`
    : "Silakan masuk ke SIMKIN untuk menindaklanjuti.";
  return [
    "Yth. Bapak/Ibu,",
    "",
    notice.body,
    "",
    open,
    "",
    "Pesan ini dikirim otomatis oleh SIMKIN. Mohon tidak membalas e-mail ini.",
  ].join("\n");
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
