import { isEmailOptional, type NotificationKind } from "@simkin/domain";
import type { Db } from "../../db";
import { afterCommit } from "../../db/after-commit";
import type { RequestContext } from "../../http/context";
import { signalUnread } from "../../http/live-signals";
import { wantsEmail } from "./email-pref.repo";
import * as notifications from "./notification.repo";
import * as outbox from "./outbox.repo";

export type { Recipient } from "./notification.repo";
export { recipientOf } from "./notification.repo";

export type Notice = {
  /** Unique per reminder and occasion, e.g. `report_overdue:<employeeId>:2026-02`. */
  key: string;
  recipient: notifications.Recipient;
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
  if (!(await notifications.claimKey(trx, notice.key, now.toISOString()))) {
    return false;
  }
  await writeNotice(trx, now, notice, publicUrl);
  return true;
}

/** A workflow step's notice before its recipient is known: `to` is the employee it concerns. */
export type StepNotice = Omit<Notice, "recipient"> & { to: string | null };

/**
 * Tells the person a workflow step concerns, inside the step's transaction (issue 11): at once, never for a step that
 * rolled back, once per key (a retried request or a double click finds the key claimed). Nobody is told about their
 * own step, nor reached without an active account.
 */
export async function notifyStep(ctx: RequestContext, trx: Db, notice: StepNotice): Promise<boolean> {
  const { to, ...rest } = notice;
  const recipient = to ? await notifications.activeRecipientOf(trx, to) : null;
  if (!recipient || recipient.userId === ctx.actor.userId) {
    return false;
  }
  return notifyWithin(trx, ctx.now, { ...rest, recipient }, ctx.config.publicUrl);
}

/**
 * Writes one in-app notification and, when the recipient has an address and has not turned this kind's e-mail off
 * (issue 11; account notices are always sent), its pending e-mail, inside the caller's
 * transaction (account notices are written with the change they announce).
 */
export async function writeNotice(
  db: Db,
  now: Date,
  notice: Omit<Notice, "key">,
  publicUrl: string | null,
  priority = 0,
) {
  const { recipient, ...text } = notice;
  await notifications.insert(db, now, { userId: recipient.userId, ...text });
  // The recipient's open bells learn of it once it is committed (decision 0064).
  await afterCommit(db, () => signalUnread(recipient.userId));
  const optedOut = isEmailOptional(notice.kind) && !(await wantsEmail(db, recipient.userId, notice.kind));
  if (notice.recipient.email && !optedOut) {
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
  await outbox.insert(db, now, { ...mail, priority: mail.priority ?? 0 });
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
