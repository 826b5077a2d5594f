import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { SmtpConfig } from "../../config";
import type { Db } from "../../db";

const BATCH = 20;
const CLAIM_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

export type MailerOptions = Partial<SMTPTransport.Options>;

/**
 * Sends up to 20 pending e-mails. Each is first claimed by a conditional update, so two workers (processes) never
 * send the same mail; a failed one is retried once its claim expires, and given up after five attempts.
 * Does nothing when SMTP is not configured: the reminders are still in the app.
 */
export async function sendPendingEmails(
  db: Db,
  now: Date,
  smtp: SmtpConfig | null,
  workerId: string,
  options: MailerOptions = {},
): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (!smtp) {
    return result;
  }
  const claimed = await claimBatch(db, now, workerId);
  if (claimed.length === 0) {
    return result;
  }
  // One pooled connection for the whole batch instead of a new SMTP session per message.
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 1,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
    ...options,
  });
  try {
    for (const mail of claimed) {
      try {
        await transport.sendMail({ from: smtp.from, to: mail.to_address, subject: mail.subject, text: mail.body });
        await db
          .updateTable("outbound_email")
          .set({ status: "sent", sent_at: now.toISOString(), attempts: mail.attempts + 1, last_error: null })
          .where("id", "=", mail.id)
          .where("claimed_by", "=", workerId)
          .execute();
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        // The claim is left to expire: it is the wait before the next attempt.
        await db
          .updateTable("outbound_email")
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            last_error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          })
          .where("id", "=", mail.id)
          .where("claimed_by", "=", workerId)
          .execute();
        result.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

/** Claims pending mails one by one; a row another worker claimed in between is simply skipped. */
async function claimBatch(db: Db, now: Date, workerId: string) {
  const at = now.toISOString();
  const candidates = await db
    .selectFrom("outbound_email")
    .select("id")
    .where("status", "=", "pending")
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]))
    // Account e-mails (a one-time link valid for 30 minutes) go before any backlog of reminders.
    .orderBy((eb) => eb.fn.coalesce("priority", eb.lit(0)), "desc")
    .orderBy("created_at")
    .orderBy("id")
    .limit(BATCH)
    .execute();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  const claimed = [];
  for (const { id } of candidates) {
    const update = await db
      .updateTable("outbound_email")
      .set({ claimed_by: workerId, claimed_until: until })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]))
      .executeTakeFirst();
    if (Number(update.numUpdatedRows) === 1) {
      const row = await db
        .selectFrom("outbound_email")
        .select(["id", "to_address", "subject", "body", "attempts"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (row) {
        claimed.push(row);
      }
    }
  }
  return claimed;
}
