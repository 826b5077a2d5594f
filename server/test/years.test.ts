import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { createTestApp, json, type TestApp } from "./test-app";

describe("performance years", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-05T03:00:00.000Z" });
  });
  afterEach(() => t.close());

  const openAs = async (year: number, extra: Record<string, unknown> = {}) => {
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/years", { year, ...extra });
    assert.equal(res.statusCode, 200, res.body);
    return { admin, year: json(res) };
  };

  const closeBody = (year: { skpDeadline: string; cadence: string; reportDueDay: number; version: number }) => ({
    status: "closed",
    skpDeadline: year.skpDeadline,
    cadence: year.cadence,
    reportDueDay: year.reportDueDay,
    version: year.version,
  });

  it("opens a year with the defaults: SKP due 31 January, quarterly evaluation, reports due on the 5th", async () => {
    const { year } = await openAs(2026);
    assert.equal(year.year, 2026);
    assert.equal(year.status, "open");
    assert.equal(year.skpDeadline, "2026-01-31");
    assert.equal(year.cadence, "triwulan");
    assert.equal(year.reportDueDay, 5);
    assert.equal(year.version, 1);
    const audits = await t.db.selectFrom("audit_event").select("action").where("subject_id", "=", year.id).execute();
    assert.deepEqual(
      audits.map((a) => a.action),
      ["year.opened"],
    );
  });

  it("shows every signed-in employee the years with four triwulan, the fourth being the annual evaluation", async () => {
    await openAs(2026);
    const office = await t.given.office();
    const res = await (await t.as(office.staff)).get("/api/years");
    assert.equal(res.statusCode, 200, res.body);
    const years = json(res);
    assert.equal(years.length, 1);
    const periods = years[0].periods;
    assert.deepEqual(
      periods.map((p: { code: string }) => p.code),
      ["TW1", "TW2", "TW3", "TW4"],
    );
    assert.deepEqual(
      periods.map((p: { isAnnual: boolean }) => p.isAnnual),
      [false, false, false, true],
    );
    assert.equal(periods[0].start, "2026-01-01");
    assert.equal(periods[3].end, "2026-12-31");
  });

  it("does not list the years to someone who is not signed in", async () => {
    const res = await t.anonymous().get("/api/years");
    assert.equal(res.statusCode, 401);
    assert.equal(json(res).code, "unauthenticated");
  });

  it("refuses to open the same year twice", async () => {
    const { admin } = await openAs(2026);
    const res = await admin.post("/api/years", { year: 2026 });
    assert.equal(res.statusCode, 409);
    assert.equal(json(res).code, "year_exists");
  });

  it("refuses an SKP deadline outside the year being opened", async () => {
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/years", { year: 2026, skpDeadline: "2025-12-31" });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "deadline_outside_year");
    assert.ok(json(res).fields.skpDeadline);
    assert.equal((await t.db.selectFrom("performance_year").select("id").execute()).length, 0);
  });

  it("refuses a report due day past the 28th and a year before 2020, naming the field", async () => {
    const admin = await t.as(await t.given.admin());
    const lateDay = await admin.post("/api/years", { year: 2026, reportDueDay: 31 });
    assert.equal(lateDay.statusCode, 400);
    assert.equal(json(lateDay).code, "invalid_input");
    assert.ok(json(lateDay).fields.reportDueDay);
    const oldYear = await admin.post("/api/years", { year: 1999 });
    assert.equal(oldYear.statusCode, 400);
    assert.equal(json(oldYear).code, "invalid_input");
    assert.ok(json(oldYear).fields.year);
  });

  it("lets only the pengelola kinerja open a year, not a plain employee nor the auditor", async () => {
    const office = await t.given.office();
    const staff = await (await t.as(office.staff)).post("/api/years", { year: 2026 });
    assert.equal(staff.statusCode, 403);
    assert.equal(json(staff).code, "forbidden");
    const auditor = await (await t.as(await t.given.user({ roles: ["auditor"] }))).post("/api/years", { year: 2026 });
    assert.equal(auditor.statusCode, 403);
    assert.equal(json(auditor).code, "forbidden");
    const anonymous = await t.anonymous().post("/api/years", { year: 2026 });
    assert.equal(anonymous.statusCode, 401);
    assert.equal((await t.db.selectFrom("performance_year").select("id").execute()).length, 0);
  });

  it("closes and reopens a year, recording each in the audit trail", async () => {
    const { admin, year } = await openAs(2026);
    const closed = await admin.patch(`/api/years/${year.id}`, closeBody(year));
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(json(closed).status, "closed");
    assert.equal(json(closed).version, 2);
    const reopened = await admin.patch(`/api/years/${year.id}`, { ...closeBody(json(closed)), status: "open" });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal(json(reopened).status, "open");
    const audits = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("subject_id", "=", year.id)
      .orderBy("id")
      .execute();
    const actions = audits.map((a) => a.action).sort();
    assert.deepEqual(actions, ["year.closed", "year.opened", "year.reopened"]);
  });

  it("refuses to close a year from a stale copy", async () => {
    const { admin, year } = await openAs(2026);
    assert.equal((await admin.patch(`/api/years/${year.id}`, closeBody(year))).statusCode, 200);
    const res = await admin.patch(`/api/years/${year.id}`, closeBody(year));
    assert.equal(res.statusCode, 409);
    assert.equal(json(res).code, "stale_version");
  });

  it("refuses an update with a missing version or an unknown field", async () => {
    const { admin, year } = await openAs(2026);
    const { version: _version, ...withoutVersion } = closeBody(year);
    const missing = await admin.patch(`/api/years/${year.id}`, withoutVersion);
    assert.equal(missing.statusCode, 400);
    assert.ok(json(missing).fields.version);
    const unknown = await admin.patch(`/api/years/${year.id}`, { ...closeBody(year), note: "x" });
    assert.equal(unknown.statusCode, 400);
    assert.equal(json(unknown).code, "invalid_input");
  });

  it("does not let a plain employee close a year, and answers not found for an unknown year", async () => {
    const { admin, year } = await openAs(2026);
    const office = await t.given.office();
    const staff = await (await t.as(office.staff)).patch(`/api/years/${year.id}`, closeBody(year));
    assert.equal(staff.statusCode, 403);
    const anonymous = await t.anonymous().patch(`/api/years/${year.id}`, closeBody(year));
    assert.equal(anonymous.statusCode, 401);
    const unknown = await admin.patch(`/api/years/${crypto.randomUUID()}`, closeBody(year));
    assert.equal(unknown.statusCode, 404);
    assert.equal(json(unknown).code, "not_found");
  });

  it("refuses a new SKP in a closed year", async () => {
    const { admin, year } = await openAs(2026);
    assert.equal((await admin.patch(`/api/years/${year.id}`, closeBody(year))).statusCode, 200);
    const office = await t.given.office();
    const res = await (await t.as(office.staff)).post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "year_closed");
    assert.equal((await t.db.selectFrom("skp").select("id").execute()).length, 0);
  });
});
