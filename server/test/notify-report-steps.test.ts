import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { countRows } from "./assertions";
import type { Office } from "./given";
import { assertNobodyElse, bystanders, refuseMail, toldTo, withAddresses } from "./given-notices";
import { openYear, reportingStaff } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 11: monthly report and coaching steps tell the other party at once; the periodic scan is not needed. */
describe("report and coaching steps notify at once", () => {
  let t: TestApp;
  let office: Office;
  let others: Awaited<ReturnType<typeof bystanders>>;
  let staffSkp: Awaited<ReturnType<typeof reportingStaff>>;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    staffSkp = await reportingStaff(t.db, office);
    others = await bystanders(t, office);
    await withAddresses(t, [office.staff, office.kasi, office.camat, others.colleague, others.pengelola]);
  });
  afterEach(() => t.close());

  const nobodyElse = () =>
    assertNobodyElse(t, { camat: office.camat, colleague: others.colleague, pengelola: others.pengelola });

  /** February's report, filled in and saved, as the employee sees it. */
  async function draft() {
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const saved = await staff.put(`/api/reports/${opened.id}/content`, {
      realisations: [{ ikiId: staffSkp.ikiIds[0], value: "130" }],
      actions: [],
      achievements: "Memverifikasi 130 berkas permohonan.",
      challenges: "",
      improvements: "",
      version: opened.version,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    return { staff, report: json(saved) };
  }

  const feedback = (version: number) => ({
    perRhk: [{ rhkId: staffSkp.rhkIds[0], wentWell: "Cepat", toImprove: "Foto", support: "Printer" }],
    overall: "Capaian sudah baik",
    version,
  });

  it("submitted → the rater; a retried submit does not tell twice; nobody else", async () => {
    const { staff, report } = await draft();
    const first = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(first.statusCode, 200, first.body);
    const retry = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(retry.statusCode, 200);
    const told = await toldTo(t, office.kasi.userId);
    assert.equal(told.length, 1);
    assert.equal(told[0]?.kind, "report_awaiting_feedback");
    assert.equal(told[0]?.title, `Laporan kinerja Februari 2026 dari ${office.staff.name} menunggu umpan balik Anda`);
    assert.equal(told[0]?.link, `/reports/${report.id}`);
    assert.ok(told[0]?.email);
    assert.deepEqual(await toldTo(t, office.staff.userId), []);
    await nobodyElse();
  });

  it("feedback (once per submission), revision with the reason, accepted → the employee; read → the rater", async () => {
    const { staff, report } = await draft();
    const kasi = await t.as(office.kasi);
    const submitted = json(await staff.post(`/api/reports/${report.id}/submit`, { version: report.version }));
    const first = json(await kasi.put(`/api/reports/${report.id}/feedback`, feedback(submitted.version)));
    const second = json(await kasi.put(`/api/reports/${report.id}/feedback`, feedback(first.version)));
    const revision = json(
      await kasi.post(`/api/reports/${report.id}/revision`, {
        reason: "Lampirkan daftar hadir",
        version: second.version,
      }),
    );
    const acked = json(await staff.post(`/api/reports/${report.id}/acknowledge`, { version: revision.version }));
    const again = json(await staff.post(`/api/reports/${report.id}/submit`, { version: acked.version }));
    const accepted = json(await kasi.post(`/api/reports/${report.id}/accept`, { version: again.version }));
    json(await staff.post(`/api/reports/${report.id}/acknowledge`, { version: accepted.version }));

    const employee = await toldTo(t, office.staff.userId);
    assert.deepEqual(
      employee.map((n) => n.kind),
      ["report_feedback_given", "report_revision_requested", "report_accepted"],
    );
    assert.match(
      employee[1]?.body ?? "",
      new RegExp(`${office.kasi.name} meminta revisi[\\s\\S]*Lampirkan daftar hadir`),
    );
    assert.equal(employee[2]?.title, "Laporan kinerja Februari 2026 Anda telah diterima");
    assert.ok(employee.every((n) => n.email));
    const rater = await toldTo(t, office.kasi.userId);
    assert.deepEqual(
      rater.map((n) => n.kind),
      ["report_awaiting_feedback", "feedback_acknowledged", "report_awaiting_feedback", "feedback_acknowledged"],
    );
    assert.equal(rater[1]?.title, `${office.staff.name} telah membaca umpan balik laporan Februari 2026`);
    await nobodyElse();
  });

  it("a step that fails after its notice leaves neither the step nor the notice", async () => {
    const { staff, report } = await draft();
    await refuseMail(t);
    const res = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(res.statusCode, 500);
    assert.equal(json(await staff.get(`/api/reports/${report.id}`)).status, "draft");
    assert.equal(await countRows(t.db, "notification"), 0);
    assert.equal(await countRows(t.db, "reminder_claim"), 0);
  });

  it("coaching hands B.1.8 to the employee and B.1.9 to the rater; a dialogue's follow-ups go to the employee", async () => {
    const kasi = await t.as(office.kasi);
    const staff = await t.as(office.staff);
    const coaching = json(
      await kasi.post("/api/coaching", {
        employeeId: office.staff.id,
        date: "2026-03-02",
        topic: "Ketepatan waktu verifikasi",
        notes: "Berkas menumpuk setiap Senin",
      }),
    );
    const answered = await staff.put(`/api/coaching/${coaching.id}/feedback`, { answers: [5, 4, 4, 5, 5, 3, 4, 5, 5] });
    assert.equal(answered.statusCode, 200, answered.body);
    const dialogue = await kasi.post("/api/dialogues", {
      employeeId: office.staff.id,
      date: "2026-03-02",
      topics: "Capaian Februari",
      agreements: "Target harian 70 berkas",
      followUps: [{ action: "Susun daftar periksa", dueDate: "2026-03-31" }],
    });
    assert.equal(dialogue.statusCode, 200, dialogue.body);

    const employee = await toldTo(t, office.staff.userId);
    assert.deepEqual(
      employee.map((n) => [n.kind, n.link]),
      [
        ["coaching_assigned", "/team/dialogues?tab=bimbingan"],
        ["dialogue_recorded", "/team/dialogues"],
      ],
    );
    assert.match(employee[0]?.body ?? "", /Ketepatan waktu verifikasi/);
    assert.match(employee[1]?.body ?? "", /1 tindak lanjut/);
    const rater = await toldTo(t, office.kasi.userId);
    assert.deepEqual(
      rater.map((n) => n.kind),
      ["coaching_answered"],
    );
    await nobodyElse();
  });
});
