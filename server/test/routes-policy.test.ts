import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify from "fastify";
import { apiRoutes, enforceRoutePolicies } from "../src/http/route-policy";
import { createTestApp, type TestApp } from "./test-app";

describe("route policies", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it("registers every API route with an explicit access policy", () => {
    const routes = apiRoutes(t.app);
    assert.ok(routes.length >= 20, `expected the API routes, found ${routes.length}`);
    for (const r of routes) {
      assert.match(r.access, /^(public|signed_in|admin|admin_or_auditor|audit|super_admin)$/, `${r.method} ${r.url}`);
    }
  });

  it("keeps the public routes to health, sign-in status, first setup, login (both steps) and document verification", () => {
    const open = apiRoutes(t.app)
      .filter((r) => r.access === "public")
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    assert.deepEqual(open, [
      "GET /api/auth/status",
      "GET /api/health",
      "GET /api/verify/:code",
      "POST /api/auth/login",
      "POST /api/auth/login/second-factor",
      "POST /api/auth/setup",
    ]);
  });

  it("refuses to start when a route has no policy", async () => {
    const app = Fastify();
    enforceRoutePolicies(app);
    assert.throws(() => app.get("/api/forgotten", async () => ({})), /has no access policy/);
    await app.close();
  });
});
