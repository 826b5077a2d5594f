import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { hashPassword } from "../../src/modules/auth/password";
import { assertError } from "../assertions";
import { createTestApp, json, type TestApp } from "../test-app";

// Issue 8, findings 1 and 8, attacked the way they were found: through the front door, with real sessions.
const OLD = "Lama#Sekali-2025";
const TAKEOVER = "Ambil#Alih-2026x";
const ATTACKER_IP = "203.0.113.66";

const refusals = (t: TestApp) =>
  t.db.selectFrom("audit_event").selectAll().where("action", "=", "account.refused").execute();

describe("attack: finding 1, a pengelola kinerja takes over higher accounts by resetting their password", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("refuses a pengelola resetting a super admin's password, and the super admin keeps their own", async () => {
    const pengelola = await t.given.admin();
    const superAdmin = await t.given.user({ roles: ["super_admin"], username: "kepala.admin", password: OLD });
    const res = await (await t.as(pengelola)).post(
      `/api/accounts/${superAdmin.userId}/password`,
      { newPassword: TAKEOVER },
      { remoteAddress: ATTACKER_IP },
    );
    assertError(res, 403, "account_rank_forbidden");
    const stolen = await t.anonymous().post("/api/auth/login", { identifier: "kepala.admin", password: TAKEOVER });
    assert.equal(stolen.statusCode, 401, "the attacker's password must not open the super admin account");
    const owner = await t.anonymous().post("/api/auth/login", { identifier: "kepala.admin", password: OLD });
    assert.equal(owner.statusCode, 200);
    const [event] = await refusals(t);
    assert.equal(event?.actor_id, pengelola.userId);
    assert.equal(event?.subject_id, superAdmin.userId);
    assert.equal(event?.ip, ATTACKER_IP);
  });

  it("lets a pengelola act only on accounts that hold the pegawai role alone", async () => {
    const pengelola = await t.as(await t.given.admin());
    const cases = [
      { roles: ["pengelola_kinerja"] as const, status: 403 },
      { roles: ["auditor"] as const, status: 403 },
      { roles: ["super_admin"] as const, status: 403 },
      { roles: [] as const, status: 200 },
    ];
    for (const { roles, status } of cases) {
      const person = await t.given.employee();
      const target = await t.given.user({ employeeId: person.id, roles: [...roles], password: OLD });
      const reset = await pengelola.post(`/api/accounts/${target.userId}/password`, { newPassword: TAKEOVER });
      assert.equal(reset.statusCode, status, `reset of ${roles.join(",") || "pegawai"}: ${reset.body}`);
      const off = await pengelola.post(`/api/accounts/${target.userId}/deactivate`, {
        reason: "pindah",
        note: "",
        version: status === 200 ? 2 : 1,
      });
      assert.equal(off.statusCode, status, `deactivation of ${roles.join(",") || "pegawai"}: ${off.body}`);
    }
  });

  it("lets a super admin reset every account, including another super admin's", async () => {
    const superAdmin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    for (const roles of [["pengelola_kinerja"], ["auditor"], ["super_admin"]] as const) {
      const target = await t.given.user({ roles: [...roles], password: OLD });
      const res = await superAdmin.post(`/api/accounts/${target.userId}/password`, { newPassword: TAKEOVER });
      assert.equal(res.statusCode, 200, `${roles[0]}: ${res.body}`);
    }
  });

  it("audits every reset with its address, tells the owner at once, and forces a change at sign-in", async () => {
    const pengelola = await t.given.admin();
    const person = await t.given.employee({ email: "budi@example.go.id" });
    const owner = await t.given.user({ employeeId: person.id, password: OLD });
    const res = await (await t.as(pengelola)).post(
      `/api/accounts/${owner.userId}/password`,
      { newPassword: TAKEOVER },
      { remoteAddress: ATTACKER_IP },
    );
    assert.equal(res.statusCode, 200, res.body);
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "account.password_reset")
      .executeTakeFirstOrThrow();
    assert.equal(event.ip, ATTACKER_IP);
    const bell = await t.db.selectFrom("notification").selectAll().where("user_id", "=", owner.userId).execute();
    assert.deepEqual(
      bell.map((n) => n.kind),
      ["account_password_reset"],
    );
    const mail = await t.db.selectFrom("outbound_email").selectAll().execute();
    assert.deepEqual(
      mail.map((m) => m.to_address),
      ["budi@example.go.id"],
    );
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: TAKEOVER });
    assert.equal(json(login).user.mustChangePassword, true);
  });
});

describe("attack: finding 8, the first-setup endpoint", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ config: { setupToken: "token-dari-log-server-12345" } });
  });
  afterEach(() => t.close());

  const STRONG = "Pertama#Kali-2026";

  it("does not give a fresh production install to whoever reaches it first without the setup token", async () => {
    const anon = t.anonymous();
    const none = await anon.post("/api/auth/setup", { username: "penyusup", password: STRONG });
    assert.equal(none.statusCode, 400, none.body);
    const wrong = await anon.post(
      "/api/auth/setup",
      { setupToken: "tebakan", username: "penyusup", password: STRONG },
      { remoteAddress: ATTACKER_IP },
    );
    assertError(wrong, 403, "setup_token_invalid");
    assert.equal(json(await anon.get("/api/auth/status")).needsSetup, true);
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "auth.setup_refused")
      .executeTakeFirstOrThrow();
    assert.equal(event.ip, ATTACKER_IP);
  });

  it("rate-limits wrong setup tokens per address, even before the right one", async () => {
    const anon = t.anonymous();
    const guess = (token: string) =>
      anon.post(
        "/api/auth/setup",
        { setupToken: token, username: "penyusup", password: STRONG },
        { remoteAddress: ATTACKER_IP },
      );
    for (let i = 0; i < 5; i++) {
      assertError(await guess(`tebakan-${i}`), 403, "setup_token_invalid");
    }
    assertError(await guess("token-dari-log-server-12345"), 429, "too_many_attempts");
  });

  it("answers an already-set-up office before spending any password hashing on the request", async () => {
    const anon = t.anonymous();
    const first = await anon.post("/api/auth/setup", {
      setupToken: "token-dari-log-server-12345",
      username: "admin.kec",
      password: STRONG,
    });
    assert.equal(first.statusCode, 200, first.body);
    const started = performance.now();
    await hashPassword("one-hash-for-scale");
    const oneHash = performance.now() - started;
    const replayStart = performance.now();
    for (let i = 0; i < 10; i++) {
      const again = await anon.post("/api/auth/setup", {
        setupToken: "token-dari-log-server-12345",
        username: `penyusup${i}`,
        password: `Panjang#Sekali-${i}-${"x".repeat(150)}`,
      });
      assertError(again, 409, "already_set_up");
    }
    const replay = performance.now() - replayStart;
    assert.ok(replay < oneHash * 5, `10 refused setups took ${replay} ms, one argon2 hash ${oneHash} ms`);
  });
});
