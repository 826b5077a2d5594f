/**
 * Route inventory, generated from the running app (apiRoutes) and the contracts domain exports: every route is a
 * contract the matrices see, and without a session every non-public route answers 401 whatever it is sent. The
 * public routes themselves are listed (and their count kept) in server/test/routes-policy.test.ts.
 */
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { InjectOptions } from "fastify";
import { apiRoutes } from "../../src/http/route-policy";
import { SESSION_COOKIE } from "../../src/http/session";
import { createTestApp, json, type TestApp } from "../test-app";
import { endpoints, fillPath, guessSample, pathParams, sampleInput } from "./api-samples";

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);
type Method = InjectOptions["method"];

describe("route inventory", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const routeKeys = () => apiRoutes(t.app).map((r) => `${r.method} ${r.url}`);

  it("serves every exported contract, once, with the contract's own access level", () => {
    const registered = new Map(apiRoutes(t.app).map((r) => [`${r.method} ${r.url}`, r.access]));
    assert.equal(registered.size, apiRoutes(t.app).length, "a route is registered twice");
    for (const { key, name, contract } of endpoints()) {
      assert.equal(registered.get(key), contract.access, `${name} (${key}) is not served with its access level`);
    }
  });

  it("has no route outside the exported contracts, so the IDOR and privilege matrices see every route", () => {
    const contracts = new Set(endpoints().map((e) => e.key));
    const strays = routeKeys().filter((key) => !contracts.has(key));
    assert.deepEqual(strays, [], "export the contract of these routes from domain/src/index.ts");
  });

  /** Each non-public route with a random id, with and without a well-formed body, and with a garbage body. */
  const anonymousCases = () =>
    endpoints()
      .filter((e) => e.contract.access !== "public")
      .flatMap((e) => {
        const path = fillPath(
          e.contract.path,
          Object.fromEntries(pathParams(e.contract.path).map((p) => [p, randomUUID()])),
        );
        const { query, body } = sampleInput(e);
        const bodies: unknown[] = unsafe.has(e.contract.method) ? [body ?? {}, []] : [undefined];
        return bodies.map((payload) => ({ e, url: path + query, payload }));
      });

  it("answers 401 to an anonymous caller on every non-public route, before reading what was sent", async () => {
    const problems: string[] = [];
    for (const { e, url, payload } of anonymousCases()) {
      const res = await t.app.inject({
        method: e.contract.method as Method,
        url,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
      });
      if (res.statusCode !== 401 || json(res).code !== "unauthenticated") {
        problems.push(`${e.key}: ${res.statusCode} ${res.body}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("answers 401 to a made-up or stale session cookie on every non-public route", async () => {
    const cookies = [randomBytes(32).toString("base64url"), "", "x".repeat(4096), "' OR 1=1 --"];
    const problems: string[] = [];
    for (const { e, url, payload } of anonymousCases()) {
      for (const token of cookies) {
        const res = await t.app.inject({
          method: e.contract.method as Method,
          url,
          headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}`, "x-csrf-token": "guess" },
          ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
        });
        if (res.statusCode !== 401) {
          problems.push(`${e.key} with cookie ${JSON.stringify(token.slice(0, 12))}: ${res.statusCode}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it("refuses every signed-in write without the session's CSRF token, or from another site, before anything else", async () => {
    const user = await t.given.user({ roles: ["super_admin"] });
    const client = await t.as(user);
    const problems: string[] = [];
    for (const e of endpoints().filter((x) => unsafe.has(x.contract.method))) {
      const url = fillPath(
        e.contract.path,
        Object.fromEntries(pathParams(e.contract.path).map((p) => [p, randomUUID()])),
      );
      const tries: [string, Record<string, string>][] = [
        ["no token", { "x-csrf-token": "" }],
        ["another session's token", { "x-csrf-token": randomBytes(24).toString("base64url") }],
        ["another site", { origin: "https://evil.example" }],
      ];
      for (const [what, headers] of tries) {
        if (e.contract.access === "public" && what !== "another site") {
          continue; // public writes (sign-in) have no session, so only the Origin check applies
        }
        const res = await client.post(url, sampleInput(e).body ?? {}, { method: e.contract.method, headers });
        if (res.statusCode !== 403 || json(res).code !== "csrf_failed") {
          problems.push(`${e.key} with ${what}: ${res.statusCode} ${res.body}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it("refuses fields a contract does not name (no mass assignment of roles, owners, status or ids)", () => {
    const smuggled = { roles: ["super_admin"], employeeId: randomUUID(), userId: randomUUID(), status: "disetujui" };
    const problems: string[] = [];
    for (const { name, contract } of endpoints()) {
      const sample = contract.body ? guessSample(contract.body) : null;
      for (const [field, value] of Object.entries(smuggled)) {
        if (typeof sample !== "object" || sample === null || field in sample) {
          continue;
        }
        if (contract.body?.safeParse({ ...sample, [field]: value }).success) {
          problems.push(`${name} accepts an unknown "${field}"`);
        }
      }
    }
    assert.deepEqual(problems, [], "make these bodies z.strictObject");
  });
});
