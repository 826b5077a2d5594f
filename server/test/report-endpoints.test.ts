import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { json } from "./test-app";
import { perTest, reportWorld } from "./worlds";

describe("monthly report endpoints", () => {
  const w = perTest(reportWorld);

  const content = (version: number, over: Record<string, unknown> = {}) => ({
    realisations: [
      { ikiId: w.ikiIds[0], value: "130" },
      { ikiId: w.ikiIds[1], value: "96" },
    ],
    actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi berkas harian di loket PATEN", progress: 20 }],
    achievements: "Menerima dan memverifikasi 130 berkas permohonan.",
    challenges: "Pemohon sering membawa berkas tidak lengkap.",
    improvements: "Menyebarkan daftar persyaratan melalui WhatsApp kecamatan.",
    version,
    ...over,
  });

  /** February's report, opened by the staff, with one link as evidence. */
  const februaryWithLink = async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = await staff.post("/api/reports", { year: 2026, month: 2 });
    assert.equal(opened.statusCode, 200, opened.body);
    const report = json(opened);
    const link = await staff.post(`/api/reports/${report.id}/links`, {
      rhkId: w.staffSkp.rhkIds[0],
      url: "https://drive.example.go.id/rekap-februari",
      title: "Rekap Februari",
    });
    assert.equal(link.statusCode, 200, link.body);
    return { staff, report, evidence: json(link) };
  };

  const submitted = async () => {
    const { staff, report, evidence } = await februaryWithLink();
    const saved = await staff.put(`/api/reports/${report.id}/content`, content(report.version));
    assert.equal(saved.statusCode, 200, saved.body);
    const res = await staff.post(`/api/reports/${report.id}/submit`, { version: json(saved).version });
    assert.equal(res.statusCode, 200, res.body);
    return { staff, report: json(res), evidence };
  };

  const evidenceCount = async (reportId: string) =>
    (await w.t.db.selectFrom("evidence").select("id").where("report_id", "=", reportId).execute()).length;

  it("lists the twelve months of the approved SKP with their deadlines, none opened yet", async () => {
    const res = await (await w.t.as(w.office.staff)).get("/api/reports/mine?year=2026");
    assert.equal(res.statusCode, 200, res.body);
    const months = json(res);
    assert.deepEqual(
      months.map((m: { month: number }) => m.month),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.ok(
      months.every((m: { skpId: string; report: unknown }) => m.skpId === w.staffSkp.skpId && m.report === null),
    );
    assert.equal(months[0].deadline, "2026-02-05T16:59:59.999Z");
    // 5 January 2027 is Isra Mikraj in the seeded calendar: December's report is due the next working day.
    assert.equal(months[11].deadline, "2027-01-06T16:59:59.999Z");
    // 2 March: January's report (due 5 February) is overdue, February's (due 5 March) not yet.
    assert.deepEqual(
      months.slice(0, 3).map((m: { late: boolean }) => m.late),
      [true, false, false],
    );
  });

  it("shows the opened month's report in the list", async () => {
    const { report } = await februaryWithLink();
    const months = json(await (await w.t.as(w.office.staff)).get("/api/reports/mine?year=2026"));
    assert.equal(months[1].report.id, report.id);
    assert.equal(months[1].report.status, "draft");
    assert.equal(months[0].report, null);
  });

  it("lists no months for an account that is not an employee", async () => {
    const admin = await w.t.as(await w.t.given.admin());
    const res = await admin.get("/api/reports/mine?year=2026");
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), []);
  });

  it("refuses the month list without a valid year, or for someone not signed in", async () => {
    const staff = await w.t.as(w.office.staff);
    assert.equal((await staff.get("/api/reports/mine")).statusCode, 400);
    assert.equal((await staff.get("/api/reports/mine?year=1999")).statusCode, 400);
    assert.equal((await w.t.anonymous().get("/api/reports/mine?year=2026")).statusCode, 401);
  });

  it("lets the owner remove a link from a draft report", async () => {
    const { staff, report, evidence } = await februaryWithLink();
    const res = await staff.delete(`/api/reports/${report.id}/evidence/${evidence.id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { ok: true });
    assert.equal(await evidenceCount(report.id), 0);
    const detail = json(await staff.get(`/api/reports/${report.id}`));
    assert.ok(!JSON.stringify(detail).includes(evidence.id));
    const audits = await w.t.db
      .selectFrom("audit_event")
      .select("action")
      .where("subject_id", "=", evidence.id)
      .execute();
    assert.ok(audits.some((a) => a.action === "evidence.removed"));
    const again = await staff.delete(`/api/reports/${report.id}/evidence/${evidence.id}`);
    assert.equal(again.statusCode, 404);
  });

  it("does not let the owner remove evidence once the report is submitted", async () => {
    const { staff, report, evidence } = await submitted();
    const res = await staff.delete(`/api/reports/${report.id}/evidence/${evidence.id}`);
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "illegal_transition");
    assert.equal(await evidenceCount(report.id), 1);
  });

  it("refuses evidence removal by the rater, hides it from a stranger and from anyone not signed in", async () => {
    const { report, evidence } = await februaryWithLink();
    const url = `/api/reports/${report.id}/evidence/${evidence.id}`;
    const rater = await (await w.t.as(w.office.kasi)).delete(url);
    assert.equal(rater.statusCode, 403);
    assert.equal(json(rater).code, "forbidden");
    const other = await w.t.given.office();
    const stranger = await (await w.t.as(other.staff)).delete(url);
    assert.equal(stranger.statusCode, 404);
    assert.equal(json(stranger).code, "not_found");
    assert.equal((await w.t.anonymous().delete(url)).statusCode, 401);
    const malformed = await (await w.t.as(w.office.staff)).delete(`/api/reports/${report.id}/evidence/xyz`);
    assert.equal(malformed.statusCode, 400);
    assert.equal(await evidenceCount(report.id), 1);
  });

  it("answers not signed in to an anonymous visitor on every report and notification endpoint", async () => {
    const { report } = await februaryWithLink();
    const anonymous = w.t.anonymous();
    const responses = [
      await anonymous.get(`/api/reports/${report.id}`),
      await anonymous.put(`/api/reports/${report.id}/content`, content(report.version)),
      await anonymous.post(`/api/reports/${report.id}/submit`, { version: report.version }),
      await anonymous.get("/api/reports/inbox"),
      await anonymous.get("/api/notifications"),
    ];
    for (const res of responses) {
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(json(res).code, "unauthenticated");
    }
    const row = await w.t.db
      .selectFrom("monthly_report")
      .select("status")
      .where("id", "=", report.id)
      .executeTakeFirst();
    assert.equal(row?.status, "draft");
  });

  it("refuses report content with an unknown field, saving nothing", async () => {
    const { staff, report } = await februaryWithLink();
    const res = await staff.put(`/api/reports/${report.id}/content`, content(report.version, { mood: "baik" }));
    assert.equal(res.statusCode, 400);
    assert.equal(json(res).code, "invalid_input");
    assert.equal(json(await staff.get(`/api/reports/${report.id}`)).version, report.version);
  });

  it("refuses a realisation that is not a number and a progress above 100, naming the fields", async () => {
    const { staff, report } = await februaryWithLink();
    const notNumber = await staff.put(
      `/api/reports/${report.id}/content`,
      content(report.version, { realisations: [{ ikiId: w.ikiIds[0], value: "abc" }] }),
    );
    // The SKP is kuantitatif: a number is required (a kualitatif SKP takes words, report-kualitatif.test.ts).
    assert.equal(notNumber.statusCode, 422);
    assert.equal(json(notNumber).code, "realisation_not_number");
    assert.ok(json(notNumber).fields["realisations/0/value"], JSON.stringify(json(notNumber).fields));
    const tooMuch = await staff.put(
      `/api/reports/${report.id}/content`,
      content(report.version, { actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi", progress: 150 }] }),
    );
    assert.equal(tooMuch.statusCode, 400);
    assert.ok(json(tooMuch).fields["actions/0/progress"], JSON.stringify(json(tooMuch).fields));
  });

  it("refuses feedback with an unknown field from the rater", async () => {
    const { report } = await submitted();
    const res = await (await w.t.as(w.office.kasi)).put(`/api/reports/${report.id}/feedback`, {
      perRhk: [],
      overall: "Capaian sudah baik",
      score: 90,
      version: report.version,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(json(res).code, "invalid_input");
  });

  it("does not let the employee write feedback on their own report", async () => {
    const { staff, report } = await submitted();
    const res = await staff.put(`/api/reports/${report.id}/feedback`, {
      perRhk: [],
      overall: "Saya sudah bekerja dengan baik",
      version: report.version,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).code, "forbidden");
    const row = await w.t.db
      .selectFrom("monthly_report")
      .select("version")
      .where("id", "=", report.id)
      .executeTakeFirst();
    assert.equal(row?.version, report.version);
  });
});
