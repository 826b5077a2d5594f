import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db";
import { sendPendingEmails } from "./mailer";
import { runReminders } from "./reminders";

/**
 * Runs the reminders and then the e-mail queue every `reminderIntervalMinutes` (0 disables it), starting right away
 * so a restart does not delay them. A run never overlaps the previous one; errors are logged and the next run retries.
 * Returns a stop function that waits for a run in progress, so the database can be closed after it.
 */
export function startReminderScheduler(
  db: Db,
  config: Pick<Config, "reminderIntervalMinutes" | "smtp" | "publicUrl">,
  log: Pick<FastifyBaseLogger, "info" | "error">,
): () => Promise<void> {
  if (config.reminderIntervalMinutes <= 0) {
    return async () => {};
  }
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (running || stopped) {
      return;
    }
    running = (async () => {
      const now = new Date();
      try {
        const { created } = await runReminders(db, now, { publicUrl: config.publicUrl });
        const mail = await sendPendingEmails(db, now, config.smtp, workerId);
        if (created > 0 || mail.sent > 0 || mail.failed > 0) {
          log.info({ created, ...mail }, "Pengingat diproses");
        }
      } catch (error) {
        log.error({ err: error }, "Pengingat gagal diproses");
      } finally {
        running = null;
      }
    })();
  };

  const timer = setInterval(tick, config.reminderIntervalMinutes * 60_000);
  // The timer alone must not keep the process alive.
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
