import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { SmtpConfig } from "../src/config";
import { newId } from "../src/db/ids";
import { sendPendingEmails } from "../src/modules/notification/mailer";
import { runReminders } from "../src/modules/notification/reminders";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { startSmtpSink } from "./smtp-sink";
import { createTestApp, json, type TestApp } from "./test-app";

describe("notifications API", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp();
    office = await t.given.office();
  });
  afterEach(() => t.close());

  async function notify(userId: string, title: string, createdAt: string, readAt: string | null = null) {
    const id = newId();
    await t.db
      .insertInto("notification")
      .values({
        id,
        user_id: userId,
        kind: "report_overdue",
        subject_id: newId(),
        title,
        body: `${title}.`,
        link: "/reports",
        created_at: createdAt,
        read_at: readAt,
      })
      .execute();
    return id;
  }

  it("lists only the caller's notifications, newest first, with the unread count", async () => {
    await notify(office.staff.userId, "Pertama", "2026-03-01T01:00:00.000Z", "2026-03-01T02:00:00.000Z");
    await notify(office.staff.userId, "Ketiga", "2026-03-03T01:00:00.000Z");
    await notify(office.staff.userId, "Kedua", "2026-03-02T01:00:00.000Z");
    await notify(office.kasi.userId, "Milik Kasi", "2026-03-04T01:00:00.000Z");
    const res = await (await t.as(office.staff)).get("/api/notifications");
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res);
    assert.equal(body.unread, 2);
    assert.deepEqual(
      body.items.map((n: { title: string }) => n.title),
      ["Ketiga", "Kedua", "Pertama"],
    );
    assert.equal(body.items[2].readAt, "2026-03-01T02:00:00.000Z");
    assert.equal(body.items[0].kind, "report_overdue");
    assert.equal(body.items[0].link, "/reports");
  });

  it("pages newest first, counts every unread one, and refuses a bad page", async () => {
    for (let i = 0; i < 55; i++) {
      await notify(office.staff.userId, `Pengingat ${i}`, new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString());
    }
    const staff = await t.as(office.staff);
    const first = json(await staff.get("/api/notifications"));
    assert.equal(first.items.length, 20);
    assert.equal(first.items[0].title, "Pengingat 54");
    assert.deepEqual([first.unread, first.total, first.page, first.pageSize], [55, 55, 1, 20]);
    const last = json(await staff.get("/api/notifications?page=3&pageSize=25"));
    assert.deepEqual(
      last.items.map((n: { title: string }) => n.title),
      ["Pengingat 4", "Pengingat 3", "Pengingat 2", "Pengingat 1", "Pengingat 0"],
    );
    const summary = json(await staff.get("/api/notifications/unread"));
    assert.deepEqual(summary, { unread: 55, latestAt: "2026-03-01T00:54:00.000Z" });
    for (const query of ["page=0", "pageSize=51", "pageSize=x", "extra=1"]) {
      const res = await staff.get(`/api/notifications?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(json(res).code, "invalid_input");
    }
  });

  it("marks one read, then all; another user's notification is not found", async () => {
    const mine = await notify(office.staff.userId, "Satu", "2026-03-01T01:00:00.000Z");
    await notify(office.staff.userId, "Dua", "2026-03-02T01:00:00.000Z");
    const theirs = await notify(office.kasi.userId, "Milik Kasi", "2026-03-02T01:00:00.000Z");
    const staff = await t.as(office.staff);

    assert.equal((await staff.post(`/api/notifications/${mine}/read`)).statusCode, 200);
    assert.equal((await staff.post(`/api/notifications/${mine}/read`)).statusCode, 200, "reading twice is harmless");
    const afterOne = json(await staff.get("/api/notifications"));
    assert.equal(afterOne.unread, 1);
    assert.equal(afterOne.items.find((n: { id: string }) => n.id === mine).readAt, t.clock.now.toISOString());

    const foreign = await staff.post(`/api/notifications/${theirs}/read`);
    assert.equal(foreign.statusCode, 404);
    assert.equal((await staff.post(`/api/notifications/${newId()}/read`)).statusCode, 404);

    assert.equal((await staff.post("/api/notifications/read-all")).statusCode, 200);
    assert.equal(json(await staff.get("/api/notifications")).unread, 0);
    assert.equal(json(await (await t.as(office.kasi)).get("/api/notifications")).unread, 1, "the Kasi's stays unread");
  });

  it("refuses anonymous callers", async () => {
    const anonymous = t.anonymous();
    assert.equal((await anonymous.get("/api/notifications")).statusCode, 401);
    assert.equal((await anonymous.post("/api/notifications/read-all")).statusCode, 401);
    assert.equal((await anonymous.get("/api/notifications/unread")).statusCode, 401);
    assert.equal((await anonymous.get("/api/notifications/preferences")).statusCode, 401);
  });
});

describe("e-mail delivery", () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let smtp: SmtpConfig;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-06T01:00:00.000Z" });
    sink = await startSmtpSink();
    smtp = {
      host: "127.0.0.1",
      port: sink.port,
      secure: false,
      user: undefined,
      pass: undefined,
      from: "SIMKIN <simkin@plaju.test>",
    };
  });
  afterEach(async () => {
    await sink.close();
    await t.close();
  });

  const send = (worker: string, config: SmtpConfig | null = smtp) =>
    sendPendingEmails(t.db, t.clock.now, config, worker, { ignoreTLS: true });
  const queued = () => t.db.selectFrom("outbound_email").selectAll().orderBy("created_at").execute();

  async function queue(to: string, subject: string) {
    await t.db
      .insertInto("outbound_email")
      .values({
        id: newId(),
        to_address: to,
        subject,
        body: "Isi pesan",
        status: "pending",
        attempts: 0,
        claimed_by: null,
        claimed_until: null,
        last_error: null,
        created_at: t.clock.now.toISOString(),
        sent_at: null,
        priority: null,
      })
      .execute();
  }

  it("delivers each reminder e-mail exactly once even when two workers run at once", async () => {
    const office = await t.given.office();
    await openYear(t.db, 2026);
    const { skpId } = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Terlayaninya permohonan PATEN"],
    });
    await t.db.updateTable("skp").set({ period_start: "2026-02-01" }).where("id", "=", skpId).execute();
    await t.db.updateTable("employee").set({ email: "staf@plaju.test" }).where("id", "=", office.staff.id).execute();
    await runReminders(t.db, t.clock.now, { publicUrl: "https://simkin.plaju.test" });
    await queue("camat@plaju.test", "[SIMKIN] Uji kedua");
    await queue("kasi@plaju.test", "[SIMKIN] Uji ketiga");

    const [a, b] = await Promise.all([send("worker-a"), send("worker-b")]);
    assert.equal(a.sent + b.sent, 3);
    assert.equal(a.failed + b.failed, 0);
    assert.equal((await send("worker-a")).sent, 0, "nothing is sent twice");
    assert.equal(sink.messages.length, 3);

    const reminder = sink.messages.find((m) => m.to.includes("staf@plaju.test"));
    assert.ok(reminder);
    assert.equal(reminder.subject, "[SIMKIN] Laporan kinerja Februari 2026 melewati batas waktu");
    assert.equal(reminder.from, "simkin@plaju.test");
    assert.match(reminder.text, /Batas waktu laporan kinerja Februari 2026 \(5 Maret 2026\) telah lewat/);
    assert.match(reminder.text, /https:\/\/simkin\.plaju\.test\/reports/);
    for (const mail of await queued()) {
      assert.equal(mail.status, "sent");
      assert.equal(mail.attempts, 1);
      assert.equal(mail.sent_at, t.clock.now.toISOString());
    }
  });

  it("records a failure, retries once the claim expires and gives up after five attempts", async () => {
    await queue("staf@plaju.test", "[SIMKIN] Tidak terkirim");
    const closed = await startSmtpSink();
    await closed.close();
    const unreachable = { ...smtp, port: closed.port };
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.deepEqual(await send("worker-a", unreachable), { sent: 0, failed: 1 });
      assert.deepEqual(await send("worker-b", unreachable), { sent: 0, failed: 0 }, "still claimed: no retry yet");
      const [mail] = await queued();
      assert.equal(mail?.attempts, attempt);
      assert.ok(mail?.last_error);
      assert.equal(mail?.status, attempt < 5 ? "pending" : "failed");
      t.clock.now = new Date(t.clock.now.getTime() + 6 * 60_000);
    }
    assert.deepEqual(await send("worker-a"), { sent: 0, failed: 0 }, "a failed e-mail is not retried");
    assert.equal(sink.messages.length, 0);
  });

  it("does nothing when SMTP is not configured", async () => {
    await queue("staf@plaju.test", "[SIMKIN] Menunggu");
    assert.deepEqual(await send("worker-a", null), { sent: 0, failed: 0 });
    const [mail] = await queued();
    assert.equal(mail?.status, "pending");
    assert.equal(mail?.claimed_by, null);
  });
});
