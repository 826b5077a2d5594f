import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { BATCH_KEEP_MINUTES, type BatchStatus, type SkpBatch } from "@simkin/domain";
import { AppError } from "../../../errors";

/** One batch: what the progress endpoint shows, plus whose it is and where its ZIP lies. */
export type BatchJob = Omit<SkpBatch, "expiresAt"> & {
  accountId: string;
  /** The ZIP on disk (under FILES_DIR/batches), written while the batch runs. */
  file: string;
  finishedAt: string | null;
  /** Settles when the runner stops, so closing the app waits for it. */
  running: Promise<void> | null;
};

const KEEP_MS = BATCH_KEEP_MINUTES * 60_000;

/** More batches than this at once (running or kept) means something is wrong; refuse rather than fill the disk. */
export const MAX_JOBS = 100;

/**
 * The batches of this process, in memory and bounded (decision 0040): a finished ZIP is deleted after
 * BATCH_KEEP_MINUTES, and the oldest finished jobs are forgotten when the registry is full.
 */
export class BatchRegistry {
  private readonly jobs = new Map<string, BatchJob>();
  private closed = false;

  private readonly maxJobs: number;

  constructor(maxJobs = MAX_JOBS) {
    this.maxJobs = maxJobs;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The account's batch that is still rendering, if any. */
  runningFor(accountId: string): BatchJob | undefined {
    return [...this.jobs.values()].find((j) => j.accountId === accountId && j.status === "running");
  }

  /** Registers a new job, forgetting the oldest finished ones to stay within the bound. */
  async add(job: BatchJob, now: Date): Promise<void> {
    await this.sweep(now);
    for (const old of this.jobs.values()) {
      if (this.jobs.size < this.maxJobs) {
        break;
      }
      if (old.status !== "running") {
        this.jobs.delete(old.id);
        await rm(old.file, { force: true });
      }
    }
    if (this.jobs.size >= this.maxJobs) {
      throw new AppError(503, "batch_busy", "Terlalu banyak unduhan SKP sedang disiapkan. Coba lagi sebentar lagi.", {
        retryAfterSeconds: 60,
      });
    }
    this.jobs.set(job.id, job);
  }

  /** The caller's own job; another account's job is the same as no job at all. */
  async find(id: string, accountId: string, now: Date): Promise<BatchJob | undefined> {
    await this.sweep(now);
    const job = this.jobs.get(id);
    return job?.accountId === accountId ? job : undefined;
  }

  finish(job: BatchJob, status: Extract<BatchStatus, "done" | "failed">, now: Date): void {
    job.status = status;
    job.finishedAt = now.toISOString();
  }

  /** When the ZIP is (or was) deleted; null while rendering or after a failure. */
  expiresAt(job: BatchJob): string | null {
    return job.finishedAt && job.status !== "failed"
      ? new Date(Date.parse(job.finishedAt) + KEEP_MS).toISOString()
      : null;
  }

  view(job: BatchJob): SkpBatch {
    const { id, unitId, unitName, year, status, done, total, startedAt } = job;
    return { id, unitId, unitName, year, status, done, total, startedAt, expiresAt: this.expiresAt(job) };
  }

  /** Stops the runners (they check isClosed between documents), waits for them and deletes every ZIP. */
  async close(): Promise<void> {
    this.closed = true;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    await Promise.allSettled(jobs.map((j) => j.running));
    await Promise.all(jobs.map((j) => rm(j.file, { force: true })));
  }

  /**
   * ZIPs in the folder that no job of this process knows, older than twice the keeping time: left by a restart in
   * the middle of a batch. The age spares another process's batches when several share the folder (decision 0040).
   */
  async removeOrphans(dir: string, now: Date): Promise<void> {
    const known = new Set([...this.jobs.values()].map((j) => path.basename(j.file)));
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      if (!known.has(name) && (await stat(file)).mtimeMs < now.getTime() - 2 * KEEP_MS) {
        await rm(file, { force: true });
      }
    }
  }

  // Done ZIPs past their time are deleted; the job stays (as expired) so its owner learns why it is gone.
  private async sweep(now: Date): Promise<void> {
    for (const job of this.jobs.values()) {
      const expires = this.expiresAt(job);
      if (job.status === "done" && expires !== null && Date.parse(expires) <= now.getTime()) {
        job.status = "expired";
        await rm(job.file, { force: true });
      }
    }
  }
}
