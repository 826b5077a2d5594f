import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { defaultSignInPolicy } from "@simkin/domain";
import { hashPassword } from "../../src/modules/auth/password";
import { assertError } from "../assertions";
import { createTestApp, json, type TestApp } from "../test-app";

// Issue 8, findings 3 and 4: sign-in limits that cannot be bypassed, and that nobody can use to lock an official out.
const PASSWORD = "kata-sandi-yang-benar";
const ATTACKER = { remoteAddress: "198.51.100.7" };
const OWNER = { remoteAddress: "10.20.30.40" };
const login = (t: TestApp, identifier: string, password: string, from: { remoteAddress?: string } = ATTACKER) =>
  t.anonymous().post("/api/auth/login", { identifier, password }, from);

describe("attack: forwarding headers", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("ignores a spoofed X-Forwarded-For when no proxy is configured: the socket address is counted", async () => {
    t = await createTestApp();
    await t
      .anonymous()
      .post(
        "/api/auth/login",
        { identifier: "siapa.saja", password: "salah-salah-salah" },
        { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": "203.0.113.77" } },
      );
    const rows = await t.db.selectFrom("login_failure").select("ip").execute();
    assert.deepEqual(
      rows.map((r) => r.ip),
      ["10.0.0.1"],
    );
  });

  it("cannot escape the per-address limit by inventing a new X-Forwarded-For for every attempt", async () => {
    t = await createTestApp({ config: { loginLimit: { ...defaultSignInPolicy, addressMaxFailures: 8 } } });
    for (let i = 0; i < 8; i++) {
      const res = await t
        .anonymous()
        .post(
          "/api/auth/login",
          { identifier: `nama.${i}`, password: "salah-salah-salah" },
          { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": `203.0.113.${i}` } },
        );
      assert.equal(res.statusCode, 401);
    }
    const res = await t
      .anonymous()
      .post(
        "/api/auth/login",
        { identifier: "nama.baru", password: "salah-salah-salah" },
        { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": "203.0.113.200" } },
      );
    assert.equal(assertError(res, 429, "too_many_attempts").details.reason, "address_limit");
  });

  it("believes X-Forwarded-For only from a configured proxy address", async () => {
    t = await createTestApp({ config: { trustProxy: ["10.0.0.1"] } });
    const viaProxy = { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": "203.0.113.5" } };
    const direct = { remoteAddress: "10.9.9.9", headers: { "x-forwarded-for": "203.0.113.6" } };
    await t.anonymous().post("/api/auth/login", { identifier: "a.b", password: "salah-salah-salah" }, viaProxy);
    await t.anonymous().post("/api/auth/login", { identifier: "c.d", password: "salah-salah-salah" }, direct);
    const rows = await t.db.selectFrom("login_failure").select(["identifier", "ip"]).orderBy("identifier").execute();
    assert.deepEqual(rows, [
      { identifier: "a.b", ip: "203.0.113.5" },
      { identifier: "c.d", ip: "10.9.9.9" },
    ]);
  });

  it("with a hop count, takes the address the nearest proxy saw, not one the client wrote further left", async () => {
    t = await createTestApp({ config: { trustProxy: 1 } });
    const res = await t
      .anonymous()
      .post(
        "/api/auth/login",
        { identifier: "e.f", password: "salah-salah-salah" },
        { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": "1.1.1.1, 203.0.113.9" } },
      );
    assert.equal(res.statusCode, 401);
    const rows = await t.db.selectFrom("login_failure").select("ip").execute();
    assert.deepEqual(
      rows.map((r) => r.ip),
      ["203.0.113.9"],
    );
  });
});

describe("attack: one counter per account, however it is named", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("counts the NIP with or without spaces and the username against the same account", async () => {
    const person = await t.given.employee({ nip: "198101102009121009" });
    await t.given.user({ employeeId: person.id, username: "budi.s", password: PASSWORD });
    for (const typed of [
      "19810110 200912 1 009",
      "198101102009121009",
      "BUDI.S",
      " budi.s ",
      "1981 0110 2009 1210 09",
    ]) {
      assert.equal((await login(t, typed, "salah-salah-salah")).statusCode, 401, typed);
    }
    for (const typed of ["19810110200912 1 009", "budi.s", "198101102009121009"]) {
      assertError(await login(t, typed, PASSWORD), 429, "too_many_attempts");
    }
  });

  it("treats unknown names the same: one counter per normalised name, and the same refusal", async () => {
    const person = await t.given.employee({ nip: "198202022010011002" });
    await t.given.user({ employeeId: person.id, username: "ada.orang", password: PASSWORD });
    for (const typed of ["Tidak Ada", "tidak ada", "TIDAKADA", " tidak  ada ", "tidakada"]) {
      assert.equal((await login(t, typed, "salah-salah-salah")).statusCode, 401, typed);
      assert.equal((await login(t, "ada.orang", "salah-salah-salah")).statusCode, 401);
    }
    const unknown = await login(t, "Tidak ada", "salah-salah-salah");
    const known = await login(t, "ada.orang", "salah-salah-salah");
    assertError(unknown, 429, "too_many_attempts");
    assert.deepEqual(json(unknown), json(known));
    assert.equal(unknown.headers["retry-after"], known.headers["retry-after"]);
  });
});

describe("attack: nobody can lock a named official out", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("lets the owner sign in from an address that has not been failing, while the attacker waits", async () => {
    const person = await t.given.employee();
    await t.given.user({ employeeId: person.id, username: "pak.camat", password: PASSWORD });
    for (let i = 0; i < 12; i++) {
      await login(t, "pak.camat", `tebakan-${i}-xxxxxx`);
    }
    const attacker = await login(t, "pak.camat", PASSWORD);
    const refused = assertError(attacker, 429, "too_many_attempts");
    assert.equal(refused.details.reason, "account_delay");
    const owner = await login(t, person.nip, PASSWORD, OWNER);
    assert.equal(owner.statusCode, 200, owner.body);
  });

  it("answers a refused attempt with 429, a Retry-After header and retryAfterSeconds, growing 1 s, 2 s, 4 s", async () => {
    await t.given.user({ username: "bu.lurah", password: PASSWORD });
    const { freeFailures } = defaultSignInPolicy;
    for (let i = 0; i < freeFailures; i++) {
      assert.equal((await login(t, "bu.lurah", "salah-salah-salah")).statusCode, 401);
    }
    for (const seconds of [1, 2, 4]) {
      const refused = await login(t, "bu.lurah", PASSWORD);
      assert.equal(assertError(refused, 429, "too_many_attempts").details.retryAfterSeconds, seconds);
      assert.equal(refused.headers["retry-after"], String(seconds));
      t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000);
      assert.equal((await login(t, "bu.lurah", "salah-salah-salah")).statusCode, 401);
    }
    t.clock.now = new Date(t.clock.now.getTime() + 8_000);
    assert.equal((await login(t, "bu.lurah", PASSWORD)).statusCode, 200);
  });

  it("keeps an office of 100 behind one NAT address signing in after each of them mistyped once", async () => {
    const passwordHash = await hashPassword(PASSWORD); // once: a hundred argon2 hashes would only slow the test
    const office = { remoteAddress: "36.90.1.1" };
    const names = Array.from({ length: 100 }, (_, i) => `staf.${i}`);
    const at = t.clock.now.toISOString();
    await t.db
      .insertInto("user_account")
      .values(
        names.map((username, i) => ({
          id: `0190a1b2-c3d4-7e5f-8a9b-${String(i + 1).padStart(12, "0")}`,
          employee_id: null,
          username,
          password_hash: passwordHash,
          password_reset_at: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    // The morning rush: everyone mistypes once (a hundred failures from one address), then everyone signs in.
    for (const username of names) {
      assert.equal((await login(t, username, "salah-ketik-sekali", office)).statusCode, 401, username);
    }
    for (const username of names) {
      const res = await login(t, username, PASSWORD, office);
      assert.equal(res.statusCode, 200, `${username}: ${res.body}`);
    }
  });

  it("records a lock once in the audit trail with the address, not every failure or refusal", async () => {
    const owner = await t.given.user({ username: "bu.sekcam", password: PASSWORD });
    for (let i = 0; i < 9; i++) {
      await login(t, "bu.sekcam", "salah-salah-salah");
    }
    await login(t, "nama.palsu", "salah-salah-salah");
    const events = await t.db
      .selectFrom("audit_event")
      .select(["action", "actor_id", "subject_type", "subject_id", "ip"])
      .where("action", "like", "auth.%")
      .execute();
    assert.deepEqual(events, [
      {
        action: "auth.sign_in_delayed",
        actor_id: null,
        subject_type: "user_account",
        subject_id: owner.userId,
        ip: "198.51.100.7",
      },
    ]);
    const failures = await t.db.selectFrom("login_failure").select("account_id").execute();
    // The five failures before the wait; the four refused attempts are not failures; one for the unknown name.
    assert.equal(failures.length, 6);
  });
});
