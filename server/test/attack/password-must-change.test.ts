import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SESSION_COOKIE } from "../../src/http/session";
import { assertError } from "../assertions";
import { sessionClient } from "../given-two-factor";
import { clientFor, createTestApp, json, type TestApp } from "../test-app";

// Issue 8, finding 2: "must change password" was advisory; a session holding a temporary password called everything.
const TEMPORARY = "Sementara#Plaju-26";

describe("attack: finding 2, a session that must change its password", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  /** An account reset by an administrator, signed in through the login endpoint with the temporary password. */
  async function signedInWithTemporaryPassword() {
    const office = await t.given.office();
    const admin = await t.as(await t.given.admin());
    const reset = await admin.post(`/api/accounts/${office.staff.userId}/password`, { newPassword: TEMPORARY });
    assert.equal(reset.statusCode, 200, reset.body);
    const login = await t.anonymous().post("/api/auth/login", { identifier: office.staff.nip, password: TEMPORARY });
    assert.equal(login.statusCode, 200, login.body);
    const cookie = String(login.headers["set-cookie"]).match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))?.[1] ?? "";
    return { office, client: clientFor(t.app, { token: cookie, csrfToken: json(login).csrfToken }) };
  }

  it("refuses every other route with password_change_required until the password is changed", async () => {
    const { office, client } = await signedInWithTemporaryPassword();
    for (const url of [
      "/api/profile",
      "/api/notifications",
      "/api/reports/mine",
      `/api/employees/${office.staff.id}`,
    ]) {
      assertError(await client.get(url), 403, "password_change_required");
    }
    assertError(await client.post("/api/notifications/read-all"), 403, "password_change_required");
  });

  it("still lets it read who it is, change the password and sign out", async () => {
    const { client } = await signedInWithTemporaryPassword();
    const me = await client.get("/api/auth/me");
    assert.equal(me.statusCode, 200);
    assert.equal(json(me).user.mustChangePassword, true);
    const changed = await client.post("/api/auth/password", {
      currentPassword: TEMPORARY,
      newPassword: "Pilihan#Sendiri-2026",
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await client.get("/api/profile")).statusCode, 200);
    assert.equal((await client.post("/api/auth/logout")).statusCode, 200);
  });

  it("comes before the second-factor enrolment a pengelola must make, which then follows", async () => {
    const pengelola = await t.given.user({ username: "pengelola.baru", roles: ["pengelola_kinerja"] });
    const superAdmin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    await superAdmin.post(`/api/accounts/${pengelola.userId}/password`, { newPassword: TEMPORARY });
    const login = await t.anonymous().post("/api/auth/login", { identifier: "pengelola.baru", password: TEMPORARY });
    const client = sessionClient(t, login);
    const me = json(await client.get("/api/auth/me")).user;
    assert.deepEqual([me.mustChangePassword, me.secondFactorEnrolmentRequired], [true, true]);
    assertError(await client.post("/api/auth/second-factor/enrolment"), 403, "password_change_required");
    const changed = await client.post("/api/auth/password", {
      currentPassword: TEMPORARY,
      newPassword: "Pilihan#Sendiri-2026",
    });
    assert.equal(json(changed).user.secondFactorEnrolmentRequired, true);
    assertError(await client.get("/api/employees"), 403, "second_factor_enrolment_required");
    assert.equal((await client.post("/api/auth/second-factor/enrolment")).statusCode, 200);
  });
});
