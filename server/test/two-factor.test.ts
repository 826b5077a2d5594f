import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { enrol, nextCode, totpAt } from "./given-two-factor";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "kata-sandi-yang-benar";
const BASE = "/api/auth/second-factor";

describe("second factor: enrolment from the user's security page", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("reports the status: off, optional for a pegawai, required for a pengelola in production", async () => {
    const pegawai = await (await t.as(await t.given.user())).get(BASE);
    assert.deepEqual(json(pegawai), {
      enabled: false,
      enabledAt: null,
      required: false,
      recoveryCodesLeft: 0,
      sessionVerified: false,
    });
    assert.equal(json(await (await t.as(await t.given.admin())).get(BASE)).required, true);
    assertError(await t.anonymous().get(BASE), 401, "unauthenticated");
  });

  it("answers 401 to anonymous calls and 403 to writes without the session's CSRF token", async () => {
    const anonymous = t.anonymous();
    for (const path of ["/enrolment", "/enrolment/confirm", "/recovery-codes", "/disable"]) {
      assertError(await anonymous.post(`${BASE}${path}`, { code: "123456", password: "x" }), 401, "unauthenticated");
    }
    const client = await t.as(await t.given.user());
    const forged = await client.post(`${BASE}/enrolment`, {}, { headers: { "x-csrf-token": "palsu" } });
    assertError(forged, 403, "csrf_failed");
  });

  it("starts with a secret, its otpauth URI and a QR code as a PNG data URL", async () => {
    const user = await t.given.user({ username: "budi" });
    const res = await (await t.as(user)).post(`${BASE}/enrolment`);
    assert.equal(res.statusCode, 200);
    const body = json(res);
    assert.match(body.secret, /^[A-Z2-7]{32}$/);
    assert.match(body.otpauthUri, /^otpauth:\/\/totp\/SIMKIN:budi\?/);
    assert.match(body.otpauthUri, new RegExp(`secret=${body.secret}`));
    assert.match(body.qrDataUrl, /^data:image\/png;base64,/);
    assert.equal(json(await (await t.as(user)).get(BASE)).enabled, false, "not enabled before a code confirms it");
  });

  it("confirms with a code, shows ten recovery codes once, and marks the session as verified", async () => {
    const user = await t.given.user();
    const client = await t.as(user);
    const { recoveryCodes } = await enrol(t, client);
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    for (const code of recoveryCodes) {
      assert.match(code, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    }
    const status = json(await client.get(BASE));
    assert.equal(status.enabled, true);
    assert.equal(status.enabledAt, t.clock.now.toISOString());
    assert.equal(status.recoveryCodesLeft, 10);
    assert.equal(status.sessionVerified, true);
    const stored = await t.db.selectFrom("recovery_code").select("code_hash").execute();
    assert.equal(stored.length, 10);
    for (const row of stored) {
      assert.equal(
        recoveryCodes.some((code) => row.code_hash.includes(code.replace(/-/g, ""))),
        false,
        "only hashes are kept",
      );
    }
    const events = await t.db.selectFrom("audit_event").select(["action", "ip"]).execute();
    assert.deepEqual(events, [{ action: "auth.second_factor_enabled", ip: "127.0.0.1" }]);
  });

  it("refuses a wrong or malformed confirmation code, and confirming before starting", async () => {
    const client = await t.as(await t.given.user());
    assertError(await client.post(`${BASE}/enrolment/confirm`, { code: "123456" }), 422, "second_factor_not_started");
    const { secret } = json(await client.post(`${BASE}/enrolment`));
    const wrong = String((Number(totpAt(secret, t.clock.now)) + 1) % 1_000_000).padStart(6, "0");
    const res = await client.post(`${BASE}/enrolment/confirm`, { code: wrong });
    assert.equal(
      assertError(res, 422, "invalid_second_factor_code").fields.code,
      "Kode verifikasi salah atau sudah dipakai",
    );
    assertInvalid(await client.post(`${BASE}/enrolment/confirm`, { code: "12ab56" }), { code: /6 angka/ });
    assertInvalid(await client.post(`${BASE}/enrolment/confirm`, {}), { code: /wajib/ });
    assertError(await t.anonymous().post(`${BASE}/enrolment/confirm`, { code: "123456" }), 401, "unauthenticated");
  });

  it("accepts the code typed with a space, and refuses a second enrolment while one is active", async () => {
    const client = await t.as(await t.given.user());
    const { secret } = json(await client.post(`${BASE}/enrolment`));
    const code = totpAt(secret, t.clock.now);
    const res = await client.post(`${BASE}/enrolment/confirm`, { code: `${code.slice(0, 3)} ${code.slice(3)}` });
    assert.equal(res.statusCode, 200, res.body);
    assertError(await client.post(`${BASE}/enrolment`), 409, "second_factor_already_enabled");
    assertError(
      await client.post(`${BASE}/enrolment/confirm`, { code: nextCode(t, secret) }),
      409,
      "second_factor_already_enabled",
    );
  });

  it("restarting an enrolment replaces the pending secret: a code from the old one no longer confirms", async () => {
    const client = await t.as(await t.given.user());
    const first = json(await client.post(`${BASE}/enrolment`)).secret;
    const second = json(await client.post(`${BASE}/enrolment`)).secret;
    assert.notEqual(first, second);
    assertError(
      await client.post(`${BASE}/enrolment/confirm`, { code: totpAt(first, t.clock.now) }),
      422,
      "invalid_second_factor_code",
    );
    assert.equal(
      (await client.post(`${BASE}/enrolment/confirm`, { code: totpAt(second, t.clock.now) })).statusCode,
      200,
    );
  });
});

