import type { FastifyInstance } from "fastify";
import { AppError } from "../errors";

const RETRY_AFTER_SECONDS = 2;
/** How often the loop's turn is noted; idle, a wake-up this rare costs nothing. */
const TICK_MS = 100;

export type SheddingLimits = { maxInFlight: number; shedAfterLagMs: number };

/**
 * Answers 503 server_busy with Retry-After at once instead of letting requests queue until the client gives up
 * (issue 10: under 200 connections on two cores, requests waited past 10 s). Two limits:
 * - more than `maxInFlight` API requests in progress (requests waiting on the PDF threads or the database pool);
 * - lag: the event loop reads every waiting socket in one turn and runs each request's handler there. When one turn
 *   has already taken `shedAfterLagMs`, the requests still to be read in it have waited that long in the socket queue
 *   and the rest of the turn would make them wait longer: they are turned away cheaply, so no request waits much more
 *   than the limit. A timer notes each turn; its lateness is the time the current turn has taken.
 * The health check always answers.
 */
export function registerLoadShedding(app: FastifyInstance, limits: SheddingLimits): void {
  let inFlight = 0;
  let lastTurn = performance.now();
  const ticker = limits.shedAfterLagMs > 0 ? setInterval(() => (lastTurn = performance.now()), TICK_MS) : null;
  ticker?.unref();
  app.addHook("onClose", async () => {
    if (ticker) {
      clearInterval(ticker);
    }
  });
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/") || request.url === "/api/health") {
      return;
    }
    const lagging = ticker !== null && performance.now() - lastTurn > limits.shedAfterLagMs + TICK_MS;
    if (inFlight >= limits.maxInFlight || lagging) {
      throw new AppError(503, "server_busy", "Server sedang sibuk. Coba lagi dalam beberapa detik.", {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    // A stream (server-sent events) is refused like any request when busy, but lives for hours once open: counted,
    // it would hold a slot for good. Its setup costs two queries, its signals one each (decision 0064).
    if (request.routeOptions.config.stream) {
      return;
    }
    inFlight++;
    // "close" follows both a sent answer and a client that went away, once each.
    reply.raw.once("close", () => {
      inFlight--;
    });
  });
}
