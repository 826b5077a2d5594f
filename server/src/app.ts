import { existsSync, readFileSync } from "node:fs";
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
import { registerLoadShedding } from "./http/load-shedding";
import { route } from "./http/route";
import { enforceRoutePolicies } from "./http/route-policy";
import { contentSecurityPolicy, NONCE_PLACEHOLDER, newNonce, registerSecurityHeaders } from "./http/security-headers";
import { registerSession } from "./http/session";
import { moduleHooks } from "./module-hooks";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { coachingRoutes } from "./modules/coaching/coaching.routes";
import { complianceRoutes } from "./modules/compliance/compliance.routes";
import { angkaKreditRoutes } from "./modules/evaluation/angka-kredit.routes";
import { capaianRoutes } from "./modules/evaluation/capaian.routes";
import { evaluationDocumentRoutes } from "./modules/evaluation/document.routes";
import { evaluationRoutes } from "./modules/evaluation/evaluation.routes";
import { keberatanRoutes } from "./modules/evaluation/keberatan.routes";
import { importRoutes } from "./modules/import/import.routes";
import { notificationRoutes } from "./modules/notification/notification.routes";
import { orgRoutes } from "./modules/org/org.routes";
import { periodRoutes } from "./modules/period/period.routes";
import { reportRoutes } from "./modules/report/report.routes";
import { type PdfPool, usePdfPool } from "./modules/skp/pdf/pdf-pool";
import { skpRoutes } from "./modules/skp/skp.routes";
import { taskRoutes } from "./modules/task/task.routes";
import { verificationRoutes } from "./modules/verification/verification.routes";

// Zod's own messages (for checks without a custom one) in Indonesian, like every other message the API sends.
z.config(z.locales.id());

export type AppOptions = {
  clock?: () => Date;
  /** A PDF pool to use and leave open (the tests share one per process); else one from config.pdf, closed with the app. */
  pdfPool?: PdfPool;
};

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
  // Before the session lookup: a refused request must cost nothing.
  registerLoadShedding(app, { maxInFlight: config.maxInFlight, shedAfterLagMs: config.shedAfterLagMs });
  registerSession(app, config, db, options.clock ?? (() => new Date()));
  registerSecurityHeaders(app, config);
  const releasePdfPool = usePdfPool(config.pdf, options.pdfPool);
  app.addHook("onClose", releasePdfPool);

  route(app, systemApi.health, async () => ({ ok: true as const, database: config.db.dialect }));
  authRoutes(app, moduleHooks.demoAccounts);
  orgRoutes(app, moduleHooks.employeeAccounts);
  importRoutes(app);
  periodRoutes(app);
  skpRoutes(app);
  reportRoutes(app);
  notificationRoutes(app);
  coachingRoutes(app);
  complianceRoutes(app);
  capaianRoutes(app);
  taskRoutes(app);
  auditRoutes(app);
  verificationRoutes(app, moduleHooks.documentReaders);
  evaluationRoutes(app);
  keberatanRoutes(app);
  evaluationDocumentRoutes(app);
  angkaKreditRoutes(app);
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

/**
 * Serves the built web app, with index.html for every non-API path so client-side routes survive a reload. Hashed
 * assets are cached for a year; index.html is revalidated every time and carries a fresh style nonce.
 */
async function serveWeb(app: FastifyInstance, webDist: string | null) {
  const indexFile = webDist === null ? null : path.join(webDist, "index.html");
  const index = indexFile !== null && existsSync(indexFile) ? readFileSync(indexFile, "utf8") : null;
  if (index !== null && webDist !== null) {
    await app.register(fastifyStatic, {
      root: webDist,
      // One route per built file; index.html is left to the handler below, which puts the nonce in.
      wildcard: false,
      index: false,
      globIgnore: ["index.html"],
      cacheControl: false,
      // web/compress.mjs writes a .br and a .gz beside each built file; the one the browser accepts is sent.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        const hashed = filePath.startsWith(path.join(webDist, "assets") + path.sep);
        reply.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (index !== null && request.method === "GET" && !request.url.startsWith("/api/")) {
      const nonce = newNonce();
      return reply
        .header("cache-control", "no-cache")
        .header("content-security-policy", contentSecurityPolicy(nonce))
        .type("text/html; charset=utf-8")
        .send(index.replaceAll(NONCE_PLACEHOLDER, nonce));
    }
    return notFoundHandler(request, reply);
  });
}
