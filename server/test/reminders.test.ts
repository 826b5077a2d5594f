import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { newId } from "../src/db/ids";
import { runReminders } from "../src/modules/notification/reminders";
import { startReminderScheduler } from "../src/modules/notification/scheduler";
import type { ReportRow } from "../src/modules/report/report.repo";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, type TestApp } from "./test-app";

// February's report is due 5 March 2026, 23:59:59.999 WIB; the reminder window opens three days before.
const DEADLINE = "2026-03-05T16:59:59.999Z";

describe("reminders", () => {
  let t: TestApp;
  let office: Office;
  let skpId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-01T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    ({ skpId } = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Terlayaninya permohonan PATEN"],
    }));
    // The SKP starts in February, so January's report is not overdue in every test.
    await t.db.updateTable("skp").set({ period_start: "2026-02-01" }).where("id", "=", skpId).execute();
    await t.db.updateTable("employee").set({ email: "staf@plaju.test" }).where("id", "=", office.staff.id).execute();
  });
  afterEach(() => t.close());

  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };
  const run = (publicUrl: string | null = "https://simkin.plaju.test") =>
    runReminders(t.db, t.clock.now, { publicUrl });
  /** Runs twice at once and once more; returns how many reminders the three runs created together. */
  const runRepeatedly = async () => {
    const [a, b] = await Promise.all([run(), run()]);
    const c = await run();
    return a.created + b.created + c.created;
  };
  const notificationsOf = (userId: string) =>
    t.db.selectFrom("notification").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();

  async function report(month: number, values: Partial<ReportRow>) {
    const id = newId();
    const created = "2026-03-01T01:00:00.000Z";
    await t.db
      .insertInto("monthly_report")
      .values({
        id,
        skp_id: skpId,
        employee_id: office.staff.id,
        year: 2026,
        month,
        status: "draft",
        achievements: "Memverifikasi 130 berkas",
        challenges: "",
        improvements: "",
        overall_feedback: null,
        revision_reason: null,
        submitted_at: null,
        last_submitted_at: null,
        accepted_at: null,
        acknowledged_at: null,
        version: 1,
        created_at: created,
        updated_at: created,
        ...values,
      })
      .execute();
    return id;
  }

  it("does not remind a deactivated account, and does once it is reactivated", async () => {
    at("2026-03-04T03:00:00.000Z");
    const off = (when: string | null) =>
      t.db.updateTable("user_account").set({ deactivated_at: when }).where("id", "=", office.staff.userId).execute();
    await off("2026-03-03T00:00:00.000Z");
    assert.equal((await run()).created, 0);
    await off(null);
    assert.equal((await run()).created, 1);
  });

  it("reminds once in the three working days before the deadline and once after it, even when runs overlap", async () => {
    // Sunday 1 March, 22:00 WIB: Monday to Thursday 5 March are four working days away.
    at("2026-03-01T15:00:00.000Z");
    assert.equal((await run()).created, 0, "not yet within three working days of the deadline");

    // Monday 2 March: Tuesday, Wednesday and Thursday are left.
    at("2026-03-02T03:00:00.000Z");
    assert.equal(await runRepeatedly(), 1);
    at(DEADLINE);
    assert.equal(await runRepeatedly(), 0);
    const [dueSoon] = await notificationsOf(office.staff.userId);
    assert.equal(dueSoon?.kind, "report_due_soon");
    assert.equal(dueSoon?.title, "Laporan kinerja Februari 2026 jatuh tempo 5 Maret 2026");
    assert.equal(dueSoon?.link, "/reports");

    at("2026-03-06T01:00:00.000Z");
    assert.equal(await runRepeatedly(), 1);
    const all = await notificationsOf(office.staff.userId);
    assert.deepEqual(
      all.map((n) => n.kind),
      ["report_due_soon", "report_overdue"],
    );
    assert.equal(all[1]?.title, "Laporan kinerja Februari 2026 melewati batas waktu");
    assert.equal((await t.db.selectFrom("reminder_claim").selectAll().execute()).length, 2);
  });

  it("counts a draft as not submitted and links the reminder to it", async () => {
    const draft = await report(2, {});
    at("2026-03-06T01:00:00.000Z");
    assert.equal((await run()).created, 1);
    const [overdue] = await notificationsOf(office.staff.userId);
    assert.equal(overdue?.kind, "report_overdue");
    assert.equal(overdue?.link, `/reports/${draft}`);
    assert.equal(overdue?.subject_id, draft);
  });

  it("sends no due-soon or overdue reminder to an employee who submitted", async () => {
    await report(2, {
      status: "diajukan",
      submitted_at: "2026-03-02T02:00:00.000Z",
      last_submitted_at: "2026-03-02T02:00:00.000Z",
    });
    for (const when of ["2026-03-03T03:00:00.000Z", "2026-03-06T01:00:00.000Z"]) {
      at(when);
      await run();
    }
    assert.deepEqual(await notificationsOf(office.staff.userId), []);
  });

  it("reminds the rater once per submission when a report has waited five days, never before", async () => {
    const submitted = "2026-03-02T02:00:00.000Z";
    const id = await report(2, { status: "diajukan", submitted_at: submitted, last_submitted_at: submitted });
    at("2026-03-07T01:59:59.000Z");
    assert.equal(await runRepeatedly(), 0, "the submission itself is notified by the step, not by the scan");
    at("2026-03-07T02:00:00.000Z");
    assert.equal(await runRepeatedly(), 1);
    const [waiting] = await notificationsOf(office.kasi.userId);
    assert.equal(waiting?.kind, "report_waiting_long");
    assert.equal(waiting?.title, `Laporan kinerja Februari 2026 dari ${office.staff.name} sudah lama menunggu`);
    assert.match(waiting?.body ?? "", /pada 2 Maret 2026/);
    assert.equal(waiting?.link, `/reports/${id}`);
    assert.deepEqual(await notificationsOf(office.camat.userId), []);

    // Submitted again after a revision: a new occasion, once more five days later.
    await t.db
      .updateTable("monthly_report")
      .set({ last_submitted_at: "2026-03-09T02:00:00.000Z" })
      .where("id", "=", id)
      .execute();
    at("2026-03-10T02:00:00.000Z");
    assert.equal(await runRepeatedly(), 0);
    at("2026-03-14T02:00:00.000Z");
    assert.equal(await runRepeatedly(), 1);
    assert.equal((await notificationsOf(office.kasi.userId)).length, 2);
  });

  it("leaves decisions to their steps: no scan notice for accepted, sent back or unacknowledged reports", async () => {
    for (const [month, status] of [
      [2, "diterima"],
      [3, "perlu_revisi"],
    ] as const) {
      await report(month, {
        status,
        submitted_at: "2026-03-02T02:00:00.000Z",
        last_submitted_at: "2026-03-02T02:00:00.000Z",
        accepted_at: status === "diterima" ? "2026-03-02T04:00:00.000Z" : null,
        revision_reason: status === "perlu_revisi" ? "Lampirkan daftar hadir" : null,
      });
    }
    at("2026-03-20T06:00:00.000Z");
    await runRepeatedly();
    const kinds = (await notificationsOf(office.staff.userId)).map((n) => n.kind);
    assert.ok(!kinds.includes("feedback_awaiting_ack"), kinds.join());
    assert.deepEqual(await notificationsOf(office.kasi.userId), []);
  });

  it("queues e-mail only for recipients with an address, linking to the public address", async () => {
    at("2026-03-06T01:00:00.000Z");
    assert.equal((await run()).created, 1, "February is overdue");
    const mails = await t.db.selectFrom("outbound_email").selectAll().execute();
    assert.equal(mails.length, 1);
    const [mail] = mails;
    assert.equal(mail?.to_address, "staf@plaju.test");
    assert.equal(mail?.subject, "[SIMKIN] Laporan kinerja Februari 2026 melewati batas waktu");
    assert.match(mail?.body ?? "", /https:\/\/simkin\.plaju\.test\/reports/);
    assert.equal(mail?.status, "pending");
    assert.equal(mail?.attempts, 0);

    // The Kasi has no address: in the app only. With one and no public address, the e-mail sends the reader to the
    // app instead of a broken link.
    const submitted = "2026-03-01T00:00:00.000Z";
    const id = await report(3, { status: "diajukan", submitted_at: submitted, last_submitted_at: submitted });
    at("2026-03-06T02:00:00.000Z");
    assert.equal((await run(null)).created, 1);
    assert.equal((await t.db.selectFrom("outbound_email").selectAll().execute()).length, 1);
    await t.db.updateTable("employee").set({ email: "kasi@plaju.test" }).where("id", "=", office.kasi.id).execute();
    await t.db
      .updateTable("monthly_report")
      .set({ last_submitted_at: "2026-03-01T00:30:00.000Z" })
      .where("id", "=", id)
      .execute();
    assert.equal((await run(null)).created, 1);
    const kasiMail = await t.db
      .selectFrom("outbound_email")
      .selectAll()
      .where("to_address", "=", "kasi@plaju.test")
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(kasiMail.body, /https?:/);
    assert.match(kasiMail.body, /masuk ke SIMKIN/);
  });

  it("claims nothing for an employee without an account, so the reminder comes once they have one", async () => {
    const person = await t.given.employee();
    await t.given.placement({ employeeId: person.id, positionId: office.positions.staff.id });
    const { skpId: theirs } = await approvedSkp(t.db, {
      employeeId: person.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Terarsipnya surat masuk"],
    });
    await t.db.updateTable("skp").set({ period_start: "2026-02-01" }).where("id", "=", theirs).execute();
    at("2026-03-06T01:00:00.000Z");
    assert.equal((await run()).created, 1, "only the staff member with an account");
    const account = await t.given.user({ employeeId: person.id });
    assert.equal((await run()).created, 1);
    const [overdue] = await notificationsOf(account.userId);
    assert.equal(overdue?.kind, "report_overdue");
  });

  it("runs from the scheduler right away, logs no error, and does nothing when disabled", async () => {
    const submitted = "2026-03-02T02:00:00.000Z";
    await report(2, { status: "diajukan", submitted_at: submitted, last_submitted_at: submitted });
    const errors: unknown[] = [];
    const log = { info: () => {}, error: (...args: unknown[]) => errors.push(args) };
    const settings = { smtp: null, publicUrl: null };
    await startReminderScheduler(t.db, { ...settings, reminderIntervalMinutes: 0 }, log)();
    assert.deepEqual(await notificationsOf(office.kasi.userId), [], "disabled");
    // Stopping waits for the run in progress, so the database can be closed right after.
    await startReminderScheduler(t.db, { ...settings, reminderIntervalMinutes: 15 }, log)();
    assert.deepEqual(errors, []);
    assert.equal((await notificationsOf(office.kasi.userId)).length, 1);
  });
});
