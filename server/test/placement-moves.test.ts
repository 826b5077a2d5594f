import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError } from "./assertions";
import type { Office } from "./given";
import { addSecondSeksi, firstPlacementOf } from "./given-placement";
import { createTestApp, json, type TestApp } from "./test-app";

describe("placements: a move in the middle of the year", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const asAdmin = async () => t.as(await t.given.admin());
  const placementOf = (employeeId: string) => firstPlacementOf(t, employeeId);
  const secondSeksi = (office: Office) => addSecondSeksi(t, office);

  it("refuses the new placement while the old one still runs", async () => {
    const office = await t.given.office();
    const second = await secondSeksi(office);
    const res = await (await asAdmin()).post("/api/placements", {
      employeeId: office.staff.id,
      positionId: second.staffPos.id,
      kind: "definitif",
      startDate: "2026-07-01",
    });
    assertError(res, 422, "placement_overlap");
  });

  it("refuses a new placement starting on the last day of the old one", async () => {
    const office = await t.given.office();
    const second = await secondSeksi(office);
    const admin = await asAdmin();
    const current = await placementOf(office.staff.id);
    await admin.post(`/api/placements/${current.id}/end`, { endDate: "2026-06-30", version: 1 });
    const res = await admin.post("/api/placements", {
      employeeId: office.staff.id,
      positionId: second.staffPos.id,
      kind: "definitif",
      startDate: "2026-06-30",
    });
    assertError(res, 422, "placement_overlap");
  });

  it("refuses to stretch the old placement back over the new one", async () => {
    const office = await t.given.office();
    const second = await secondSeksi(office);
    const admin = await asAdmin();
    const current = await placementOf(office.staff.id);
    await admin.post(`/api/placements/${current.id}/end`, { endDate: "2026-06-30", version: 1 });
    await admin.post("/api/placements", {
      employeeId: office.staff.id,
      positionId: second.staffPos.id,
      kind: "definitif",
      startDate: "2026-07-01",
    });
    const res = await admin.post(`/api/placements/${current.id}/end`, { endDate: "2026-07-31", version: 2 });
    assertError(res, 422, "placement_overlap");
    assert.equal((await placementOf(office.staff.id)).end_date, "2026-06-30");
  });

  it("ends the old placement, starts the new one, and shows the right rater before and after", async () => {
    const office = await t.given.office();
    const second = await secondSeksi(office);
    const admin = await asAdmin();
    const current = await placementOf(office.staff.id);

    const ended = await admin.post(`/api/placements/${current.id}/end`, { endDate: "2026-06-30", version: 1 });
    assert.equal(ended.statusCode, 200, ended.body);
    const moved = await admin.post("/api/placements", {
      employeeId: office.staff.id,
      positionId: second.staffPos.id,
      kind: "definitif",
      startDate: "2026-07-01",
    });
    assert.equal(moved.statusCode, 200, moved.body);

    const before = json(await admin.get(`/api/employees/${office.staff.id}?date=2026-06-15`)).raters;
    assert.equal(before.date, "2026-06-15");
    assert.equal(before.position.positionId, office.positions.staff.id);
    assert.equal(before.rater.employeeId, office.kasi.id);
    assert.equal(before.atasanRater.employeeId, office.camat.id);

    const after = json(await admin.get(`/api/employees/${office.staff.id}?date=2026-07-15`)).raters;
    assert.equal(after.position.positionId, second.staffPos.id);
    assert.equal(after.position.unitName, "Seksi Pemerintahan");
    assert.equal(after.rater.employeeId, second.kasi.id);
    assert.equal(after.rater.positionName, "Kepala Seksi Pemerintahan");
    assert.equal(after.atasanRater.employeeId, office.camat.id);

    const history = json(await admin.get(`/api/employees/${office.staff.id}`)).placements;
    assert.deepEqual(
      history.map((p: { startDate: string; endDate: string | null }) => [p.startDate, p.endDate]),
      [
        ["2026-07-01", null],
        ["2020-01-01", "2026-06-30"],
      ],
    );
  });
});
