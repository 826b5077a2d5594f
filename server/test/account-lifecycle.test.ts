import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import ExcelJS from "exceljs";
import type { SmtpConfig } from "../src/config";
import { columns } from "../src/modules/import/employee-sheet";
import { assertError, assertInvalid } from "./assertions";
import { validNip } from "./given";
import { fileUpload } from "./multipart";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "Rahasia#Panjang-2025";
const UNKNOWN = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const smtp: SmtpConfig = {
  host: "127.0.0.1",
  port: 2525,
  secure: false,
  user: undefined,
  pass: undefined,
  from: "a@b",
};

describe("deactivating and reactivating an account", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function employeeWithAccount() {
    const person = await t.given.employee({ email: "pegawai@example.go.id" });
    const account = await t.given.user({ employeeId: person.id, password: PASSWORD });
    return { person, account };
  }

  it("refuses sign-in like a wrong password, ends every session at once, keeps the records and audits it", async () => {
    const admin = await t.as(await t.given.admin());
    const { person, account } = await employeeWithAccount();
    const session = await t.as(account);
    const res = await admin.post(`/api/accounts/${account.userId}/deactivate`, {
      reason: "pensiun",
      note: "SK pensiun 1 Maret 2026",
      version: 1,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).state, "nonaktif");
    assert.deepEqual(json(res).deactivation, {
      reason: "pensiun",
      note: "SK pensiun 1 Maret 2026",
      at: t.clock.now.toISOString(),
    });
    assert.deepEqual(json(res).allowedActions, ["reactivate"]);
    assert.equal((await session.get("/api/auth/me")).statusCode, 401);
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: PASSWORD });
    const wrong = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: "Salah#Sekali-99" });
    assert.equal(login.statusCode, 401);
    assert.deepEqual(json(login), json(wrong));
    assert.ok(await t.db.selectFrom("employee").select("id").where("id", "=", person.id).executeTakeFirst());
    const actions = await t.db
      .selectFrom("audit_event")
      .select(["action", "ip"])
      .where("subject_id", "=", account.userId)
      .orderBy("id")
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ["account.deactivated", "auth.sign_in_refused", "auth.sign_in_refused"],
    );
    assert.ok(actions.every((a) => a.ip));
    const mail = await t.db.selectFrom("outbound_email").select("subject").execute();
    assert.deepEqual(
      mail.map((m) => m.subject),
      ["[SIMKIN] Akun SIMKIN Anda dinonaktifkan"],
    );
  });

  it("tells nobody when the owner has died", async () => {
    const admin = await t.as(await t.given.admin());
    const { account } = await employeeWithAccount();
    await admin.post(`/api/accounts/${account.userId}/deactivate`, { reason: "meninggal", version: 1 });
    assert.equal((await t.db.selectFrom("notification").selectAll().execute()).length, 0);
  });

  it("reactivates: sign-in works again with the old password, audited, the owner told", async () => {
    const admin = await t.as(await t.given.admin());
    const { person, account } = await employeeWithAccount();
    await admin.post(`/api/accounts/${account.userId}/deactivate`, { reason: "pindah", note: "", version: 1 });
    const res = await admin.post(`/api/accounts/${account.userId}/reactivate`, { version: 2 });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).state, "aktif");
    assert.equal(json(res).deactivation, null);
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: PASSWORD });
    assert.equal(login.statusCode, 200);
    const kinds = await t.db.selectFrom("notification").select("kind").orderBy("id").execute();
    assert.deepEqual(
      kinds.map((k) => k.kind),
      ["account_deactivated", "account_reactivated"],
    );
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "account.reactivated")
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(event.before_json ?? "{}").reason, "pindah");
  });

  it("answers 400 for an unknown reason, 401 anonymously, 403 for an auditor and 404 for an unknown account", async () => {
    const admin = await t.as(await t.given.admin());
    const { account } = await employeeWithAccount();
    const url = `/api/accounts/${account.userId}/deactivate`;
    assertInvalid(await admin.post(url, { reason: "cuti", version: 1 }), { reason: /alasan/ });
    assertError(await t.anonymous().post(url, { reason: "pindah", version: 1 }), 401, "unauthenticated");
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assertError(await auditor.post(url, { reason: "pindah", version: 1 }), 403, "forbidden");
    assertError(
      await admin.post(`/api/accounts/${UNKNOWN}/deactivate`, { reason: "pindah", version: 1 }),
      404,
      "not_found",
    );
    assertError(await admin.post(`/api/accounts/${UNKNOWN}/reactivate`, { version: 1 }), 404, "not_found");
    const back = `/api/accounts/${account.userId}/reactivate`;
    assertInvalid(await admin.post(back, {}), { version: /wajib/ });
    assertError(await t.anonymous().post(back, { version: 1 }), 401, "unauthenticated");
    assertError(await auditor.post(back, { version: 1 }), 403, "forbidden");
  });

  it("refuses a stale version, a second deactivation, reactivating an active account and one's own account", async () => {
    const superAdmin = await t.given.user({ roles: ["super_admin"] });
    const admin = await t.as(superAdmin);
    const { account } = await employeeWithAccount();
    const url = `/api/accounts/${account.userId}`;
    assertError(await admin.post(`${url}/reactivate`, { version: 1 }), 422, "account_already_active");
    assertError(await admin.post(`${url}/deactivate`, { reason: "pindah", version: 7 }), 409, "stale_version");
    await admin.post(`${url}/deactivate`, { reason: "pindah", version: 1 });
    assertError(
      await admin.post(`${url}/deactivate`, { reason: "pindah", version: 2 }),
      422,
      "account_already_inactive",
    );
    assertError(await admin.post(`${url}/reactivate`, { version: 1 }), 409, "stale_version");
    const own = await admin.post(`/api/accounts/${superAdmin.userId}/deactivate`, { reason: "lainnya", version: 1 });
    assertError(own, 422, "own_account");
  });
});