describe("second factor: new recovery codes and turning it off", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("makes ten new recovery codes after a current code; the old ones stop working", async () => {
    const user = await t.given.user({ username: "rina", password: PASSWORD });
    const client = await t.as(user);
    const { secret, recoveryCodes } = await enrol(t, client);
    assertInvalid(await client.post(`${BASE}/recovery-codes`, { code: "" }), { code: /6 angka/ });
    assertError(await client.post(`${BASE}/recovery-codes`, { code: "000000" }), 422, "invalid_second_factor_code");
    const res = await client.post(`${BASE}/recovery-codes`, { code: nextCode(t, secret) });
    assert.equal(res.statusCode, 200);
    const fresh: string[] = json(res).recoveryCodes;
    assert.equal(fresh.length, 10);
    assert.equal(
      fresh.some((code) => recoveryCodes.includes(code)),
      false,
    );
    const rows = await t.db.selectFrom("recovery_code").select("id").where("user_id", "=", user.userId).execute();
    assert.equal(rows.length, 10);
  });

  it("refuses new recovery codes and turning off when no factor is enabled", async () => {
    const client = await t.as(await t.given.user({ password: PASSWORD }));
    assertError(await client.post(`${BASE}/recovery-codes`, { code: "123456" }), 422, "second_factor_not_enabled");
    assertError(
      await client.post(`${BASE}/disable`, { password: PASSWORD, code: "123456" }),
      422,
      "second_factor_not_enabled",
    );
  });

  it("turns the factor off with the password and a current code; the next sign-in needs only the password", async () => {
    const user = await t.given.user({ username: "sari", password: PASSWORD });
    const client = await t.as(user);
    const { secret } = await enrol(t, client);
    const wrongPassword = await client.post(`${BASE}/disable`, {
      password: "bukan-ini-sandinya",
      code: nextCode(t, secret),
    });
    assert.equal(assertError(wrongPassword, 422, "wrong_password").fields.password, "Kata sandi salah");
    assertError(
      await client.post(`${BASE}/disable`, { password: PASSWORD, code: "000000" }),
      422,
      "invalid_second_factor_code",
    );
    assertInvalid(await client.post(`${BASE}/disable`, { password: "", code: "1" }), {
      password: /wajib/,
      code: /6 angka/,
    });
    const res = await client.post(`${BASE}/disable`, { password: PASSWORD, code: nextCode(t, secret) });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(await client.get(BASE)).enabled, false);
    const login = await t.anonymous().post("/api/auth/login", { identifier: "sari", password: PASSWORD });
    assert.equal(json(login).user.username, "sari");
    const actions = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("action", "like", "auth.second%")
      .orderBy("id") // in the order they happened: an index on action (migration 028) may return them by name
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ["auth.second_factor_enabled", "auth.second_factor_disabled"],
    );
  });

  it("does not let a production pengelola kinerja turn a required factor off", async () => {
    const admin = await t.given.user({ roles: ["pengelola_kinerja"], password: PASSWORD });
    const client = await t.as(admin);
    const { secret } = await enrol(t, client);
    assertError(
      await client.post(`${BASE}/disable`, { password: PASSWORD, code: nextCode(t, secret) }),
      422,
      "second_factor_required",
    );
    assert.equal(json(await client.get(BASE)).enabled, true);
  });

  it("lets the same pengelola turn it off in demo mode, where nothing is required", async () => {
    await t.close();
    t = await createTestApp({ mode: "demo" });
    const admin = await t.given.user({ roles: ["pengelola_kinerja"], password: PASSWORD });
    const client = await t.as(admin);
    const { secret } = await enrol(t, client);
    assert.equal(json(await client.get(BASE)).required, false);
    const res = await client.post(`${BASE}/disable`, { password: PASSWORD, code: nextCode(t, secret) });
    assert.equal(res.statusCode, 200, res.body);
  });
});
