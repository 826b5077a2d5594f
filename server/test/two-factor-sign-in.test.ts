import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SESSION_COOKIE } from "../src/http/session";
import { assertError, assertInvalid } from "./assertions";
import { codeStep, cookieValue, enrol, nextCode, passwordStep, sessionClient } from "./given-two-factor";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "kata-sandi-yang-benar";

describe("second factor: the second sign-in step", () => {
  let t: TestApp;
  let secret: string;
  let recoveryCodes: string[];
  beforeEach(async () => {
    t = await createTestApp();
    const person = await t.given.employee({ nip: "198303032008012003" });
    const user = await t.given.user({ employeeId: person.id, username: "dewi", password: PASSWORD });
    ({ secret, recoveryCodes } = await enrol(t, await t.as(user)));
  });
  afterEach(() => t.close());

  it("answers a correct password with a challenge, not a session", async () => {
    const { res, challenge } = await passwordStep(t, "dewi", PASSWORD);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(json(res), { secondFactorRequired: true, expiresAt: "2026-03-16T03:05:00.000Z" });
    assert.ok(challenge && challenge.length > 40);
    assert.equal(cookieValue(res, SESSION_COOKIE), null);
    const setCookie = String(res.headers["set-cookie"]);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.match(setCookie, /Path=\/api\/auth\/login/);
    const stored = await t.db.selectFrom("sign_in_challenge").select("id").execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]?.id, challenge, "the challenge is stored hashed");
  });

  it("completes with a code: the session starts, remembers the factor, and the challenge is gone", async () => {
    const { challenge } = await passwordStep(t, "19830303 200801 2 003", PASSWORD);
    const res = await codeStep(t, challenge, { method: "totp", code: nextCode(t, secret) });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).user.username, "dewi");
    assert.equal(json(res).user.secondFactorEnrolmentRequired, false);
    assert.equal(cookieValue(res, "simkin_challenge"), "");
    const client = sessionClient(t, res);
    assert.equal(json(await client.get("/api/auth/second-factor")).sessionVerified, true);
    const session = await t.db.selectFrom("session").select("second_factor_at").orderBy("created_at", "desc").execute();
    assert.ok(session.some((s) => s.second_factor_at === t.clock.now.toISOString()));
    assert.deepEqual(await t.db.selectFrom("sign_in_challenge").select("id").execute(), []);
    const event = await t.db
      .selectFrom("audit_event")
      .select(["after_json", "ip"])
      .where("action", "=", "auth.signed_in")
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(event.after_json ?? "null"), { secondFactor: "totp", enrolmentRequired: false });
    assert.equal(event.ip, "127.0.0.1");
  });

  it("refuses the same code twice, even on a new challenge within the same 30 seconds", async () => {
    const code = nextCode(t, secret);
    const first = await passwordStep(t, "dewi", PASSWORD);
    assert.equal((await codeStep(t, first.challenge, { method: "totp", code })).statusCode, 200);
    const second = await passwordStep(t, "dewi", PASSWORD);
    const res = await codeStep(t, second.challenge, { method: "totp", code });
    assertError(res, 401, "invalid_second_factor_code");
  });

  it("refuses a wrong code and says how many attempts are left", async () => {
    const { challenge } = await passwordStep(t, "dewi", PASSWORD);
    const res = await codeStep(t, challenge, { method: "totp", code: "000000" });
    assert.equal(assertError(res, 401, "invalid_second_factor_code").details.attemptsLeft, 4);
    assert.equal(cookieValue(res, SESSION_COOKIE), null);
    const ok = await codeStep(t, challenge, { method: "totp", code: nextCode(t, secret) });
    assert.equal(ok.statusCode, 200, "a correct code still completes the same challenge");
  });

  it("accepts each recovery code once, typed in any case and with or without dashes", async () => {
    const code = recoveryCodes[0] ?? "";
    const first = await passwordStep(t, "dewi", PASSWORD);
    const typed = ` ${code.toUpperCase().replace(/-/g, " ")} `;
    const ok = await codeStep(t, first.challenge, { method: "recovery_code", code: typed });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(json(await sessionClient(t, ok).get("/api/auth/second-factor")).recoveryCodesLeft, 9);
    const again = await passwordStep(t, "dewi", PASSWORD);
    assertError(
      await codeStep(t, again.challenge, { method: "recovery_code", code }),
      401,
      "invalid_second_factor_code",
    );
  });

  it("refuses a second step without a challenge, with an unknown one, or after five minutes", async () => {
    assertError(await codeStep(t, null, { method: "totp", code: "123456" }), 401, "second_factor_challenge_expired");
    assertError(
      await codeStep(t, "x".repeat(43), { method: "totp", code: "123456" }),
      401,
      "second_factor_challenge_expired",
    );
    const { challenge } = await passwordStep(t, "dewi", PASSWORD);
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    const late = await codeStep(t, challenge, { method: "totp", code: nextCode(t, secret) });
    assertError(late, 401, "second_factor_challenge_expired");
  });

  it("validates the body of the second step", async () => {
    const { challenge } = await passwordStep(t, "dewi", PASSWORD);
    assertInvalid(await codeStep(t, challenge, { method: "sms" as "totp", code: "123456" }), {
      method: /tidak dikenal/,
    });
    assertInvalid(await codeStep(t, challenge, { method: "totp", code: " " }), { code: /wajib/ });
  });
});

