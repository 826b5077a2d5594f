import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { Piscina } from "piscina";
import { AppError } from "../../../errors";
import type { PdfOutcome, PdfTask } from "./pdf-worker";

/** Worker threads, documents that may wait for one, and the cache of rendered documents (decision 0035). */
export type PdfPoolOptions = { threads: number; queue: number; cacheMb: number };
export const defaultPdfPoolOptions: PdfPoolOptions = { threads: 2, queue: 8, cacheMb: 32 };

export type RenderedPdf = { pdf: Buffer } | { needsBreak: number };

/** Every thread busy and the queue full: come back later rather than wait past the client's timeout. */
export class PdfBusyError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(503, "pdf_busy", `Server sedang menyiapkan banyak dokumen. Coba lagi dalam ${retryAfterSeconds} detik.`, {
      retryAfterSeconds,
    });
  }
}

// Set while a batch renders (decision 0040): its documents wait for a free thread and stay out of the cache.
const background = new AsyncLocalStorage<true>();

/** Runs work whose documents yield to every interactive one: they start only on an idle thread, never refused busy. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

// In src/ (tsx) the worker is the .ts beside this file; in the bundle both live in dist/ (server/build.mjs).
const workerFile = new URL(import.meta.url.endsWith(".ts") ? "./pdf-worker.ts" : "./pdf-worker.js", import.meta.url);
const MAX_CACHED_DOCUMENTS = 1000;

/** Renders serialized documents in worker threads with a bounded queue and an LRU cache keyed by content hash. */
export class PdfPool {
  readonly options: PdfPoolOptions;
  private piscina: Piscina | null = null;
  private readonly cache = new Map<string, RenderedPdf>();
  private cachedBytes = 0;
  private readonly inFlight = new Map<string, Promise<RenderedPdf>>();
  private averageMs = 500;
  private idleWaiters: (() => void)[] = [];
  readonly stats = { renders: 0, cacheHits: 0, refused: 0 };

  constructor(options: PdfPoolOptions) {
    this.options = options;
  }

  /** The outcome for one serialized document (pdf-transfer.ts): cached, joined to an identical render, or queued. */
  async render(doc: string): Promise<RenderedPdf> {
    const low = background.getStore() === true;
    if (low) {
      await this.idleThread();
    }
    const key = createHash("sha256").update(doc).digest("hex");
    const cached = this.cache.get(key);
    if (cached) {
      // Re-inserting moves the entry to the young end of the Map's insertion order.
      this.cache.delete(key);
      this.cache.set(key, cached);
      this.stats.cacheHits++;
      return cached;
    }
    const running = this.inFlight.get(key);
    if (running) {
      this.stats.cacheHits++;
      return running;
    }
    if (this.inFlight.size >= this.options.threads + this.options.queue || this.waitBeforeStartMs() > MAX_WAIT_MS) {
      this.stats.refused++;
      throw new PdfBusyError(this.retryAfterSeconds());
    }
    const task = this.run(key, doc, !low).finally(() => {
      this.inFlight.delete(key);
      for (const wake of this.idleWaiters.splice(0)) {
        wake();
      }
    });
    this.inFlight.set(key, task);
    return task;
  }

  async close(): Promise<void> {
    const piscina = this.piscina;
    this.piscina = null;
    await piscina?.destroy();
  }

  /** Until a thread has nothing to do, so a background document never queues ahead of an interactive one. */
  private async idleThread(): Promise<void> {
    while (this.inFlight.size >= this.options.threads) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  private async run(key: string, doc: string, cache: boolean): Promise<RenderedPdf> {
    const started = performance.now();
    const outcome: PdfOutcome = await this.workers().run({ doc } satisfies PdfTask);
    this.stats.renders++;
    this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
    const rendered: RenderedPdf =
      "pdf" in outcome
        ? { pdf: Buffer.from(outcome.pdf.buffer, outcome.pdf.byteOffset, outcome.pdf.byteLength) }
        : outcome;
    if (cache) {
      this.remember(key, rendered);
    }
    return rendered;
  }

  // Threads start with the first document, so an app that never prints never pays for them.
  private workers(): Piscina {
    this.piscina ??= new Piscina({
      filename: workerFile.href,
      name: "renderTask",
      minThreads: this.options.threads,
      maxThreads: this.options.threads,
      // Idle threads stay warm (pdfmake and its fonts loaded) but piscina unrefs them, so they never hold the process.
      idleTimeout: 60_000,
    });
    return this.piscina;
  }

  private remember(key: string, rendered: RenderedPdf): void {
    const bytes = "pdf" in rendered ? rendered.pdf.byteLength : 0;
    const limit = this.options.cacheMb * 1024 * 1024;
    if (bytes > limit) {
      return;
    }
    this.cache.set(key, rendered);
    this.cachedBytes += bytes;
    for (const [oldest, value] of this.cache) {
      if (this.cachedBytes <= limit && this.cache.size <= MAX_CACHED_DOCUMENTS) {
        break;
      }
      this.cache.delete(oldest);
      this.cachedBytes -= "pdf" in value ? value.pdf.byteLength : 0;
    }
  }

  /** How long a document queued now waits for a thread: the full rounds ahead of it at the recent render time. */
  private waitBeforeStartMs(): number {
    return Math.floor(this.inFlight.size / this.options.threads) * this.averageMs;
  }

  /** About when a thread frees up for one more document: the queue ahead of it at the recent render time. */
  private retryAfterSeconds(): number {
    const rounds = Math.ceil(this.inFlight.size / this.options.threads);
    return Math.min(60, Math.max(1, Math.ceil((rounds * this.averageMs) / 1000)));
  }
}

/**
 * A document that would wait longer than this for a thread is refused (503 pdf_busy) even when the queue has room:
 * under load renders slow down, and eight of them queued could keep the last one past a client's 10 s timeout.
 */
const MAX_WAIT_MS = 4000;

let active: PdfPool | null = null;
let fallback: PdfPool | null = null;

/** The pool the running app configured (buildApp), or one with the defaults for scripts and unit tests. */
export function currentPdfPool(): PdfPool {
  if (active) {
    return active;
  }
  fallback ??= new PdfPool(defaultPdfPoolOptions);
  return fallback;
}

/**
 * Makes a pool with these options the current one; the returned release closes it when the app closes. A `shared`
 * pool (the tests' one per process, whose threads stay warm from one fresh app to the next) is used and left open.
 */
export function usePdfPool(options: PdfPoolOptions, shared?: PdfPool): () => Promise<void> {
  const pool = shared ?? new PdfPool(options);
  active = pool;
  return async () => {
    if (active === pool) {
      active = null;
    }
    if (!shared) {
      await pool.close();
    }
  };
}
