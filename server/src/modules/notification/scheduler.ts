import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db";
import { sendPendingEmails } from "./mailer";
import { runReminders } from "./reminders";

type Log = Pick<FastifyBaseLogger, "info" | "error">;

let outboxNudge: (() => void) | null = null;

/**
 * Runs the outbox now instead of at the next interval: a one-time link that expires in 30 minutes must not wait
 * 15 for its turn. Does nothing when the scheduler is not running (tests, CLI).
 */
export function nudgeOutbox(): void {
  outboxNudge?.();
}

/**
 * Runs the reminder scan and the e-mail outbox every `reminderIntervalMinutes` (0 disables both), starting right
 * away so a restart does not delay them. They are two independent loops: a long e-mail backlog never holds back
 * new in-app reminders. Neither loop overlaps itself; errors are logged and the next run retries. Returns a stop
 * function that waits for runs in progress, so the database can be closed after it.
 */
export function startReminderScheduler(
  db: Db,
  config: Pick<Config, "reminderIntervalMinutes" | "smtp" | "publicUrl">,
  log: Log,
  /** Time-based state changes of higher modules run with the scan (an evaluation locking, issue 12); passed by main.ts. */
  jobs: readonly ((db: Db, now: Date) => Promise<number>)[] = [],
): () => Promise<void> {
  if (config.reminderIntervalMinutes <= 0) {
    return async () => {};
  }
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const every = config.reminderIntervalMinutes * 60_000;
  const reminders = loop(every, log, "Pengingat", async () => {
    const { created } = await runReminders(db, new Date(), { publicUrl: config.publicUrl });
    let changed = 0;
    for (const job of jobs) {
      changed += await job(db, new Date());
    }
    return created + changed > 0 ? { created, changed } : null;
  });
  const outbox = loop(every, log, "E-mail", async (stopped) => {
    const total = { sent: 0, failed: 0 };
    // Drain the queue in batches so a backlog goes out now, not one batch per interval.
    for (let batch = 0; batch < 50 && !stopped(); batch++) {
      const result = await sendPendingEmails(db, new Date(), config.smtp, workerId);
      total.sent += result.sent;
      total.failed += result.failed;
      if (result.sent + result.failed === 0) {
        break;
      }
    }
    return total.sent + total.failed > 0 ? total : null;
  });
  outboxNudge = outbox.tick;
  return async () => {
    outboxNudge = null;
    await Promise.all([reminders.stop(), outbox.stop()]);
  };
}

/** Runs `work` now and every `every` ms without overlapping itself; `stop` waits for a running turn. */
function loop(
  every: number,
  log: Log,
  name: string,
  work: (stopped: () => boolean) => Promise<Record<string, number> | null>,
): { tick: () => void; stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  // A tick asked for while a turn runs (a nudge) gets one more turn right after it, so nothing waits an interval.
  let again = false;
  const tick = () => {
    if (stopped) {
      return;
    }
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        const summary = await work(() => stopped);
        if (summary) {
          log.info(summary, `${name} diproses`);
        }
      } catch (error) {
        log.error({ err: error }, `${name} gagal diproses`);
      } finally {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      }
    })();
  };
  const timer = setInterval(tick, every);
  // The timer alone must not keep the process alive.
  timer.unref();
  tick();
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
  return { tick, stop };
}
