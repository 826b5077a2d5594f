import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { complianceApi } from "@simkin/domain";
import { assertError, assertInvalid } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

type TaskBody = { kind: string; key: string; link: string; count: number; year: number; deadline: string | null };

async function tasksOf(client: Client): Promise<TaskBody[]> {
  const res = await client.get("/api/tasks");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items;
}
const missingOf = async (client: Client) => (await tasksOf(client)).filter((t) => t.kind === "skp_missing");

/**
 * Issue 11: the pengelola kinerja's "N pegawai belum punya SKP" counts the people of his own office (the kecamatan
 * and what is below it, not the whole city) holding a position today without an approved SKP for it this year.
 */
describe("tasks: people of the pengelola's office without an approved SKP", () => {
  let t: TestApp;
  let city: { id: string };
  let office: Office;
  let elsewhere: { id: string; userId: string };
  let clerk: { id: string };
  let pengelola: { userId: string };
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-09T03:00:00.000Z" });
    await openYear(t.db, 2026);
    city = await t.given.unit({ kind: "pemerintah_daerah", name: "Pemerintah Kota Uji" });
    office = await t.given.office();
    await t.db.updateTable("org_unit").set({ parent_id: city.id }).where("id", "=", office.kecamatan.id).execute();
    const other = await t.given.unit({ kind: "kecamatan", parentId: city.id, name: "Kecamatan Lain" });
    const otherPos = await t.given.position({ unitId: other.id, kind: "administrator", name: "Camat", leads: true });
    elsewhere = await t.given.placedEmployee({ positionId: otherPos.id });
    // The Camat's SKP is approved; the Kasi's is a draft; the staff member has none.
    await approvedSkp(t.db, {
      employeeId: office.camat.id,
      positionId: office.positions.camat.id,
      year: 2026,
      rhk: ["A"],
    });
    await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["B"],
      status: "draft",
    });
    const desk = await t.given.position({ unitId: office.seksi.id, kind: "pelaksana", name: "Pengelola Kinerja" });
    clerk = await t.given.employee({ name: "Pengelola" });
    await t.given.placement({ employeeId: clerk.id, positionId: desk.id });
    await approvedSkp(t.db, { employeeId: clerk.id, positionId: desk.id, year: 2026, rhk: ["C"] });
    pengelola = await t.given.user({ roles: ["pengelola_kinerja"], employeeId: clerk.id });
  });
  afterEach(() => t.close());

  it("counts the office's people only, links to the list, and drops each one whose SKP is approved", async () => {
    const client = await t.as(pengelola);
    const [missing] = await missingOf(client);
    assert.equal(missing?.count, 2, "the Kasi (draft) and the staff member (none); not the other kecamatan's Camat");
    assert.equal(missing?.link, "/team/compliance?view=skp&year=2026");
    assert.equal(missing?.deadline, "2026-01-31T16:59:59.999Z");
    const body = json(await client.get("/api/tasks"));
    const reports = body.items.find((t: TaskBody) => t.kind === "reports_missing")?.count ?? 0;
    assert.equal(body.counts["/team/compliance"], 2 + reports, "on the compliance menu item, with the reports count");
    await t.db.updateTable("skp").set({ status: "disetujui" }).where("employee_id", "=", office.kasi.id).execute();
    assert.equal((await missingOf(client))[0]?.count, 1);
    await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["D"],
    });
    assert.deepEqual(await missingOf(client), [], "everyone has an approved SKP: the task is gone");
  });

  it("is the pengelola's only: nobody else sees the count", async () => {
    for (const person of [office.camat, office.kasi, office.staff, elsewhere]) {
      assert.deepEqual(await missingOf(await t.as(person)), []);
    }
    assert.deepEqual(await missingOf(await t.as(await t.given.user({ roles: ["auditor"] }))), []);
  });

  it("counts nothing while the year is not open", async () => {
    await t.db.updateTable("performance_year").set({ status: "closed" }).where("year", "=", 2026).execute();
    assert.deepEqual(await missingOf(await t.as(pengelola)), []);
  });

  it("lists them for the pengelola by unit and name, with how far each SKP got, in his office first", async () => {
    const res = await (await t.as(pengelola)).get("/api/compliance/without-skp?year=2026");
    assert.equal(res.statusCode, 200, res.body);
    const page = complianceApi.withoutSkp.response.parse(json(res));
    assert.equal(page.total, 2);
    // Both sit in the seksi, so the employee's name decides (random ASCII names sort alike in every collation).
    const nameOf = new Map(
      (await t.db.selectFrom("employee").select(["id", "name"]).execute()).map((e) => [e.id, e.name.toLowerCase()]),
    );
    assert.deepEqual(
      page.items.map((r) => [r.employeeId, r.skpStatus, r.positionName]),
      [
        [office.kasi.id, "draft", office.positions.kasi.name],
        [office.staff.id, "none", office.positions.staff.name],
      ].sort((a, b) => ((nameOf.get(String(a[0])) ?? "") < (nameOf.get(String(b[0])) ?? "") ? -1 : 1)),
    );
    assert.ok(page.items.find((r) => r.skpStatus === "draft")?.skpId, "links the draft");
    assert.equal(page.coverage.within?.unitId, office.kecamatan.id);
    const all = json(await (await t.as(pengelola)).get(`/api/compliance/without-skp?year=2026&within=${city.id}`));
    assert.equal(all.total, 3, "the whole city adds the other kecamatan's Camat");
    const paged = json(await (await t.as(pengelola)).get("/api/compliance/without-skp?year=2026&pageSize=1&page=2"));
    assert.equal(paged.items.length, 1);
    assert.equal(paged.total, 2);
    const found = json(await (await t.as(pengelola)).get("/api/compliance/without-skp?year=2026&q=zzzz"));
    assert.equal(found.total, 0);
  });

  it("shows a rater his own team only, refuses a pegawai, and asks for a session and a valid year", async () => {
    const kasi = json(await (await t.as(office.kasi)).get("/api/compliance/without-skp?year=2026"));
    assert.equal(kasi.scope, "team");
    assert.deepEqual(
      kasi.items.map((r: { employeeId: string }) => r.employeeId),
      [office.staff.id],
    );
    assertError(await (await t.as(office.staff)).get("/api/compliance/without-skp?year=2026"), 403, "forbidden");
    assertError(await t.anonymous().get("/api/compliance/without-skp?year=2026"), 401, "unauthenticated");
    assertInvalid(await (await t.as(pengelola)).get("/api/compliance/without-skp?year=1999&pageSize=500"), {
      year: /.+/,
      pageSize: /.+/,
    });
    assertError(
      await (await t.as(office.kasi)).get(`/api/compliance/without-skp?year=2026&within=${city.id}`),
      403,
      "forbidden",
    );
  });
});
