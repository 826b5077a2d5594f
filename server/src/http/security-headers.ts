import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config";

/** The placeholder Vite writes into index.html (`html.cspNonce` in web/vite.config.ts); replaced per response. */
export const NONCE_PLACEHOLDER = "__CSP_NONCE__";

/** A fresh nonce for one index.html response: Mantine's style elements carry it (docs/decisions/0015). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * No inline script or style without the page's nonce; no plugins, no <base>, forms post only here, never framed.
 * Style attributes are not needed: React sets styles through the CSSOM, which CSP does not govern.
 */
export function contentSecurityPolicy(nonce: string | null): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers on every response. API answers (JSON, PDFs, evidence) are personal and never stored by a browser or a
 * proxy; static assets set their own caching. "same-origin" keeps ids and verification codes in paths from leaking
 * to other sites while the Origin header of our own writes stays intact for the CSRF check (no-referrer would
 * turn it into "null").
 */
export function registerSecurityHeaders(app: FastifyInstance, config: Pick<Config, "mode">): void {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "same-origin");
    reply.header("cross-origin-opener-policy", "same-origin");
    if (!reply.hasHeader("content-security-policy")) {
      reply.header("content-security-policy", contentSecurityPolicy(null));
    }
    // Browsers ignore it over plain HTTP, so a closed network without TLS is not locked out.
    if (config.mode === "production") {
      reply.header("strict-transport-security", "max-age=31536000");
    }
    if (request.url.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
    }
  });
}
