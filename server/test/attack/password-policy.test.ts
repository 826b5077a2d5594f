import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError } from "../assertions";
import { createTestApp, json, type TestApp } from "../test-app";

// Issue 8, finding 5: the weak passwords that were accepted, tried on every path that sets a password.
const CURRENT = "Sekarang#Kuat-2026";
const NIP = "198101102009121009";
const NAME = "Ratnasari Wulandari";

const weakOnes = (nip: string) => [
  "1234567890",
  "aaaaaaaaaa",
  "password12",
  nip,
  `${nip}aA!`,
  "Ratnasari#2026x",
  "Wulandari!2026x",
  "Budi.santoso#2026",
];

describe("attack: finding 5, weak passwords", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function owner() {
    const person = await t.given.employee({ nip: NIP, name: NAME });
    return t.given.user({ employeeId: person.id, username: "budi.santoso", password: CURRENT });
  }

  it("refuses each weak password, the NIP, the name and the username on a password change", async () => {
    const client = await t.as(await owner());
    for (const newPassword of weakOnes(NIP)) {
      const res = await client.post("/api/auth/password", { currentPassword: CURRENT, newPassword });
      const body = assertError(res, 422, "password_too_weak");
      assert.ok(body.details.problems.length > 0, newPassword);
      assert.ok(body.fields.newPassword, newPassword);
    }
  });

  it("refuses them as an administrator's temporary password too", async () => {
    const target = await owner();
    const admin = await t.as(await t.given.admin());
    for (const newPassword of weakOnes(NIP)) {
      const res = await admin.post(`/api/accounts/${target.userId}/password`, { newPassword });
      assertError(res, 422, "password_too_weak");
    }
  });

  it("refuses a common password even when it is long and complex enough", async () => {
    const client = await t.as(await owner());
    const res = await client.post("/api/auth/password", { currentPassword: CURRENT, newPassword: "Nick1234-Rem936" });
    assert.equal(res.statusCode, 422, res.body);
    assert.ok(json(res).details.problems.includes("common_password"), res.body);
  });

  it("accepts a strong password that avoids the person's own data", async () => {
    const client = await t.as(await owner());
    const res = await client.post("/api/auth/password", { currentPassword: CURRENT, newPassword: "Sungai#Musi-2026" });
    assert.equal(res.statusCode, 200, res.body);
  });
});

describe("attack: finding 5, weak first password", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ config: { setupToken: "token-setup-uji-12345" } });
  });
  afterEach(() => t.close());

  it("refuses a weak or self-naming first administrator password", async () => {
    for (const password of ["1234567890", "password12", "Admin.kecamatan#1"]) {
      const res = await t
        .anonymous()
        .post("/api/auth/setup", { setupToken: "token-setup-uji-12345", username: "admin.kecamatan", password });
      assertError(res, 422, "password_too_weak");
    }
  });
});
