import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "Rahasia#Panjang-2025";
const TEMPORARY = "Sementara#Plaju-26";
const UNKNOWN = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("an administrator resets a password", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("sets a temporary password the owner must change, ends their sessions and drops their open links", async () => {
    const admin = await t.given.admin();
    const person = await t.given.employee();
    const target = await t.given.user({ employeeId: person.id, password: PASSWORD });
    const theirs = await t.as(target);
    const res = await (await t.as(admin)).post(`/api/accounts/${target.userId}/password`, { newPassword: TEMPORARY });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).mustChangePassword, true);
    assert.equal(json(res).state, "aktif");
    assert.equal((await theirs.get("/api/auth/me")).statusCode, 401);
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: TEMPORARY });
    assert.equal(json(login).user.mustChangePassword, true);
  });

  it("activates an account that had no password yet with the temporary one", async () => {
    const admin = await t.as(await t.given.admin());
    const person = await t.given.employee();
    const target = await t.given.user({ employeeId: person.id });
    const res = await admin.post(`/api/accounts/${target.userId}/password`, { newPassword: TEMPORARY });
    assert.equal(json(res).state, "aktif");
    assert.equal(json(res).hasPassword, true);
  });

  it("refuses a temporary password that breaks the policy", async () => {
    const admin = await t.as(await t.given.admin());
    const person = await t.given.employee({ name: "Sri Wahyuningsih" });
    const target = await t.given.user({ employeeId: person.id });
    const weak = await admin.post(`/api/accounts/${target.userId}/password`, { newPassword: "Wahyuningsih#2026" });
    assert.deepEqual(assertError(weak, 422, "password_too_weak").details.problems, ["contains_personal_data"]);
  });

  it("answers 400 for a missing password, 401 anonymously, 403 for a pegawai and 404 for an unknown account", async () => {
    const admin = await t.as(await t.given.admin());
    const office = await t.given.office();
    assertInvalid(await admin.post(`/api/accounts/${office.staff.userId}/password`, {}), { newPassword: /wajib/ });
    assertError(
      await t.anonymous().post(`/api/accounts/${office.staff.userId}/password`, { newPassword: TEMPORARY }),
      401,
      "unauthenticated",
    );
    assertError(
      await (await t.as(office.staff)).post(`/api/accounts/${office.kasi.userId}/password`, { newPassword: TEMPORARY }),
      403,
      "forbidden",
    );
    assertError(await admin.post(`/api/accounts/${UNKNOWN}/password`, { newPassword: TEMPORARY }), 404, "not_found");
  });

  it("refuses a deactivated account until it is reactivated", async () => {
    const admin = await t.as(await t.given.admin());
    const target = await t.given.user({ password: PASSWORD });
    await admin.post(`/api/accounts/${target.userId}/deactivate`, { reason: "pindah", note: "", version: 1 });
    const res = await admin.post(`/api/accounts/${target.userId}/password`, { newPassword: TEMPORARY });
    assertError(res, 422, "account_inactive");
  });
});

describe("the account DTO offers only what the caller may do", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("shows a pengelola no action on a super admin's account and every action to a super admin", async () => {
    const person = await t.given.employee();
    const target = await t.given.user({ employeeId: person.id, roles: ["super_admin"], password: PASSWORD });
    const byPengelola = json(await (await t.as(await t.given.admin())).get(`/api/employees/${person.id}`));
    assert.deepEqual(byPengelola.account.allowedActions, []);
    const superAdmin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    const bySuperAdmin = json(await superAdmin.get(`/api/employees/${person.id}`));
    assert.deepEqual(bySuperAdmin.account.allowedActions, ["reset_password", "deactivate"]);
    const own = json(await (await t.as(target)).get(`/api/employees/${person.id}`));
    assert.deepEqual(own.account.allowedActions, ["reset_password"]);
  });

  it("shows the account state in the employee list", async () => {
    const admin = await t.as(await t.given.admin());
    const fresh = await t.given.employee({ name: "Aaa Belum" });
    await t.given.user({ employeeId: fresh.id });
    const active = await t.given.employee({ name: "Aab Aktif" });
    await t.given.user({ employeeId: active.id, password: PASSWORD });
    await t.given.employee({ name: "Aac Tanpa Akun" });
    const list = json(await admin.get("/api/employees?q=Aa"));
    assert.deepEqual(
      list.items.map((e: { name: string; accountState: string | null }) => [e.name, e.accountState]),
      [
        ["Aaa Belum", "belum_diaktifkan"],
        ["Aab Aktif", "aktif"],
        ["Aac Tanpa Akun", null],
      ],
    );
  });
});

