import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SESSION_COOKIE } from "../src/http/session";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "rahasia-yang-panjang";

function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const header = res.headers["set-cookie"];
  const raw = Array.isArray(header) ? String(header[0]) : String(header);
  const match = raw.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`));
  return match?.[1] ?? "";
}

describe("sign-in", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("signs in with the NIP, sets an httpOnly SameSite cookie and returns a CSRF token", async () => {
    const person = await t.given.employee();
    await t.given.user({ employeeId: person.id, username: "budi", password: PASSWORD });
    const res = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: PASSWORD });
    assert.equal(res.statusCode, 200);
    const cookie = String(res.headers["set-cookie"]);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.equal(json(res).employee.nip, person.nip);
    assert.ok(json(res).csrfToken.length > 20);
    assert.deepEqual(json(res).user.roles, ["pegawai"]);
  });

  it("signs in with the username in any letter case, and with a NIP typed with spaces", async () => {
    const person = await t.given.employee({ nip: "196608011988031001" });
    await t.given.user({ employeeId: person.id, username: "budi.s", password: PASSWORD });
    const byName = await t.anonymous().post("/api/auth/login", { identifier: " BUDI.S ", password: PASSWORD });
    assert.equal(byName.statusCode, 200);
    const byNip = await t
      .anonymous()
      .post("/api/auth/login", { identifier: "19660801 198803 1 001", password: PASSWORD });
    assert.equal(byNip.statusCode, 200);
  });

  it("answers unknown accounts and wrong passwords identically", async () => {
    await t.given.user({ username: "ada", password: PASSWORD });
    const wrong = await t.anonymous().post("/api/auth/login", { identifier: "ada", password: "salah-sekali" });
    const unknown = await t.anonymous().post("/api/auth/login", { identifier: "tidak.ada", password: "salah-sekali" });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(json(wrong), json(unknown));
    assert.equal(json(wrong).code, "invalid_credentials");
  });

  it("refuses an account that has no password yet", async () => {
    await t.given.user({ username: "baru" });
    const res = await t.anonymous().post("/api/auth/login", { identifier: "baru", password: "apa-saja-12345" });
    assert.equal(res.statusCode, 401);
  });

  it("makes the failing address wait after five failures with an Indonesian message, even for the right password", async () => {
    await t.given.user({ username: "coba", password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      const res = await t.anonymous().post("/api/auth/login", { identifier: "coba", password: `salah-${i}-xxxxx` });
      assert.equal(res.statusCode, 401);
    }
    const locked = await t.anonymous().post("/api/auth/login", { identifier: "coba", password: PASSWORD });
    assert.equal(locked.statusCode, 429);
    assert.equal(json(locked).code, "too_many_attempts");
    assert.match(json(locked).message, /Terlalu banyak percobaan/);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    const later = await t.anonymous().post("/api/auth/login", { identifier: "coba", password: PASSWORD });
    assert.equal(later.statusCode, 200);
  });

  it("rejects malformed JSON, unknown fields and missing fields with 400", async () => {
    const anon = t.anonymous();
    const malformed = await anon.post("/api/auth/login", "{identifier:", {
      headers: { "content-type": "application/json" },
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(json(malformed).code, "invalid_json");
    const extra = await anon.post("/api/auth/login", { identifier: "a", password: "b", role: "super_admin" });
    assert.equal(extra.statusCode, 400);
    assert.equal(json(extra).fields.role, "Kolom tidak dikenal");
    const missing = await anon.post("/api/auth/login", { identifier: "a" });
    assert.equal(missing.statusCode, 400);
    assert.ok(json(missing).fields.password);
  });

  it("refuses a cross-site login post by its Origin header", async () => {
    await t.given.user({ username: "origin", password: PASSWORD });
    const res = await t
      .anonymous()
      .post(
        "/api/auth/login",
        { identifier: "origin", password: PASSWORD },
        { headers: { origin: "https://evil.example" } },
      );
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).code, "csrf_failed");
  });

  it("rotates the session on sign-in: the old cookie stops working", async () => {
    await t.given.user({ username: "rotasi", password: PASSWORD });
    const first = await t.anonymous().post("/api/auth/login", { identifier: "rotasi", password: PASSWORD });
    const oldCookie = `${SESSION_COOKIE}=${cookieFrom(first)}`;
    const second = await t
      .anonymous()
      .post("/api/auth/login", { identifier: "rotasi", password: PASSWORD }, { headers: { cookie: oldCookie } });
    assert.equal(second.statusCode, 200);
    assert.notEqual(cookieFrom(second), cookieFrom(first));
    const withOld = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: oldCookie } });
    assert.equal(withOld.statusCode, 401);
  });
});

describe("sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("answers 401 to anonymous calls of signed-in endpoints", async () => {
    for (const url of ["/api/auth/me", "/api/profile", "/api/units", "/api/employees", "/api/audit-events"]) {
      const res = await t.anonymous().get(url);
      assert.equal(res.statusCode, 401, url);
      assert.equal(json(res).code, "unauthenticated");
    }
  });

  it("expires a session after its lifetime", async () => {
    const user = await t.given.user();
    const client = await t.as(user);
    assert.equal((await client.get("/api/auth/me")).statusCode, 200);
    t.clock.now = new Date(t.clock.now.getTime() + 13 * 3_600_000);
    assert.equal((await client.get("/api/auth/me")).statusCode, 401);
  });

  it("requires the CSRF token on every state change", async () => {
    const user = await t.given.user();
    const client = await t.as(user);
    const res = await client.post("/api/auth/logout", {}, { headers: { "x-csrf-token": "palsu" } });
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).code, "csrf_failed");
    assert.equal((await client.get("/api/auth/me")).statusCode, 200);
  });

  it("signs out: the session ends and the cookie is cleared", async () => {
    const user = await t.given.user();
    const client = await t.as(user);
    const res = await client.post("/api/auth/logout");
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["set-cookie"]), new RegExp(`${SESSION_COOKIE}=;`));
    assert.equal((await client.get("/api/auth/me")).statusCode, 401);
  });

  it("derives rater, atasan and pimpinan from the org chart, not from assigned roles", async () => {
    const office = await t.given.office();
    const camat = json(await (await t.as(office.camat)).get("/api/auth/me"));
    assert.deepEqual(camat.capabilities, { isRater: true, isAtasanRater: true, isPimpinan: true });
    const kasi = json(await (await t.as(office.kasi)).get("/api/auth/me"));
    assert.deepEqual(kasi.capabilities, { isRater: true, isAtasanRater: false, isPimpinan: false });
    const staff = json(await (await t.as(office.staff)).get("/api/auth/me"));
    assert.deepEqual(staff.capabilities, { isRater: false, isAtasanRater: false, isPimpinan: false });
  });
});

describe("passwords and accounts", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("changes the password and ends the user's other sessions", async () => {
    const user = await t.given.user({ username: "ganti", password: PASSWORD });
    const here = await t.as(user);
    const elsewhere = await t.as(user);
    const res = await here.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "kata-sandi-baru-1" });
    assert.equal(res.statusCode, 200);
    assert.equal((await here.get("/api/auth/me")).statusCode, 200);
    assert.equal((await elsewhere.get("/api/auth/me")).statusCode, 401);
    const login = await t.anonymous().post("/api/auth/login", { identifier: "ganti", password: "kata-sandi-baru-1" });
    assert.equal(login.statusCode, 200);
  });

  it("refuses a wrong current password and a too-short new one, naming the field", async () => {
    const user = await t.given.user({ password: PASSWORD });
    const client = await t.as(user);
    const wrong = await client.post("/api/auth/password", {
      currentPassword: "keliru-sekali",
      newPassword: "baru-baru-baru",
    });
    assert.equal(wrong.statusCode, 422);
    assert.equal(json(wrong).fields.currentPassword, "Kata sandi lama salah");
    const short = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "pendek" });
    assert.equal(short.statusCode, 400);
    assert.match(json(short).fields.newPassword, /minimal 10/);
  });

  it("lets an administrator reset a password, which the user must then change", async () => {
    const admin = await t.given.admin();
    const person = await t.given.employee();
    const target = await t.given.user({ employeeId: person.id, password: PASSWORD });
    const res = await (await t.as(admin)).post(`/api/accounts/${target.userId}/password`, {
      newPassword: "sementara-123",
    });
    assert.equal(res.statusCode, 200);
    assert.equal(json(res).hasPassword, true);
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: "sementara-123" });
    assert.equal(json(login).user.mustChangePassword, true);
    const events = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "account.password_reset")
      .execute();
    assert.equal(events.length, 1);
  });

  it("does not let a plain employee reset someone's password", async () => {
    const office = await t.given.office();
    const res = await (await t.as(office.staff)).post(`/api/accounts/${office.kasi.userId}/password`, {
      newPassword: "sementara-123",
    });
    assert.equal(res.statusCode, 403);
  });

  it("lets only the super admin assign roles, with optimistic locking", async () => {
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const admin = await t.given.admin();
    const target = await t.given.user();
    const byAdmin = await (await t.as(admin)).put(`/api/accounts/${target.userId}/roles`, {
      roles: ["auditor"],
      version: 1,
    });
    assert.equal(byAdmin.statusCode, 403);
    const client = await t.as(superAdmin);
    const ok = await client.put(`/api/accounts/${target.userId}/roles`, { roles: ["auditor"], version: 1 });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(json(ok).roles, ["auditor"]);
    const stale = await client.put(`/api/accounts/${target.userId}/roles`, { roles: [], version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).code, "stale_version");
  });

  it("does not let the super admin remove their own super admin role", async () => {
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const res = await (await t.as(superAdmin)).put(`/api/accounts/${superAdmin.userId}/roles`, {
      roles: ["auditor"],
      version: 1,
    });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "own_admin_role");
  });

  it("answers 404 for an account that does not exist", async () => {
    const admin = await t.given.admin();
    const res = await (await t.as(admin)).post("/api/accounts/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/password", {
      newPassword: "sementara-123",
    });
    assert.equal(res.statusCode, 404);
  });
});

describe("first administrator on a production start", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ mode: "production" });
  });
  afterEach(() => t.close());

  it("reports that setup is needed and shows no demo accounts", async () => {
    const res = await t.anonymous().get("/api/auth/status");
    assert.deepEqual(json(res), { mode: "production", needsSetup: true, demoAccounts: [] });
  });

  it("creates the first super admin once, signs them in, and refuses a second setup", async () => {
    const res = await t.anonymous().post("/api/auth/setup", { username: "admin.kec", password: PASSWORD });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(json(res).user.roles, ["super_admin"]);
    const again = await t.anonymous().post("/api/auth/setup", { username: "penyusup", password: PASSWORD });
    assert.equal(again.statusCode, 409);
    assert.equal(json(again).code, "already_set_up");
    assert.equal(json(await t.anonymous().get("/api/auth/status")).needsSetup, false);
  });

  it("refuses a weak first password", async () => {
    const res = await t.anonymous().post("/api/auth/setup", { username: "admin.kec", password: "123" });
    assert.equal(res.statusCode, 400);
    assert.ok(json(res).fields.password);
  });
});
