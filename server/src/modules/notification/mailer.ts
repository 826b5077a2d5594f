import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { SmtpConfig } from "../../config";
import type { Db } from "../../db";
import * as outbox from "./outbox.repo";

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
        await outbox.recordAttempt(db, mail.id, workerId, {
          status: "sent",
          sent_at: now.toISOString(),
          attempts: mail.attempts + 1,
          last_error: null,
        });
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        // The claim is left to expire: it is the wait before the next attempt.
        await outbox.recordAttempt(db, mail.id, workerId, {
          attempts,
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          last_error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        });
        result.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

/** Claims pending mails one by one; a row another worker claimed in between is simply skipped. */
async function claimBatch(db: Db, now: Date, workerId: string): Promise<outbox.ClaimedMail[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  const claimed = [];
  for (const id of await outbox.claimableIds(db, at, BATCH)) {
    const mail = await outbox.claim(db, id, workerId, at, until);
    if (mail) {
      claimed.push(mail);
    }
  }
  return claimed;
}
