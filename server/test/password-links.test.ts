import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { SmtpConfig } from "../src/config";
import { sendPendingEmails } from "../src/modules/notification/mailer";
import { queueEmail } from "../src/modules/notification/notify";
import { assertError, assertInvalid } from "./assertions";
import { startSmtpSink } from "./smtp-sink";
import { createTestApp, json, type TestApp } from "./test-app";

const PASSWORD = "Rahasia#Panjang-2025";
const NEW = "Baru#Dari-Tautan-26";
const smtp: SmtpConfig = {
  host: "127.0.0.1",
  port: 2525,
  secure: false,
  user: undefined,
  pass: undefined,
  from: "a@b",
};

describe("lupa kata sandi: asking for a link", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ config: { smtp, publicUrl: "https://simkin.plaju.go.id/" } });
  });
  afterEach(() => t.close());

  const ask = (identifier: string, remoteAddress = "127.0.0.1") =>
    t.anonymous().post("/api/auth/forgot-password", { identifier }, { remoteAddress });
  const mails = () => t.db.selectFrom("outbound_email").selectAll().orderBy("id").execute();

  it("answers every identifier alike, and e-mails only an active account that has an address", async () => {
    const withMail = await t.given.employee({ nip: "198101102009121009", email: "ratna@example.go.id" });
    await t.given.user({ employeeId: withMail.id, username: withMail.nip, password: PASSWORD });
    const noMail = await t.given.employee();
    await t.given.user({ employeeId: noMail.id, username: noMail.nip, password: PASSWORD });
    const answers = [];
    for (const identifier of ["19810110 200912 1 009", noMail.nip, "tidak.ada", "199901012020011001"]) {
      answers.push(await ask(identifier));
    }
    for (const res of answers) {
      assert.equal(res.statusCode, 202);
      assert.equal(res.body, answers[0]?.body);
    }
    const sent = await mails();
    assert.deepEqual(
      sent.map((m) => m.to_address),
      ["ratna@example.go.id"],
    );
    const token = sent[0]?.body.match(/^https:\/\/simkin\.plaju\.go\.id\/reset-password\?token=([\w-]{43})$/m)?.[1];
    assert.ok(token, sent[0]?.body);
    const stored = await t.db.selectFrom("account_token").selectAll().execute();
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes(token), "only the token's hash is stored");
    assert.equal(stored[0]?.expires_at, new Date(t.clock.now.getTime() + 30 * 60_000).toISOString());
  });

  it("sends nothing for a deactivated account, with the same answer", async () => {
    const person = await t.given.employee({ email: "x@example.go.id" });
    const account = await t.given.user({ employeeId: person.id, username: person.nip, password: PASSWORD });
    const admin = await t.as(await t.given.admin());
    await admin.post(`/api/accounts/${account.userId}/deactivate`, { reason: "pindah", version: 1 });
    const before = (await mails()).length;
    assert.equal((await ask(person.nip)).statusCode, 202);
    assert.equal((await mails()).length, before);
  });

  it("sends an account at most three links an hour, answering alike, and stops a busy address with 429", async () => {
    const person = await t.given.employee({ email: "y@example.go.id" });
    await t.given.user({ employeeId: person.id, username: "yanti", password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      assert.equal((await ask("yanti", `10.0.0.${i}`)).statusCode, 202);
    }
    assert.equal((await mails()).length, 3);
    for (let i = 0; i < 10; i++) {
      await ask(`orang${i}`, "10.1.1.1");
    }
    const blocked = assertError(await ask("yanti", "10.1.1.1"), 429, "too_many_attempts");
    assert.equal(blocked.details.retryAfterMinutes, 60);
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60_000);
    assert.equal((await ask("yanti", "10.1.1.1")).statusCode, 202);
    assert.equal((await mails()).length, 4);
  });

  it("sends the link before a backlog of reminders", async () => {
    const sink = await startSmtpSink();
    try {
      for (let i = 0; i < 25; i++) {
        await queueEmail(t.db, t.clock.now, { to: `p${i}@example.go.id`, subject: `Pengingat ${i}`, body: "." });
      }
      const person = await t.given.employee({ email: "cepat@example.go.id" });
      await t.given.user({ employeeId: person.id, username: "cepat", password: PASSWORD });
      await ask("cepat");
      await sendPendingEmails(t.db, t.clock.now, { ...smtp, port: sink.port }, "uji", { ignoreTLS: true });
      assert.deepEqual(sink.messages[0]?.to, ["cepat@example.go.id"]);
      assert.equal(sink.messages.length, 20);
    } finally {
      await sink.close();
    }
  });

  it("answers 400 without an identifier, and 422 when e-mail is not configured", async () => {
    assertInvalid(await t.anonymous().post("/api/auth/forgot-password", {}), { identifier: /wajib/ });
    await t.close();
    t = await createTestApp();
    assertError(await ask("siapa.saja"), 422, "email_not_configured");
  });
});

