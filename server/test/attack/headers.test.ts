import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app";
import type { Office } from "../given";
import { openYear, reportingStaff } from "../given-skp";
import { multipart } from "../multipart";
import { createTestApp, json, type TestApp } from "../test-app";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A built web app as Vite writes it (web/vite.config.ts sets html.cspNonce to this placeholder). */
function webDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "simkin-web-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><html><head><meta property="csp-nonce" nonce="__CSP_NONCE__">' +
      '<script type="module" src="/assets/index-Ab12Cd34.js" nonce="__CSP_NONCE__"></script></head>' +
      '<body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(dir, "assets", "index-Ab12Cd34.js"), "console.log('simkin');");
  writeFileSync(path.join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  return dir;
}

const directives = (csp: unknown) =>
  new Map(
    String(csp)
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values]),
  );

describe("attack: response headers (issue 8, finding 10)", () => {
  let t: TestApp;
  let web: FastifyInstance;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    web = await buildApp({ ...t.config, webDist: webDist() }, t.db, { clock: () => t.clock.now });
    office = await t.given.office();
  });
  afterEach(async () => {
    await web.close();
    await t.close();
  });

  it("sends a CSP that forbids <base>, foreign form targets, framing, plugins and inline styles", async () => {
    for (const res of [await t.anonymous().get("/api/health"), await web.inject({ url: "/login" })]) {
      const csp = directives(res.headers["content-security-policy"]);
      assert.deepEqual(csp.get("base-uri"), ["'none'"]);
      assert.deepEqual(csp.get("form-action"), ["'self'"]);
      assert.deepEqual(csp.get("frame-ancestors"), ["'none'"]);
      assert.deepEqual(csp.get("object-src"), ["'none'"]);
      assert.deepEqual(csp.get("script-src"), ["'self'"]);
      assert.ok(!String(res.headers["content-security-policy"]).includes("unsafe-inline"));
      assert.ok(!String(res.headers["content-security-policy"]).includes("unsafe-eval"));
    }
  });

  it("gives every page a fresh style nonce that matches the one written into it", async () => {
    const pages = [
      await web.inject({ url: "/" }),
      await web.inject({ url: "/skp/123" }),
      await web.inject({ url: "/index.html" }),
    ];
    const nonces = pages.map((res) => {
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["cache-control"], "no-cache");
      assert.match(String(res.headers["content-type"]), /^text\/html/);
      assert.ok(!res.body.includes("__CSP_NONCE__"), "the placeholder is replaced");
      const nonce = res.body.match(/nonce="([^"]+)"/)?.[1] ?? "";
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.deepEqual(directives(res.headers["content-security-policy"]).get("style-src"), [
        "'self'",
        `'nonce-${nonce}'`,
      ]);
      return nonce;
    });
    assert.equal(new Set(nonces).size, 3, "never the same nonce twice");
  });

  it("caches hashed assets for a year and revalidates everything else", async () => {
    const asset = await web.inject({ url: "/assets/index-Ab12Cd34.js" });
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal((await web.inject({ url: "/favicon.svg" })).headers["cache-control"], "no-cache");
  });

  it("sends HSTS in production and not in a demo on localhost", async () => {
    assert.equal((await t.anonymous().get("/api/health")).headers["strict-transport-security"], "max-age=31536000");
    const demo = await buildApp({ ...t.config, mode: "demo" }, t.db);
    try {
      assert.equal((await demo.inject({ url: "/api/health" })).headers["strict-transport-security"], undefined);
    } finally {
      await demo.close();
    }
  });

  it("keeps referrers on this site and forbids content sniffing", async () => {
    const res = await web.inject({ url: "/login" });
    assert.equal(res.headers["referrer-policy"], "same-origin");
    assert.equal(res.headers["x-content-type-options"], "nosniff");
  });

  it("lets no browser or proxy store an API answer, an error, a PDF or an evidence file", async () => {
    await openYear(t.db, 2026);
    const { skpId, rhkIds } = await reportingStaff(t.db, office);
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const file = multipart([
      { name: "rhkId", value: rhkIds[0] ?? "" },
      { name: "file", filename: "daftar hadir.pdf", contentType: "application/pdf", content: PDF },
    ]);
    const evidence = json(await staff.post(`/api/reports/${opened.id}/evidence`, file.payload, file));
    const responses = {
      json: await staff.get("/api/auth/me"),
      error: await t.anonymous().get("/api/auth/me"),
      unknownRoute: await staff.get("/api/nothing-here"),
      skpPdf: await staff.get(`/api/skps/${skpId}/pdf`),
      reportPdf: await staff.get(`/api/reports/${opened.id}/pdf`),
      evidence: await staff.get(`/api/evidence/${evidence.id}`),
    };
    for (const [what, res] of Object.entries(responses)) {
      assert.equal(res.headers["cache-control"], "no-store", what);
    }
    assert.equal(responses.evidence.statusCode, 200);
    assert.equal(responses.skpPdf.headers["content-type"], "application/pdf");
  });
});