describe("second factor: required roles in production", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("restricts a super admin without a factor to enrolment, me and sign-out until enrolled", async () => {
    t = await createTestApp();
    await t.given.user({ username: "admin.kec", roles: ["super_admin"], password: PASSWORD });
    const res = await t.anonymous().post("/api/auth/login", { identifier: "admin.kec", password: PASSWORD });
    assert.equal(res.statusCode, 200);
    assert.equal(json(res).user.secondFactorEnrolmentRequired, true);
    const client = sessionClient(t, res);
    assert.equal((await client.get("/api/auth/me")).statusCode, 200);
    for (const url of ["/api/units", "/api/employees", "/api/audit-events", "/api/profile"]) {
      assertError(await client.get(url), 403, "second_factor_enrolment_required");
    }
    assertError(
      await client.put("/api/accounts/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/roles", { roles: [], version: 1 }),
      403,
      "second_factor_enrolment_required",
    );
    await enrol(t, client);
    assert.equal(json(await client.get("/api/auth/me")).user.secondFactorEnrolmentRequired, false);
    assert.equal((await client.get("/api/units")).statusCode, 200);
  });

  it("also restricts the first administrator made at setup", async () => {
    t = await createTestApp();
    const res = await t.anonymous().post("/api/auth/setup", { username: "admin.kec", password: PASSWORD });
    assert.equal(json(res).user.secondFactorEnrolmentRequired, true);
    assertError(await sessionClient(t, res).get("/api/units"), 403, "second_factor_enrolment_required");
  });

  it("leaves a pegawai unrestricted in production, and everyone in demo mode", async () => {
    t = await createTestApp();
    await t.given.user({ username: "pegawai.biasa", password: PASSWORD });
    const pegawai = await t.anonymous().post("/api/auth/login", { identifier: "pegawai.biasa", password: PASSWORD });
    assert.equal(json(pegawai).user.secondFactorEnrolmentRequired, false);
    await t.close();
    t = await createTestApp({ mode: "demo" });
    await t.given.user({ username: "admin", roles: ["super_admin"], password: PASSWORD });
    const admin = await t.anonymous().post("/api/auth/login", { identifier: "admin", password: PASSWORD });
    assert.equal(json(admin).user.secondFactorEnrolmentRequired, false);
    assert.equal((await sessionClient(t, admin).get("/api/units")).statusCode, 200);
  });
});
