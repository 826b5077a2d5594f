import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { resetAccountFromCli, temporaryPassword } from "../src/modules/auth/admin-reset";
import { assertError, assertInvalid } from "./assertions";
import { codeStep, enrol, nextCode, passwordStep, sessionClient } from "./given-two-factor";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "kata-sandi-yang-benar";
const resetUrl = (id: string) => `/api/accounts/${id}/second-factor`;

describe("a super admin resets another account's second factor", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("clears the factor, ends the owner's sessions, audits with the address and tells the owner", async () => {
    const superAdmin = await t.given.user({ username: "super", roles: ["super_admin"] });
    const person = await t.given.employee();
    await t.db.updateTable("employee").set({ email: "dewi@plaju.example" }).where("id", "=", person.id).execute();
    const owner = await t.given.user({ employeeId: person.id, username: "dewi", password: PASSWORD });
    const ownerClient = await t.as(owner);
    await enrol(t, ownerClient);
    const res = await (await t.as(superAdmin)).delete(resetUrl(owner.userId), {
      remoteAddress: "10.1.1.9",
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).secondFactorEnabled, false);
    assert.equal((await ownerClient.get("/api/auth/me")).statusCode, 401, "the owner's sessions ended");
    const login = await t.anonymous().post("/api/auth/login", { identifier: "dewi", password: PASSWORD });
    assert.equal(json(login).user.username, "dewi", "signs in with the password alone again");
    const event = await t.db
      .selectFrom("audit_event")
      .select(["actor_id", "subject_id", "ip"])
      .where("action", "=", "account.second_factor_reset")
      .executeTakeFirstOrThrow();
    assert.deepEqual(event, { actor_id: superAdmin.userId, subject_id: owner.userId, ip: "10.1.1.9" });
    const bell = await t.db.selectFrom("notification").select(["user_id", "kind", "link"]).execute();
    assert.deepEqual(bell, [{ user_id: owner.userId, kind: "second_factor_reset", link: "/security" }]);
    const mail = await t.db.selectFrom("outbound_email").select(["to_address", "body"]).executeTakeFirstOrThrow();
    assert.equal(mail.to_address, "dewi@plaju.example");
    assert.match(mail.body, /Super admin super mengatur ulang verifikasi dua langkah akun dewi/);
  });

  it("shows whether an account has a factor in the employee's account panel", async () => {
    const admin = await t.given.admin();
    const person = await t.given.employee();
    const owner = await t.given.user({ employeeId: person.id });
    await enrol(t, await t.as(owner));
    const detail = json(await (await t.as(admin)).get(`/api/employees/${person.id}`));
    assert.equal(detail.account.secondFactorEnabled, true);
  });

  it("is for super admins only, and answers an unknown account like a random id", async () => {
    const owner = await t.given.user();
    await enrol(t, await t.as(owner));
    assertError(await (await t.as(await t.given.admin())).delete(resetUrl(owner.userId)), 403, "forbidden");
    assertError(await t.anonymous().delete(resetUrl(owner.userId)), 401, "unauthenticated");
    const superAdmin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    assertError(await superAdmin.delete(resetUrl("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")), 404, "not_found");
    assertInvalid(await superAdmin.delete(resetUrl("bukan-id")), { id: /ID tidak valid/ });
  });

  it("refuses an account without a factor, and the super admin's own factor", async () => {
    const superAdminUser = await t.given.user({ roles: ["super_admin"] });
    const superAdmin = await t.as(superAdminUser);
    await enrol(t, superAdmin);
    const plain = await t.given.user();
    assertError(await superAdmin.delete(resetUrl(plain.userId)), 422, "second_factor_not_enabled");
    assertError(await superAdmin.delete(resetUrl(superAdminUser.userId)), 422, "own_second_factor");
  });
});

describe("npm run admin:reset: a lone super admin who lost the factor", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("clears the factor, sets a temporary password that must be changed, ends sessions and audits it", async () => {
    const admin = await t.given.user({ username: "admin.kec", roles: ["super_admin"], password: PASSWORD });
    const client = await t.as(admin);
    await enrol(t, client);
    for (let i = 0; i < 6; i++) {
      await t.anonymous().post("/api/auth/login", { identifier: "admin.kec", password: "lupa-lupa-ingat" });
    }
    const result = await resetAccountFromCli(t.db, " Admin.Kec ", t.clock.now);
    assert.equal(result.username, "admin.kec");
    assert.equal((await client.get("/api/auth/me")).statusCode, 401);
    assertError(
      await t.anonymous().post("/api/auth/login", { identifier: "admin.kec", password: PASSWORD }),
      401,
      "invalid_credentials",
    );
    const login = await t.anonymous().post("/api/auth/login", {
      identifier: "admin.kec",
      password: result.temporaryPassword,
    });
    assert.equal(login.statusCode, 200, login.body);
    assert.equal(json(login).user.mustChangePassword, true);
    assert.equal(json(login).user.secondFactorEnrolmentRequired, true, "production: enrol again");
    const event = await t.db
      .selectFrom("audit_event")
      .select(["actor_id", "subject_id", "after_json"])
      .where("action", "=", "account.reset_by_cli")
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, null);
    assert.equal(event.subject_id, admin.userId);
    assert.deepEqual(JSON.parse(event.after_json ?? "{}"), { secondFactorCleared: true, mustChangePassword: true });
    assert.equal((await t.db.selectFrom("recovery_code").select("id").execute()).length, 0);
  });

  it("says so when no account has that name, changing nothing", async () => {
    await assert.rejects(resetAccountFromCli(t.db, "tidak.ada", t.clock.now), /tidak ditemukan/);
    assert.deepEqual(await t.db.selectFrom("audit_event").select("id").execute(), []);
  });

  it("makes temporary passwords with upper and lower case, digits and a symbol", () => {
    for (let i = 0; i < 50; i++) {
      const password = temporaryPassword();
      assert.match(password, /^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
      assert.match(password, /[A-Z]/);
      assert.match(password, /[a-z]/);
      assert.match(password, /[0-9]/);
    }
  });
});

describe("recovery codes in use", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("sign in once each, and a current code makes a fresh set", async () => {
    t = await createTestApp();
    const owner = await t.given.user({ username: "yanti", password: PASSWORD });
    const { secret, recoveryCodes } = await enrol(t, await t.as(owner));
    const { challenge } = await passwordStep(t, "yanti", PASSWORD);
    const res = await codeStep(t, challenge, { method: "recovery_code", code: recoveryCodes[3] ?? "" });
    assert.equal(res.statusCode, 200);
    const client = sessionClient(t, res);
    assert.equal(json(await client.get("/api/auth/second-factor")).recoveryCodesLeft, 9);
    const fresh = await client.post("/api/auth/second-factor/recovery-codes", { code: nextCode(t, secret) });
    assert.equal(json(fresh).recoveryCodes.length, 10);
  });
});
