import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 10: beyond the configured requests in progress, the API answers 503 server_busy with Retry-After at once. */
describe("load shedding", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("answers the request over the limit with 503 server_busy and Retry-After, and serves again afterwards", async () => {
    t = await createTestApp({ config: { maxInFlight: 2 } });
    const user = await t.given.admin();
    const client = await t.as(user);
    const answers = await Promise.all([1, 2, 3, 4].map(() => client.get("/api/auth/me")));
    const busy = answers.filter((r) => r.statusCode === 503);
    assert.equal(busy.length, 2, answers.map((r) => r.statusCode).join(","));
    assert.equal(json(busy[0] as (typeof answers)[number]).code, "server_busy");
    assert.equal(busy[0]?.headers["retry-after"], "2");
    assert.equal(answers.filter((r) => r.statusCode === 200).length, 2);
    assert.equal((await client.get("/api/auth/me")).statusCode, 200, "the slots were given back");
  });

  it("turns away the requests still waiting when the event loop has been busy longer than the lag limit", async () => {
    t = await createTestApp({ config: { shedAfterLagMs: 200 } });
    const admin = await t.given.admin();
    // Setting up ran without the loop coming round; let it come round before signing in.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const client = await t.as(admin);
    assert.equal((await client.get("/api/auth/me")).statusCode, 200, "a loop that came round serves");
    // One turn of the loop busy for 500 ms, as when it reads 200 waiting requests one after the other.
    const busySince = performance.now();
    while (performance.now() - busySince < 500) {
      // the rest of the turn
    }
    const late = await client.get("/api/auth/me");
    assert.equal(late.statusCode, 503, late.body);
    assert.equal(json(late).code, "server_busy");
    assert.equal(late.headers["retry-after"], "2");
    assert.equal((await t.anonymous().get("/api/health")).statusCode, 200, "the health check still answers");
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal((await client.get("/api/auth/me")).statusCode, 200, "served again once the loop came round");
  });

  it("always answers the health check", async () => {
    t = await createTestApp({ config: { maxInFlight: 1 } });
    const answers = await Promise.all([1, 2, 3].map(() => t.anonymous().get("/api/health")));
    assert.deepEqual(
      answers.map((r) => r.statusCode),
      [200, 200, 200],
    );
  });
});