describe("roles", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("lets only the super admin assign roles, with optimistic locking, audited with the address", async () => {
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const admin = await t.given.admin();
    const target = await t.given.user();
    const byAdmin = await (await t.as(admin)).put(`/api/accounts/${target.userId}/roles`, {
      roles: ["auditor"],
      version: 1,
    });
    assertError(byAdmin, 403, "forbidden");
    const client = await t.as(superAdmin);
    const ok = await client.put(`/api/accounts/${target.userId}/roles`, { roles: ["auditor"], version: 1 });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(json(ok).roles, ["auditor"]);
    assertError(
      await client.put(`/api/accounts/${target.userId}/roles`, { roles: [], version: 1 }),
      409,
      "stale_version",
    );
    const changed = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "account.roles_changed")
      .executeTakeFirstOrThrow();
    assert.ok(changed.ip);
  });

  it("does not let the super admin remove their own super admin role", async () => {
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const res = await (await t.as(superAdmin)).put(`/api/accounts/${superAdmin.userId}/roles`, {
      roles: ["auditor"],
      version: 1,
    });
    assertError(res, 422, "own_admin_role");
  });
});

describe("refused attempts on accounts are in the audit trail", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const refusals = () =>
    t.db.selectFrom("audit_event").selectAll().where("action", "=", "account.refused").orderBy("id").execute();

  it("records who, what, the code and from where, for refusals by access, rank, state and version", async () => {
    const auditor = await t.given.user({ roles: ["auditor"] });
    const pengelola = await t.given.admin();
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const target = await t.given.user({ roles: ["pengelola_kinerja"], password: PASSWORD });
    const from = { remoteAddress: "192.0.2.44" };
    await (await t.as(auditor)).post(`/api/accounts/${target.userId}/password`, { newPassword: TEMPORARY }, from);
    await (await t.as(pengelola)).post(
      `/api/accounts/${target.userId}/deactivate`,
      { reason: "lainnya", version: 1 },
      from,
    );
    await (await t.as(pengelola)).put(`/api/accounts/${target.userId}/roles`, { roles: [], version: 1 }, from);
    await (await t.as(superAdmin)).post(`/api/accounts/${target.userId}/reactivate`, { version: 1 }, from);
    const events = await refusals();
    assert.deepEqual(
      events.map((e) => [e.actor_id, e.subject_id, e.ip, JSON.parse(e.after_json ?? "{}").code]),
      [
        [auditor.userId, target.userId, "192.0.2.44", "forbidden"],
        [pengelola.userId, target.userId, "192.0.2.44", "account_rank_forbidden"],
        [pengelola.userId, target.userId, "192.0.2.44", "forbidden"],
        [superAdmin.userId, target.userId, "192.0.2.44", "account_already_active"],
      ],
    );
    assert.equal(JSON.parse(events[1]?.after_json ?? "{}").route, "POST /api/accounts/:id/deactivate");
    const shown = json(await (await t.as(auditor)).get("/api/audit-events?action=account.refused"));
    assert.equal(shown.items[0].ip, "192.0.2.44", "the auditor sees where the attempt came from");
  });

  it("does not record invalid input or anonymous calls as attempts", async () => {
    const pengelola = await t.as(await t.given.admin());
    const target = await t.given.user();
    await pengelola.post(`/api/accounts/${target.userId}/password`, {});
    await t.anonymous().post(`/api/accounts/${target.userId}/password`, { newPassword: TEMPORARY });
    assert.equal((await refusals()).length, 0);
  });
});