describe("a new employee's account", () => {
  let t: TestApp;
  afterEach(() => t.close());

  const linkIn = (body: string) => body.match(/\/reset-password\?token=([\w-]+)/)?.[1] ?? "";

  it("has no usable password, and no e-mail goes out while SMTP is not configured", async () => {
    t = await createTestApp();
    const admin = await t.as(await t.given.admin());
    const nip = validNip();
    const res = await admin.post("/api/employees", {
      nip,
      status: "pns",
      name: "Dewi Lestari",
      frontTitle: null,
      backTitle: null,
      golongan: "III/a",
      email: "dewi@example.go.id",
    });
    assert.equal(res.statusCode, 200, res.body);
    const detail = json(await admin.get(`/api/employees/${json(res).id}`));
    assert.equal(detail.account.state, "belum_diaktifkan");
    assert.equal((await t.db.selectFrom("outbound_email").selectAll().execute()).length, 0);
    const activation = await admin.post(`/api/accounts/${detail.account.id}/activation-link`);
    assertError(activation, 422, "email_not_configured");
  });

  it("gets an activation link by e-mail at once when SMTP is configured, which sets the password", async () => {
    t = await createTestApp({ config: { smtp, publicUrl: "https://simkin.plaju.go.id" } });
    const admin = await t.as(await t.given.admin());
    const nip = validNip();
    const employee = { nip, status: "pns", name: "Dewi Lestari", frontTitle: null, backTitle: null, golongan: "III/a" };
    const res = await admin.post("/api/employees", { ...employee, email: "dewi@example.go.id" });
    const [mail] = await t.db.selectFrom("outbound_email").selectAll().execute();
    assert.equal(mail?.to_address, "dewi@example.go.id");
    assert.match(mail?.body ?? "", /^https:\/\/simkin\.plaju\.go\.id\/reset-password\?token=/m);
    const token = linkIn(mail?.body ?? "");
    const set = await t.anonymous().post("/api/auth/reset-password", { token, newPassword: "Pilihan#Sendiri-2026" });
    assert.equal(set.statusCode, 200, set.body);
    const login = await t.anonymous().post("/api/auth/login", { identifier: nip, password: "Pilihan#Sendiri-2026" });
    assert.equal(json(login).user.mustChangePassword, false);
    const detail = json(await admin.get(`/api/employees/${json(res).id}`));
    assert.equal(detail.account.state, "aktif");
  });

  it("lets an administrator send the link again, refusing without an address or once activated", async () => {
    t = await createTestApp({ config: { smtp } });
    const admin = await t.as(await t.given.admin());
    const withMail = await t.given.employee({ email: "a@example.go.id" });
    const fresh = await t.given.user({ employeeId: withMail.id });
    const res = await admin.post(`/api/accounts/${fresh.userId}/activation-link`);
    assert.equal(res.statusCode, 200, res.body);
    const again = await admin.post(`/api/accounts/${fresh.userId}/activation-link`);
    assert.equal(again.statusCode, 200);
    const open = await t.db.selectFrom("account_token").selectAll().where("used_at", "is", null).execute();
    assert.equal(open.length, 1, "the newer link supersedes the older one");
    const noMail = await t.given.user({ employeeId: (await t.given.employee()).id });
    assertError(await admin.post(`/api/accounts/${noMail.userId}/activation-link`), 422, "account_has_no_email");
    const active = await t.given.user({ password: PASSWORD });
    assertError(await admin.post(`/api/accounts/${active.userId}/activation-link`), 422, "account_already_activated");
    assertError(await admin.post(`/api/accounts/${UNKNOWN}/activation-link`), 404, "not_found");
    assertError(await t.anonymous().post(`/api/accounts/${fresh.userId}/activation-link`), 401, "unauthenticated");
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assertError(await auditor.post(`/api/accounts/${fresh.userId}/activation-link`), 403, "forbidden");
    const ranked = await t.given.user({
      employeeId: (await t.given.employee({ email: "b@example.go.id" })).id,
      roles: ["auditor"],
    });
    assertError(await admin.post(`/api/accounts/${ranked.userId}/activation-link`), 403, "account_rank_forbidden");
  });

  it("gets the same link when it comes from an import", async () => {
    t = await createTestApp({ config: { smtp } });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Pegawai");
    sheet.addRow(columns.map((c) => c.header));
    const row = {
      nip: validNip(),
      status: "PNS",
      name: "Ahmad Fauzi",
      golongan: "III/b",
      email: "ahmad@example.go.id",
    };
    sheet.addRow(columns.map((c) => (row as Record<string, string>)[c.key] ?? null));
    const body = fileUpload(Buffer.from(await book.xlsx.writeBuffer()));
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/employee-imports", body.payload, { headers: body.headers });
    assert.equal(res.statusCode, 200, res.body);
    const mail = await t.db.selectFrom("outbound_email").select(["to_address", "subject"]).execute();
    assert.deepEqual(mail, [{ to_address: "ahmad@example.go.id", subject: "[SIMKIN] Aktifkan akun Anda" }]);
  });
});
