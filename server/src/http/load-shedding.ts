import type { FastifyInstance } from "fastify";
import { AppError } from "../errors";

const RETRY_AFTER_SECONDS = 2;

/**
 * Beyond `maxInFlight` API requests in progress, the next one is answered at once with 503 server_busy and
 * Retry-After instead of queueing behind the others until the client gives up (issue 10: under 200 connections on
 * two cores, requests otherwise waited past 10 s). The health check always answers.
 */
export function registerLoadShedding(app: FastifyInstance, maxInFlight: number): void {
  let inFlight = 0;
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/") || request.url === "/api/health") {
      return;
    }
    if (inFlight >= maxInFlight) {
      throw new AppError(503, "server_busy", "Server sedang sibuk. Coba lagi dalam beberapa detik.", {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    inFlight++;
    // "close" follows both a sent answer and a client that went away, once each.
    reply.raw.once("close", () => {
      inFlight--;
    });
  });
}
