import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseEmployeeNumber } from "@simkin/domain";
import { runReminders } from "../src/modules/notification/reminders";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, json, type TestApp } from "./test-app";

/** The demo office is seeded once for this file; each test reads it and changes nothing. */
describe("the seeded Plaju demo office", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  });
  after(() => t.close());

  const signInAs = async (identifier: string) => {
    const res = await t.anonymous().post("/api/auth/login", { identifier, password: "plaju-2026" });
    assert.equal(res.statusCode, 200, `${identifier}: ${res.body}`);
    const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
    return (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  };

  it("has between 100 and 150 employees, each with a valid NIP or NI PPPK", async () => {
    const employees = await t.db.selectFrom("employee").select(["nip", "status"]).execute();
    assert.ok(employees.length >= 100 && employees.length <= 150, `${employees.length} employees`);
    for (const e of employees) {
      assert.equal(parseEmployeeNumber(e.status, e.nip).ok, true, e.nip);
    }
    assert.ok(employees.some((e) => e.status === "pppk"));
  });

  it("has the seven kelurahan of Kecamatan Plaju", async () => {
    const names = (await t.db.selectFrom("org_unit").select("name").where("kind", "=", "kelurahan").execute()).map(
      (u) => u.name,
    );
    assert.deepEqual(names.sort(), [
      "Kelurahan Bagus Kuning",
      "Kelurahan Komperta",
      "Kelurahan Plaju Darat",
      "Kelurahan Plaju Ilir",
      "Kelurahan Plaju Ulu",
      "Kelurahan Talang Bubuk",
      "Kelurahan Talang Putri",
    ]);
  });

  it("lists the demo accounts on the login page in demo mode", async () => {
    const status = json(await t.anonymous().get("/api/auth/status"));
    assert.equal(status.mode, "demo");
    assert.deepEqual(
      status.demoAccounts.map((a: { username: string }) => a.username),
      [
        "camat",
        "sekcam",
        "kasi.yanum",
        "lurah.talangputri",
        "staf.yanum",
        "staf.talangputri",
        "penata.yanum",
        "prakom",
        "pengelola",
        "auditor",
        "admin",
      ],
    );
  });

  const expectations: [string, string, string | null, string | null][] = [
    ["camat", "Camat Plaju", "Sekretaris Daerah Kota Palembang", "Wali Kota Palembang"],
    ["sekcam", "Sekretaris Kecamatan", "Camat Plaju", "Sekretaris Daerah Kota Palembang"],
    ["kasi.yanum", "Kepala Seksi Pelayanan Umum", "Camat Plaju", "Sekretaris Daerah Kota Palembang"],
    ["lurah.talangputri", "Lurah Talang Putri", "Camat Plaju", "Sekretaris Daerah Kota Palembang"],
    ["staf.yanum", "Pengelola Layanan Operasional", "Kepala Seksi Pelayanan Umum", "Camat Plaju"],
    ["staf.talangputri", "Pengelola Layanan Operasional", "Sekretaris Lurah Talang Putri", "Lurah Talang Putri"],
    ["penata.yanum", "Penata Layanan Operasional", "Kepala Seksi Pelayanan Umum", "Camat Plaju"],
    ["prakom", "Pranata Komputer Ahli Pertama", "Kepala Subbagian Umum dan Kepegawaian", "Sekretaris Kecamatan"],
    [
      "pengelola",
      "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
      "Kepala Subbagian Umum dan Kepegawaian",
      "Sekretaris Kecamatan",
    ],
  ];
  for (const [username, position, rater, atasan] of expectations) {
    it(`shows ${username} their position, rater and the rater's rater`, async () => {
      const get = await signInAs(username);
      const profile = json(await get("/api/profile"));
      assert.equal(profile.raters.position.positionName, position);
      assert.equal(profile.raters.rater?.positionName ?? null, rater);
      assert.equal(profile.raters.atasanRater?.positionName ?? null, atasan);
      assert.notEqual(profile.raters.rater?.employeeId, profile.employee.id);
    });
  }

  it("resolves the staff of Kelurahan Komperta to the Plt Lurah, the Kasi Pemerintahan", async () => {
    const seklur = await t.db
      .selectFrom("position")
      .innerJoin("placement", "placement.position_id", "position.id")
      .select("placement.employee_id")
      .where("position.name", "=", "Sekretaris Lurah Komperta")
      .executeTakeFirstOrThrow();
    const get = await signInAs("pengelola");
    const detail = json(await get(`/api/employees/${seklur.employee_id}`));
    assert.equal(detail.raters.rater.positionName, "Lurah Komperta");
    assert.equal(detail.raters.rater.acting, "plt");
    const kasiPem = json(await get(`/api/employees/${detail.raters.rater.employeeId}`));
    assert.equal(kasiPem.raters.position.positionName, "Kepala Seksi Pemerintahan");
    assert.equal(kasiPem.raters.rater.positionName, "Camat Plaju");
  });

  it("rates the Analis Kebijakan Ahli Muda of Seksi Pemerintahan by the Camat, not by his Kasi (§3.6)", async () => {
    const jf = await t.db
      .selectFrom("position")
      .innerJoin("placement", "placement.position_id", "position.id")
      .select("placement.employee_id")
      .where("position.name", "=", "Analis Kebijakan Ahli Muda")
      .executeTakeFirstOrThrow();
    const detail = json(await (await signInAs("pengelola"))(`/api/employees/${jf.employee_id}`));
    assert.equal(detail.raters.rater.positionName, "Camat Plaju");
    assert.equal(detail.raters.atasanRater.positionName, "Sekretaris Daerah Kota Palembang");
    assert.equal(detail.raters.jfRule.jenjang, "ahli_muda");
  });

  it("gives the employee moved mid-year a different rater before and after the move", async () => {
    const moved = await t.db
      .selectFrom("placement")
      .select("employee_id")
      .where("end_date", "=", "2026-06-30")
      .executeTakeFirstOrThrow();
    const get = await signInAs("pengelola");
    const before = json(await get(`/api/employees/${moved.employee_id}?date=2026-03-15`));
    const after = json(await get(`/api/employees/${moved.employee_id}?date=2026-09-01`));
    assert.equal(before.raters.rater.positionName, "Kepala Seksi Pemerintahan");
    assert.equal(after.raters.rater.positionName, "Kepala Seksi Pemerintahan Kelurahan Plaju Ulu");
  });
  it("gives a rater and their staff dialogues with follow-ups and coaching sessions, some forms still to fill", async () => {
    const asKasi = await signInAs("kasi.yanum");
    const dialogues = json(await asKasi("/api/dialogues"));
    const sessions = json(await asKasi("/api/coaching"));
    assert.ok(dialogues.length >= 3, `${dialogues.length} dialogues`);
    assert.ok(dialogues.every((d: { date: string }) => d.date <= "2026-11-16"));
    const followUps = dialogues.flatMap((d: { followUps: { doneAt: string | null }[] }) => d.followUps);
    assert.ok(
      followUps.some((f: { doneAt: string | null }) => f.doneAt !== null),
      "some follow-ups are done",
    );
    assert.ok(sessions.length >= 1, `${sessions.length} coaching sessions`);
    assert.ok(
      sessions.some((s: { evaluation: unknown }) => s.evaluation === null),
      "a B.1.9 waits for the Kasi",
    );

    const all = await t.db.selectFrom("coaching_session").select(["feedback_json", "evaluation_json"]).execute();
    assert.ok(all.filter((s) => s.feedback_json && s.evaluation_json).length >= 5, "older sessions have both forms");
    const asStaff = await signInAs("staf.yanum");
    assert.ok(json(await asStaff("/api/dialogues")).length >= 1, "the staff member sees their own dialogues");
    const staffSessions = json(await asStaff("/api/coaching"));
    assert.ok(
      staffSessions.some((s: { feedback: unknown }) => s.feedback === null),
      "a B.1.8 waits for the staff",
    );
  });

  it("gives penata.yanum a kualitatif SKP reported in words with bukti dukung, and feedback per BerAKHLAK value", async () => {
    const get = await signInAs("penata.yanum");
    const months = json(await get("/api/reports/mine?year=2026"));
    const accepted = months.filter((m: { report: { status: string } | null }) => m.report?.status === "diterima");
    assert.ok(accepted.length >= 6, `${accepted.length} accepted months`);
    const report = json(await get(`/api/reports/${accepted[0].report.id}`));
    assert.equal(report.approach, "kualitatif");
    const words = report.rhk.flatMap((r: { ikis: { value: string }[] }) => r.ikis.map((i) => i.value));
    assert.ok(
      words.every((w: string) => w.length > 40 && !/^\d/.test(w)),
      JSON.stringify(words),
    );
    assert.ok(
      report.rhk.every((r: { evidence: unknown[] }) => r.evidence.length > 0),
      "every RHK rests on evidence",
    );
    assert.ok(
      report.behaviours.some((b: { feedback: string }) => b.feedback !== ""),
      "feedback on a value",
    );
  });

  it("declares the stock percentages (PBB-P2) as year-to-date, so their progress is the latest month", async () => {
    const rows = await t.db
      .selectFrom("skp_iki")
      .select(["indicator", "accumulation"])
      .where("indicator", "like", "Persentase realisasi PBB-P2%")
      .execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.accumulation === "latest"));
  });

  it("starts with no stale news in the bell: decisions of past months are not announced as new (issue 11)", async () => {
    await runReminders(t.db, t.clock.now, { publicUrl: null });
    const rows = await t.db.selectFrom("notification").select(["kind", "title", "created_at"]).execute();
    assert.ok(
      rows.every(
        (r) => r.kind === "report_due_soon" || r.kind === "report_overdue" || r.kind === "report_waiting_long",
      ),
      rows.map((r) => r.kind).join(),
    );
    assert.ok(
      rows.every((r) => !/2025/.test(r.title)),
      "nothing about last year",
    );
    const camat = await signInAs("camat");
    const bell = json(await camat("/api/notifications"));
    assert.ok(
      bell.items.every((n: { title: string }) => !/diterima/.test(n.title)),
      JSON.stringify(bell.items),
    );
  });
});
