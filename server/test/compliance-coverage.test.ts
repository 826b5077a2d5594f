import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { complianceApi } from "@simkin/domain";
import { assertError } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

/**
 * Issue 10: an overseer sees their own organisation first (the pengelola of a kecamatan: the kecamatan and its
 * kelurahan, not the whole city), and may widen the view to the whole government or narrow it to any unit.
 */
describe("compliance coverage for the oversight roles", () => {
  let t: TestApp;
  let city: { id: string; name: string };
  let office: Office;
  let elsewhere: { id: string };
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
    for (const [employeeId, positionId] of [
      [office.camat.id, office.positions.camat.id],
      [office.kasi.id, office.positions.kasi.id],
      [office.staff.id, office.positions.staff.id],
      [elsewhere.id, otherPos.id],
    ] as const) {
      await approvedSkp(t.db, { employeeId, positionId, year: 2026, rhk: ["RHK"] });
    }
    // The pengelola kinerja works in the kecamatan's seksi.
    const desk = await t.given.position({ unitId: office.seksi.id, kind: "pelaksana", name: "Pengelola Kinerja" });
    const clerk = await t.given.employee({ name: "Pengelola" });
    await t.given.placement({ employeeId: clerk.id, positionId: desk.id });
    pengelola = await t.given.user({ roles: ["pengelola_kinerja"], employeeId: clerk.id });
  });
  afterEach(() => t.close());

  const people = async (user: { userId: string }, query = "") => {
    const res = await (await t.as(user)).get(`/api/compliance?year=2026&month=2${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return complianceApi.get.response.parse(json(res));
  };
  const ids = (page: { items: { employeeId: string }[] }) => page.items.map((r) => r.employeeId).sort();

  it("opens on the overseer's own organisation and offers the whole government", async () => {
    const page = await people(pengelola);
    assert.deepEqual(page.coverage.within, { unitId: office.kecamatan.id, unitName: office.kecamatan.name });
    assert.deepEqual(
      page.coverage.choices.map((c) => c.unitId),
      [office.kecamatan.id, city.id],
    );
    assert.deepEqual(ids(page), [office.camat.id, office.kasi.id, office.staff.id].sort());
    const units = await (await t.as(pengelola)).get("/api/compliance/units?year=2026&month=2");
    assert.equal(complianceApi.units.response.parse(json(units)).totals.people, 3);
  });

  it("widens to the whole government and narrows to one unit on request", async () => {
    const all = await people(pengelola, `&within=${city.id}`);
    assert.equal(all.coverage.within, null);
    assert.ok(ids(all).includes(elsewhere.id), "the other kecamatan is counted");
    assert.equal(all.total, 4);
    const seksi = await people(pengelola, `&within=${office.seksi.id}`);
    assert.deepEqual(ids(seksi), [office.kasi.id, office.staff.id].sort());
  });

  it("sees everything without an own position (a super admin account)", async () => {
    const admin = await t.given.user({ roles: ["super_admin"] });
    const page = await people(admin);
    assert.equal(page.coverage.within, null);
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.coverage.choices.map((c) => c.unitId),
      [city.id],
    );
  });

  it("answers an unknown unit as not found, and refuses a choice of scope to a pimpinan", async () => {
    assertError(
      await (await t.as(pengelola)).get(
        "/api/compliance?year=2026&month=2&within=0193a9d0-0000-7000-8000-000000000000",
      ),
      404,
      "not_found",
    );
    assertError(
      await (await t.as(office.camat)).get(`/api/compliance/units?year=2026&month=2&within=${city.id}`),
      403,
      "forbidden",
    );
    const bad = await (await t.as(pengelola)).get("/api/compliance?year=2026&month=2&within=bukan-id");
    assert.equal(bad.statusCode, 400);
  });
});