describe("lupa kata sandi: setting the password from the link", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ config: { smtp } });
  });
  afterEach(() => t.close());

  async function ownerWithLink(email = "budi@example.go.id") {
    const person = await t.given.employee({ email, name: "Budi Hartono" });
    const account = await t.given.user({ employeeId: person.id, username: person.nip, password: PASSWORD });
    await t.anonymous().post("/api/auth/forgot-password", { identifier: person.nip });
    const mail = await t.db.selectFrom("outbound_email").select("body").orderBy("id", "desc").executeTakeFirstOrThrow();
    const token = mail.body.match(/reset-password\?token=([\w-]+)/)?.[1] ?? "";
    return { person, account, token };
  }
  const use = (token: string, newPassword = NEW, remoteAddress = "127.0.0.1") =>
    t.anonymous().post("/api/auth/reset-password", { token, newPassword }, { remoteAddress });

  it("sets the password, ends every session, clears must-change, audits it and tells the owner", async () => {
    const { person, account, token } = await ownerWithLink();
    await t.db.updateTable("user_account").set({ password_reset_at: t.clock.now.toISOString() }).execute();
    const session = await t.as(account);
    const res = await use(token, NEW, "192.0.2.9");
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { ok: true });
    assert.equal((await session.get("/api/auth/me")).statusCode, 401);
    const login = await t.anonymous().post("/api/auth/login", { identifier: person.nip, password: NEW });
    assert.equal(json(login).user.mustChangePassword, false);
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "account.password_set_by_link")
      .executeTakeFirstOrThrow();
    assert.equal(event.ip, "192.0.2.9");
    const bell = await t.db.selectFrom("notification").select("kind").where("user_id", "=", account.userId).execute();
    assert.deepEqual(bell, [{ kind: "account_password_changed" }]);
  });

  it("is single use, and a newer link supersedes an older one", async () => {
    const { person, token: first } = await ownerWithLink();
    await t.anonymous().post("/api/auth/forgot-password", { identifier: person.nip });
    assertError(await use(first), 422, "reset_token_invalid");
    const latest = await t.db
      .selectFrom("outbound_email")
      .select("body")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const second = latest.body.match(/reset-password\?token=([\w-]+)/)?.[1] ?? "";
    assert.equal((await use(second)).statusCode, 200);
    assertError(await use(second, "Lagi#Dan-Lagi-2026"), 422, "reset_token_invalid");
  });

  it("expires after 30 minutes and records the refusal with the address", async () => {
    const { account, token } = await ownerWithLink();
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60_000);
    const body = assertError(await use(token, NEW, "198.51.100.3"), 422, "reset_token_invalid");
    assert.ok(body.fields.token);
    const event = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "auth.reset_token_refused")
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [event.subject_id, event.ip, event.after_json],
      [account.userId, "198.51.100.3", '{"problem":"expired"}'],
    );
  });

  it("applies the password policy without using up the link", async () => {
    const { token } = await ownerWithLink();
    const weak = await use(token, "Hartono#Budi-2026");
    assert.deepEqual(assertError(weak, 422, "password_too_weak").details.problems, ["contains_personal_data"]);
    assert.equal((await use(token)).statusCode, 200);
  });

  it("refuses a link of an account deactivated since", async () => {
    const { account, token } = await ownerWithLink();
    const hashOf = () =>
      t.db.selectFrom("user_account").select("password_hash").where("id", "=", account.userId).executeTakeFirst();
    const before = await hashOf();
    await t.db.updateTable("user_account").set({ deactivated_at: t.clock.now.toISOString() }).execute();
    assertError(await use(token), 422, "reset_token_invalid");
    assert.deepEqual(await hashOf(), before);
  });

  it("answers 400 for missing fields, and stops an address guessing tokens with 429", async () => {
    assertInvalid(await t.anonymous().post("/api/auth/reset-password", { token: "x" }), { newPassword: /wajib/ });
    for (let i = 0; i < 10; i++) {
      assertError(await use(`tebakan-${i}`, NEW, "203.0.113.5"), 422, "reset_token_invalid");
    }
    assertError(await use("tebakan-lagi", NEW, "203.0.113.5"), 429, "too_many_attempts");
  });
});
