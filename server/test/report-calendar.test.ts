import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { openYear, reportingStaff } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

/**
 * Issue 9 rules 18 and 19: the report deadline moves off weekends and holidays (per year, on by default), and "late"
 * means the same on the report page, the list of months and compliance.
 */
describe("report deadlines and lateness", () => {
  let t: TestApp;
  let office: Office;
  let staffSkp: Awaited<ReturnType<typeof reportingStaff>>;
  beforeEach(async () => {
    // Sunday 6 December 2026: November's report was due on the 5th, a Saturday.
    t = await createTestApp({ now: "2026-12-06T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    staffSkp = await reportingStaff(t.db, office);
  });
  afterEach(() => t.close());

  const month = async (staff: Client, m: number) =>
    json(await staff.get("/api/reports/mine?year=2026")).find((row: { month: number }) => row.month === m);
  const complianceRow = async (m: number) =>
    json(await (await t.as(office.kasi)).get(`/api/compliance?year=2026&month=${m}`)).items.find(
      (r: { employeeId: string }) => r.employeeId === office.staff.id,
    );
  const setShift = async (shift: "none" | "next_working_day") => {
    const admin = await t.as(await t.given.admin());
    const year = json(await admin.get("/api/years")).find((y: { year: number }) => y.year === 2026);
    const res = await admin.patch(`/api/years/${year.id}`, {
      status: year.status,
      skpDeadline: year.skpDeadline,
      cadence: year.cadence,
      reportDueDay: year.reportDueDay,
      reportDueShift: shift,
      version: year.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("moves a due day on Saturday to Monday, so November's report is not yet late on Sunday", async () => {
    const staff = await t.as(office.staff);
    const november = await month(staff, 11);
    assert.equal(november.deadline, "2026-12-07T16:59:59.999Z");
    assert.equal(november.late, false);
    assert.equal((await complianceRow(11)).late, false);
  });

  it("keeps the due day where the year says not to move it, and the report is then late everywhere", async () => {
    const year = await setShift("none");
    assert.equal(year.reportDueShift, "none");
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 11 }));
    assert.equal(opened.deadline, "2026-12-05T16:59:59.999Z");
    assert.equal(opened.late, true);
    assert.equal((await month(staff, 11)).late, true);
    assert.equal((await complianceRow(11)).late, true);
    assert.equal((await setShift("next_working_day")).reportDueShift, "next_working_day");
    assert.equal(json(await staff.get(`/api/reports/${opened.id}`)).late, false);
  });

  it("moves the deadline past a holiday the pengelola kinerja adds to the calendar", async () => {
    const admin = await t.as(await t.given.admin());
    const added = await admin.post("/api/holidays", { date: "2026-12-07", name: "Libur contoh", kind: "cuti_bersama" });
    assert.equal(added.statusCode, 200, added.body);
    const staff = await t.as(office.staff);
    assert.equal((await month(staff, 11)).deadline, "2026-12-08T16:59:59.999Z");
    // Idulfitri 1447 H and its cuti bersama (20-24 March) move a due day of the 20th to the 25th.
    await t.db.updateTable("performance_year").set({ report_due_day: 20 }).where("year", "=", 2026).execute();
    assert.equal((await month(staff, 2)).deadline, "2026-03-25T16:59:59.999Z");
  });

  it("calls an overdue draft late on its page, in the list and in compliance alike", async () => {
    const staff = await t.as(office.staff);
    const october = json(await staff.post("/api/reports", { year: 2026, month: 10 }));
    assert.equal(october.status, "draft");
    assert.equal(october.submittedAt, null);
    assert.equal(october.late, true, "the report page: due 5 November, still a draft");
    assert.equal((await month(staff, 10)).late, true, "the list of months");
    assert.equal((await month(staff, 10)).report.late, true, "the report in the list");
    assert.equal((await complianceRow(10)).late, true, "compliance");
    // A month nobody opened is late too.
    assert.equal((await month(staff, 9)).report, null);
    assert.equal((await month(staff, 9)).late, true);
    assert.equal((await complianceRow(9)).late, true);
    // December's report is not due yet.
    assert.equal((await month(staff, 12)).late, false);
  });

  it("keeps a report submitted after the deadline terlambat after it is accepted", async () => {
    const staff = await t.as(office.staff);
    const october = json(await staff.post("/api/reports", { year: 2026, month: 10 }));
    const saved = json(
      await staff.put(`/api/reports/${october.id}/content`, {
        realisations: [{ ikiId: staffSkp.ikiIds[0], value: "120" }],
        actions: [],
        achievements: "Memverifikasi 120 berkas permohonan.",
        version: october.version,
      }),
    );
    const submitRes = await staff.post(`/api/reports/${october.id}/submit`, { version: saved.version });
    assert.equal(submitRes.statusCode, 200, submitRes.body);
    const submitted = json(submitRes);
    assert.equal(submitted.late, true);
    const kasi = await t.as(office.kasi);
    const accepted = json(await kasi.post(`/api/reports/${october.id}/accept`, { version: submitted.version }));
    assert.equal(accepted.status, "diterima");
    assert.equal(accepted.late, true);
    t.clock.now = new Date("2027-06-01T03:00:00.000Z");
    const later = await t.as(office.staff); // a new session: the old one expired
    assert.equal(json(await later.get(`/api/reports/${october.id}`)).late, true);
    assert.equal((await complianceRow(10)).late, true);
  });

  it("does not call a report submitted in time late once its deadline has passed", async () => {
    t.clock.now = new Date("2026-11-03T03:00:00.000Z");
    const staff = await t.as(office.staff);
    const october = json(await staff.post("/api/reports", { year: 2026, month: 10 }));
    const saved = json(
      await staff.put(`/api/reports/${october.id}/content`, {
        realisations: [],
        actions: [],
        achievements: "Memverifikasi 120 berkas permohonan.",
        version: october.version,
      }),
    );
    assert.equal(json(await staff.post(`/api/reports/${october.id}/submit`, { version: saved.version })).late, false);
    t.clock.now = new Date("2026-12-06T03:00:00.000Z");
    const later = await t.as(office.staff); // a new session: the old one expired
    assert.equal(json(await later.get(`/api/reports/${october.id}`)).late, false);
    assert.equal((await month(later, 10)).late, false);
    assert.equal((await complianceRow(10)).late, false);
  });
});
