import { existsSync } from "node:fs";
import path from "node:path";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import { systemApi } from "@simkin/domain";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config, TrustProxy } from "./config";
import type { Db } from "./db";
import { errorHandler, notFoundHandler } from "./http/error-handler";
import { route } from "./http/route";
import { enforceRoutePolicies } from "./http/route-policy";
import { registerSession } from "./http/session";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { coachingRoutes } from "./modules/coaching/coaching.routes";
import { complianceRoutes } from "./modules/compliance/compliance.routes";
import { importRoutes } from "./modules/import/import.routes";
import { notificationRoutes } from "./modules/notification/notification.routes";
import { orgRoutes } from "./modules/org/org.routes";
import { periodRoutes } from "./modules/period/period.routes";
import { reportRoutes } from "./modules/report/report.routes";
import { skpRoutes } from "./modules/skp/skp.routes";

// Zod's own messages (for checks without a custom one) in Indonesian, like every other message the API sends.
z.config(z.locales.id());

export type AppOptions = { clock?: () => Date };

/** Builds the app without listening, so tests can inject requests into the very same app. */
export async function buildApp(config: Config, db: Db, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: trustedProxies(config.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  enforceRoutePolicies(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 } });
  registerSession(app, config, db, options.clock ?? (() => new Date()));
  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "same-origin");
    reply.header(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  route(app, systemApi.health, async () => ({ ok: true as const, database: config.db.dialect }));
  authRoutes(app);
  orgRoutes(app);
  importRoutes(app);
  periodRoutes(app);
  skpRoutes(app);
  reportRoutes(app);
  notificationRoutes(app);
  coachingRoutes(app);
  complianceRoutes(app);
  auditRoutes(app);
  await serveWeb(app, config.webDist);
  return app;
}

/**
 * Only configured proxies may say who the client is (TRUST_PROXY); otherwise the socket address counts. Fastify 5
 * ignores a bare hop count, so a count becomes proxy-addr's hop function: the first N hops are trusted.
 */
function trustedProxies(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === "number") {
    return (_address, hop) => hop < trust;
  }
  return trust;
}

/** Serves the built web app, with index.html for every non-API path so client-side routes survive a reload. */
async function serveWeb(app: FastifyInstance, webDist: string | null) {
  const hasWeb = webDist !== null && existsSync(path.join(webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return notFoundHandler(request, reply);
  });
}
