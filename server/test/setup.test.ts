import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { issueSetupToken } from "../src/modules/auth/setup.service";
import { assertError, assertInvalid, countRows } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

const STRONG = "Pertama#Kali-2026";

describe("sign-in status", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("reports a production start that needs setup, without demo accounts, with the password policy", async () => {
    t = await createTestApp({ mode: "production" });
    const res = await t.anonymous().get("/api/auth/status");
    assert.deepEqual(json(res), {
      mode: "production",
      needsSetup: true,
      demoAccounts: [],
      passwordResetByEmail: false,
      resetLinkMinutes: 30,
      passwordPolicy: { minLength: 12, requireClasses: true },
    });
  });

  it("says when e-mail is configured, so the login page offers 'lupa kata sandi'", async () => {
    const smtp = { host: "127.0.0.1", port: 2525, secure: false, user: undefined, pass: undefined, from: "x@y" };
    t = await createTestApp({ config: { smtp, passwordPolicy: { minLength: 14, requireClasses: false } } });
    const status = json(await t.anonymous().get("/api/auth/status"));
    assert.equal(status.passwordResetByEmail, true);
    assert.deepEqual(status.passwordPolicy, { minLength: 14, requireClasses: false });
  });
});

describe("first administrator with the token printed at the first start", () => {
  let t: TestApp;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp({ mode: "production" });
    token = (await issueSetupToken(t.db, null, t.clock.now)) ?? "";
  });
  afterEach(() => t.close());

  it("stores only the token's hash, and issues none once an account exists or SETUP_TOKEN is set", async () => {
    assert.ok(token.length >= 40);
    const rows = await t.db.selectFrom("account_token").selectAll().execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]?.token_hash, token);
    assert.equal(await issueSetupToken(t.db, "dari-lingkungan-1234567", t.clock.now), null);
    await t.given.user();
    assert.equal(await issueSetupToken(t.db, null, t.clock.now), null);
  });

  it("creates the first super admin once, signs them in, uses up the token and refuses a second setup", async () => {
    const res = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: token, username: "admin.kec", password: STRONG });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res).user.roles, ["super_admin"]);
    assert.equal(await countRows(t.db, "account_token"), 0);
    const created = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "auth.first_admin_created")
      .executeTakeFirstOrThrow();
    assert.ok(created.ip);
    const again = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: token, username: "kedua", password: STRONG });
    assertError(again, 409, "already_set_up");
    assert.equal(json(await t.anonymous().get("/api/auth/status")).needsSetup, false);
  });

  it("accepts a token issued by another process too, but not an expired one", async () => {
    const other = (await issueSetupToken(t.db, null, t.clock.now)) ?? "";
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 3_600_000);
    const late = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: other, username: "admin.kec", password: STRONG });
    assertError(late, 403, "setup_token_invalid");
    const fresh = (await issueSetupToken(t.db, null, t.clock.now)) ?? "";
    const res = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: fresh, username: "admin.kec", password: STRONG });
    assert.equal(res.statusCode, 200, res.body);
  });

  it("names the field of a wrong token, and records the refusal with the address", async () => {
    const res = await t
      .anonymous()
      .post(
        "/api/auth/setup",
        { setupToken: "salah", username: "admin.kec", password: STRONG },
        { remoteAddress: "198.51.100.7" },
      );
    const body = assertError(res, 403, "setup_token_invalid");
    assert.ok(body.fields.setupToken);
    const [event] = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "auth.setup_refused")
      .execute();
    assert.equal(event?.ip, "198.51.100.7");
    assert.equal(event?.actor_id, null);
  });

  it("refuses a weak first password with every problem, after the token is checked", async () => {
    const res = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: token, username: "admin.kec", password: "pendek" });
    const body = assertError(res, 422, "password_too_weak");
    assert.deepEqual(body.details.problems, ["too_short", "missing_upper", "missing_digit", "missing_symbol"]);
    assert.ok(body.fields.password);
    assert.equal(await countRows(t.db, "user_account"), 0);
  });

  it("answers 400 for a missing token, username or password and for unknown fields", async () => {
    assertInvalid(await t.anonymous().post("/api/auth/setup", { username: "admin.kec", password: STRONG }), {
      setupToken: /wajib/,
    });
    assertInvalid(await t.anonymous().post("/api/auth/setup", { setupToken: token, password: STRONG }), {
      username: /wajib/,
    });
    assertInvalid(
      await t.anonymous().post("/api/auth/setup", { setupToken: token, username: "a.b", password: STRONG, role: "x" }),
      { role: /tidak dikenal/ },
    );
  });

  it("lets each address try only five wrong tokens in 15 minutes", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t
        .anonymous()
        .post("/api/auth/setup", { setupToken: `x${i}`, username: "a.b.c", password: STRONG });
      assertError(res, 403, "setup_token_invalid");
    }
    const blocked = await t
      .anonymous()
      .post("/api/auth/setup", { setupToken: token, username: "a.b.c", password: STRONG });
    assert.equal(assertError(blocked, 429, "too_many_attempts").details.retryAfterMinutes, 15);
    const elsewhere = await t
      .anonymous()
      .post(
        "/api/auth/setup",
        { setupToken: token, username: "a.b.c", password: STRONG },
        { remoteAddress: "10.9.8.7" },
      );
    assert.equal(elsewhere.statusCode, 200, elsewhere.body);
  });
});
