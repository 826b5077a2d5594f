import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { loadConfig, PUBLIC_URL_REQUIRED } from "../src/config";
import { prepareInstance, StartRefused, startWarnings } from "../src/startup";
import { createTestApp, type TestApp } from "./test-app";

describe("configuration for the public address and the verification limit", () => {
  it("refuses a production start without PUBLIC_URL, however production is asked for", () => {
    for (const env of [{ NODE_ENV: "production" }, { SIMKIN_MODE: "production" }]) {
      assert.throws(() => loadConfig(env), { message: PUBLIC_URL_REQUIRED });
    }
    assert.match(PUBLIC_URL_REQUIRED, /PUBLIC_URL=https:\/\//, "the message shows how to set it");
  });

  it("starts production with PUBLIC_URL and a demo without it", () => {
    const production = loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://simkin.uji.go.id" });
    assert.equal(production.mode, "production");
    assert.equal(production.publicUrl, "https://simkin.uji.go.id");
    const demo = loadConfig({});
    assert.equal(demo.mode, "demo");
    assert.equal(demo.publicUrl, null);
  });

  it("accepts only an http(s) address as PUBLIC_URL", () => {
    for (const url of ["ftp://simkin.uji.go.id", "javascript:alert(1)", "simkin.uji.go.id"]) {
      assert.throws(() => loadConfig({ PUBLIC_URL: url }), /PUBLIC_URL/, url);
    }
    assert.equal(loadConfig({ PUBLIC_URL: "http://10.0.0.5:3000" }).publicUrl, "http://10.0.0.5:3000");
  });

  it("allows 120 verifications per address in ten minutes unless told otherwise", () => {
    assert.deepEqual(loadConfig({}).verifyLimit, { maxRequests: 120, windowMinutes: 10 });
    const custom = loadConfig({ VERIFY_MAX_REQUESTS: "300", VERIFY_WINDOW_MINUTES: "60" });
    assert.deepEqual(custom.verifyLimit, { maxRequests: 300, windowMinutes: 60 });
    assert.throws(() => loadConfig({ VERIFY_MAX_REQUESTS: "0" }), /VERIFY_MAX_REQUESTS/);
  });
});

describe("start warnings", () => {
  const base = loadConfig({ PORT: "3000" });

  it("says loudly that a demo holds fictitious data and how to start production", () => {
    const warnings = startWarnings(base);
    assert.ok(warnings.some((w) => w.startsWith("MODE DEMO: data fiktif")));
    assert.ok(warnings.some((w) => w.includes("NODE_ENV=production PUBLIC_URL=")));
  });

  it("warns that printed QR codes point at localhost without PUBLIC_URL", () => {
    assert.ok(startWarnings(base).some((w) => w.includes("PUBLIC_URL tidak diatur") && w.includes("localhost:3000")));
    assert.deepEqual(
      startWarnings({ ...base, publicUrl: "https://simkin.uji.go.id" }).length,
      2,
      "only the demo lines",
    );
  });

  it("says nothing on a production start", () => {
    assert.deepEqual(startWarnings({ ...base, mode: "production", publicUrl: "https://simkin.uji.go.id" }), []);
  });
});

describe("which database a start accepts", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const markDemo = () =>
    t.db
      .insertInto("instance_marker")
      .values({ key: "demo_office", value: "seed", created_at: t.clock.now.toISOString() })
      .execute();

  it("refuses a demo start on a database with real data, and tells how to start production", async () => {
    await t.given.admin();
    await assert.rejects(prepareInstance(t.db, { ...t.config, mode: "demo" }, t.clock.now), (error: unknown) => {
      assert.ok(error instanceof StartRefused);
      assert.match(error.message, /bukan data demo/);
      assert.match(error.message, /NODE_ENV=production PUBLIC_URL=/);
      return true;
    });
  });

  it("refuses a demo start on a database with units but no account yet", async () => {
    await t.given.unit();
    await assert.rejects(prepareInstance(t.db, { ...t.config, mode: "demo" }, t.clock.now), StartRefused);
  });

  it("runs a demo on the demo office it seeded without seeding again", async () => {
    await markDemo();
    await t.given.admin();
    assert.deepEqual(await prepareInstance(t.db, { ...t.config, mode: "demo" }, t.clock.now), { seeded: false });
  });

  it("refuses a production start on the demo office, whose accounts share a published password", async () => {
    await markDemo();
    await assert.rejects(prepareInstance(t.db, t.config, t.clock.now), /kantor demo/);
  });

  it("starts production on an empty database or on its own data", async () => {
    assert.deepEqual(await prepareInstance(t.db, t.config, t.clock.now), { seeded: false });
    await t.given.admin();
    assert.deepEqual(await prepareInstance(t.db, t.config, t.clock.now), { seeded: false });
  });

  it("recognises a demo database seeded before the marker existed by the seed's audit event", async () => {
    const { up } = await import("../src/db/migrations/2026_12_06_004_public_surface");
    await t.underSchemaLock(async () => {
      await t.db.schema.dropTable("instance_marker").execute();
      await t.db.schema.dropTable("rate_limit_window").execute();
      await t.db.schema.alterTable("document_verification").dropColumn("issuer").execute();
      await t.db.schema.alterTable("document_verification").dropColumn("subject_name").execute();
    });
    await t.db
      .insertInto("audit_event")
      .values({
        id: crypto.randomUUID(),
        at: "2026-01-05T00:00:00.000Z",
        actor_id: null,
        action: "seed.demo_office",
        subject_type: "system",
        subject_id: "seed",
        before_json: null,
        after_json: null,
        prev_hash: null,
        hash: null,
        ip: null,
      })
      .execute();
    await t.underSchemaLock(() => up(t.db));
    const marker = await t.db.selectFrom("instance_marker").selectAll().execute();
    assert.deepEqual(marker, [{ key: "demo_office", value: "seed", created_at: "2026-01-05T00:00:00.000Z" }]);
  });
});
