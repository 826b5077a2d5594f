import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { complianceApi, type ReportStatus } from "@simkin/domain";
import { newId } from "../src/db/ids";
import { assertError, assertInvalid } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 10: compliance is grouped, filtered, sorted and paged in SQL; the whole office by unit first. */
describe("compliance, paged", () => {
  let t: TestApp;
  let office: Office;
  let admin: { userId: string };
  let staff: { id: string; name: string; skpId: string }[];
  let trantib: { id: string; name: string };
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-09T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    admin = await t.given.admin();
    const skp = async (employeeId: string, positionId: string) =>
      (await approvedSkp(t.db, { employeeId, positionId, year: 2026, rhk: ["RHK"] })).skpId;
    // Five more staff under the Kasi, named so that name order differs from insertion order.
    staff = [];
    for (const name of ["Yusuf", "Ani", "Nurdïn Setiawan", "Budi", "Maya"]) {
      const person = await t.given.employee({ name });
      await t.given.placement({ employeeId: person.id, positionId: office.positions.staff.id });
      staff.push({ ...person, skpId: await skp(person.id, office.positions.staff.id) });
    }
    await skp(office.camat.id, office.positions.camat.id);
    await skp(office.kasi.id, office.positions.kasi.id);
    await skp(office.staff.id, office.positions.staff.id);
    // A second seksi with one person, for the unit summaries.
    const seksi = await t.given.unit({ kind: "seksi", parentId: office.kecamatan.id, name: "Seksi Trantib" });
    const pos = await t.given.position({
      unitId: seksi.id,
      kind: "pelaksana",
      parentPositionId: office.positions.camat.id,
    });
    const person = await t.given.employee({ name: "Zainal" });
    await t.given.placement({ employeeId: person.id, positionId: pos.id });
    await skp(person.id, pos.id);
    trantib = person;
  });
  afterEach(() => t.close());

  const report = async (employeeId: string, skpId: string, status: ReportStatus, lastSubmittedAt: string | null) => {
    await t.db
      .insertInto("monthly_report")
      .values({
        id: newId(),
        skp_id: skpId,
        employee_id: employeeId,
        year: 2026,
        month: 2,
        status,
        achievements: "",
        challenges: "",
        improvements: "",
        overall_feedback: null,
        revision_reason: null,
        submitted_at: lastSubmittedAt,
        last_submitted_at: lastSubmittedAt,
        accepted_at: null,
        acknowledged_at: null,
        version: 1,
        created_at: "2026-02-20T00:00:00.000Z",
        updated_at: "2026-02-20T00:00:00.000Z",
      })
      .execute();
  };

  const people = async (user: { userId: string }, query = "") => {
    const res = await (await t.as(user)).get(`/api/compliance?year=2026&month=2${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return complianceApi.get.response.parse(json(res));
  };
  const units = async (user: { userId: string }, query = "") => {
    const res = await (await t.as(user)).get(`/api/compliance/units?year=2026&month=2${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return complianceApi.units.response.parse(json(res));
  };
  const names = (page: { items: { employeeName: string }[] }) => page.items.map((r) => r.employeeName);

  it("pages the people, with the total and the page asked for", async () => {
    const first = await people(admin, "&pageSize=3&sort=name");
    assert.deepEqual([first.total, first.page, first.pageSize, first.items.length], [9, 1, 3, 3]);
    const all = await people(admin, "&pageSize=100&sort=name");
    assert.equal(all.items.length, 9);
    const third = await people(admin, "&pageSize=3&page=3&sort=name");
    assert.deepEqual(names(third), names(all).slice(6, 9));
    const beyond = await people(admin, "&pageSize=3&page=4");
    assert.deepEqual([beyond.total, beyond.items.length], [9, 0]);
  });

  it("sorts by name, by status and by the longest wait for feedback", async () => {
    await report(staff[0]?.id ?? "", staff[0]?.skpId ?? "", "diajukan", "2026-03-06T01:00:00.000Z");
    await report(staff[1]?.id ?? "", staff[1]?.skpId ?? "", "diajukan", "2026-03-02T01:00:00.000Z");
    await report(staff[3]?.id ?? "", staff[3]?.skpId ?? "", "diterima", "2026-03-01T01:00:00.000Z");
    const byName = names(await people(admin, "&sort=name"));
    assert.deepEqual(
      byName,
      [...byName].sort((a, b) => a.localeCompare(b, "id")),
    );
    assert.deepEqual(names(await people(admin, "&sort=waiting&pageSize=2")), ["Ani", "Yusuf"]);
    const byStatus = (await people(admin, "&sort=status")).items.map((r) => r.status);
    assert.deepEqual(byStatus, [...byStatus].sort());
  });

  it("filters by status, by a name typed without accents or case, and by unit", async () => {
    await report(staff[0]?.id ?? "", staff[0]?.skpId ?? "", "diajukan", "2026-03-06T01:00:00.000Z");
    assert.deepEqual(names(await people(admin, "&status=diajukan")), ["Yusuf"]);
    assert.equal((await people(admin, "&status=belum")).total, 8);
    assert.deepEqual(names(await people(admin, "&q=NURDIN")), ["Nurdïn Setiawan"]);
    assert.deepEqual(names(await people(admin, "&q=50%25")), [], "a % is searched for, not a wildcard");
    const seksi = await people(admin, `&unitId=${office.seksi.id}`);
    assert.equal(seksi.total, 7, "the Kasi and six staff");
    assert.ok(seksi.items.every((r) => r.unitName === "Seksi Pelayanan Umum"));
  });

  it("summarises the whole office by unit, then opens a unit's people", async () => {
    await report(staff[0]?.id ?? "", staff[0]?.skpId ?? "", "diajukan", "2026-03-06T01:00:00.000Z");
    await report(staff[1]?.id ?? "", staff[1]?.skpId ?? "", "diterima", "2026-03-02T01:00:00.000Z");
    await report(staff[2]?.id ?? "", staff[2]?.skpId ?? "", "draft", null);
    const summary = await units(admin);
    assert.equal(summary.scope, "all");
    assert.deepEqual(
      summary.items.map(({ unitId, ...counts }) => counts),
      [
        { unitName: "Kecamatan Uji", people: 1, submitted: 0, late: 1, waitingFeedback: 0, missing: 1 },
        { unitName: "Seksi Pelayanan Umum", people: 7, submitted: 2, late: 6, waitingFeedback: 1, missing: 5 },
        { unitName: "Seksi Trantib", people: 1, submitted: 0, late: 1, waitingFeedback: 0, missing: 1 },
      ],
    );
    const totals = { people: 9, submitted: 2, late: 8, waitingFeedback: 1, missing: 7 };
    assert.deepEqual(summary.totals, totals);
    const paged = await units(admin, "&pageSize=1&page=2");
    assert.deepEqual(paged.totals, totals, "the totals count every unit, not the page");
    assert.deepEqual([paged.total, paged.items.map((u) => u.unitName)], [3, ["Seksi Pelayanan Umum"]]);
    assert.deepEqual(
      (await units(admin, "&q=trantib")).items.map((u) => u.unitName),
      ["Seksi Trantib"],
    );
    const opened = await people(admin, `&unitId=${summary.items[2]?.unitId}`);
    assert.deepEqual(names(opened), [trantib.name]);
  });

  it("sorts the units by a count, most first, then by name, on the server", async () => {
    await report(staff[0]?.id ?? "", staff[0]?.skpId ?? "", "diajukan", "2026-03-06T01:00:00.000Z");
    const byName = (await units(admin)).items.map((u) => u.unitName);
    assert.deepEqual(byName, ["Kecamatan Uji", "Seksi Pelayanan Umum", "Seksi Trantib"]);
    const byMissing = await units(admin, "&sort=missing");
    assert.deepEqual(
      byMissing.items.map((u) => [u.unitName, u.missing]),
      [
        ["Seksi Pelayanan Umum", 6],
        ["Kecamatan Uji", 1],
        ["Seksi Trantib", 1],
      ],
    );
    const waiting = await units(admin, "&sort=waitingFeedback&pageSize=1");
    assert.deepEqual([waiting.total, waiting.items.map((u) => u.unitName)], [3, ["Seksi Pelayanan Umum"]]);
    const second = await units(admin, "&sort=late&pageSize=1&page=2");
    assert.deepEqual(
      second.items.map((u) => u.unitName),
      ["Kecamatan Uji"],
      "ties keep the name order",
    );
  });

  it("keeps a rater's and a pimpinan's units to their own people", async () => {
    const team = await units(office.kasi);
    assert.equal(team.scope, "team");
    assert.deepEqual(
      team.items.map((u) => [u.unitName, u.people]),
      [["Seksi Pelayanan Umum", 6]],
    );
    const outside = await people(office.kasi, `&unitId=${office.kecamatan.id}`);
    assert.deepEqual([outside.total, outside.items], [0, []], "a unit outside the team shows nobody");
    const organisation = await units(office.camat);
    assert.equal(organisation.scope, "organisation");
    assert.equal(organisation.total, 3);
  });

  it("refuses bad paging, sorting and filters, a plain employee and a caller without a session", async () => {
    const kasi = await t.as(office.kasi);
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=2&pageSize=101"), { pageSize: /./ });
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=2&page=0"), { page: /./ });
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=2&sort=salary"), { sort: /./ });
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=2&status=lost"), { status: /./ });
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=2&unitId=seksi"), { unitId: /./ });
    assertInvalid(await kasi.get("/api/compliance/units?year=2026&month=2&pageSize=0"), { pageSize: /./ });
    assertInvalid(await kasi.get("/api/compliance/units?year=2026&month=0"), { month: /./ });
    assertInvalid(await kasi.get("/api/compliance/units?year=2026&month=2&sort=people"), { sort: /./ });
    assertError(await (await t.as(office.staff)).get("/api/compliance/units?year=2026&month=2"), 403, "forbidden");
    assertError(await t.anonymous().get("/api/compliance/units?year=2026&month=2"), 401, "unauthenticated");
  });
});
