import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "Rahasia#Panjang-2025";
const NEW = "Kata#Sandi-Baru-26";

describe("changing one's own password", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("changes the password, ends the user's other sessions and keeps this one", async () => {
    const user = await t.given.user({ username: "ganti", password: PASSWORD });
    const here = await t.as(user);
    const elsewhere = await t.as(user);
    const res = await here.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: NEW });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await here.get("/api/auth/me")).statusCode, 200);
    assert.equal((await elsewhere.get("/api/auth/me")).statusCode, 401);
    const login = await t.anonymous().post("/api/auth/login", { identifier: "ganti", password: NEW });
    assert.equal(login.statusCode, 200);
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "auth.password_changed")
      .executeTakeFirstOrThrow();
    assert.ok(event.ip);
  });

  it("clears must-change, so the session may call everything again", async () => {
    const user = await t.given.user({ password: PASSWORD });
    await t.db.updateTable("user_account").set({ password_reset_at: t.clock.now.toISOString() }).execute();
    const client = await t.as(user);
    assertError(await client.get("/api/profile"), 403, "password_change_required");
    const res = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: NEW });
    assert.equal(json(res).user.mustChangePassword, false);
    assert.equal((await client.get("/api/profile")).statusCode, 200);
  });

  it("refuses a wrong current password and the same password, naming the field", async () => {
    const client = await t.as(await t.given.user({ password: PASSWORD }));
    const wrong = await client.post("/api/auth/password", { currentPassword: "keliru-sekali", newPassword: NEW });
    assert.equal(assertError(wrong, 422, "wrong_password").fields.currentPassword, "Kata sandi lama salah");
    const same = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: PASSWORD });
    assert.ok(assertError(same, 422, "same_password").fields.newPassword);
  });

  it("refuses a weak new password with every problem by code and an Indonesian message beside the field", async () => {
    const client = await t.as(await t.given.user({ password: PASSWORD }));
    const res = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "pendek" });
    const body = assertError(res, 422, "password_too_weak");
    assert.deepEqual(body.details.problems, ["too_short", "missing_upper", "missing_digit", "missing_symbol"]);
    assert.match(body.fields.newPassword, /minimal 12 karakter; memuat huruf besar; memuat angka; memuat simbol/);
  });

  it("applies the office's own policy from the configuration", async () => {
    await t.close();
    t = await createTestApp({ config: { passwordPolicy: { minLength: 20, requireClasses: false } } });
    const client = await t.as(await t.given.user({ password: PASSWORD }));
    const short = await client.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: NEW });
    assert.deepEqual(assertError(short, 422, "password_too_weak").details.problems, ["too_short"]);
    const plain = await client.post("/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "kopi susu gula aren panas",
    });
    assert.equal(plain.statusCode, 200, plain.body);
  });

  it("answers 400 for missing fields and 401 without a session", async () => {
    const client = await t.as(await t.given.user({ password: PASSWORD }));
    assertInvalid(await client.post("/api/auth/password", { currentPassword: PASSWORD }), { newPassword: /wajib/ });
    assertError(
      await t.anonymous().post("/api/auth/password", { currentPassword: "a", newPassword: NEW }),
      401,
      "unauthenticated",
    );
  });
});
