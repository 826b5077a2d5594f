import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows, masterDataCounts, onlyAuditEventOf } from "./assertions";
import { firstPlacementOf } from "./given-placement";
import { createTestApp, json, type TestApp } from "./test-app";

const MISSING_ID = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

describe("placements (penempatan)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const asAdmin = async () => t.as(await t.given.admin());
  const placementOf = (employeeId: string) => firstPlacementOf(t, employeeId);

  describe("placing an employee", () => {
    it("places an employee in a vacant position and records it in the audit trail", async () => {
      const office = await t.given.office();
      const seat = await t.given.position({ unitId: office.seksi.id, name: "Operator Layanan Operasional" });
      const person = await t.given.employee();
      const admin = await t.given.admin();

      const res = await (await t.as(admin)).post("/api/placements", {
        employeeId: person.id,
        positionId: seat.id,
        kind: "definitif",
        startDate: "2026-01-02",
        decreeNumber: "821.2/015/KEP/2026",
      });

      assert.equal(res.statusCode, 200, res.body);
      const created = json(res);
      assert.deepEqual(created, {
        id: created.id,
        employeeId: person.id,
        positionId: seat.id,
        positionName: "Operator Layanan Operasional",
        unitName: "Seksi Pelayanan Umum",
        kind: "definitif",
        startDate: "2026-01-02",
        endDate: null,
        decreeNumber: "821.2/015/KEP/2026",
        mayRate: false,
        version: 1,
      });
      assert.deepEqual(await auditEventsOf(t.db, created.id), [
        {
          actorId: admin.userId,
          action: "placement.created",
          subjectType: "placement",
          subjectId: created.id,
          before: null,
          after: created,
        },
      ]);
    });

    it("refuses an end date before the start date", async () => {
      const seat = await t.given.position();
      const person = await t.given.employee();
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      const res = await admin.post("/api/placements", {
        employeeId: person.id,
        positionId: seat.id,
        kind: "definitif",
        startDate: "2026-03-01",
        endDate: "2026-02-28",
      });
      assert.ok(assertError(res, 422, "placement_dates").fields.endDate);
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("refuses a second definitive position overlapping the one the employee already holds", async () => {
      const office = await t.given.office();
      const seat = await t.given.position({ unitId: office.seksi.id });
      const current = await placementOf(office.staff.id);
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);

      const res = await admin.post("/api/placements", {
        employeeId: office.staff.id,
        positionId: seat.id,
        kind: "definitif",
        startDate: "2026-04-01",
      });

      const body = assertError(res, 422, "placement_overlap");
      assert.equal(body.details.conflictingPlacementId, current.id);
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("refuses a second definitive holder of a position at the same time", async () => {
      const office = await t.given.office();
      const person = await t.given.employee();
      const res = await (await asAdmin()).post("/api/placements", {
        employeeId: person.id,
        positionId: office.positions.kasi.id,
        kind: "definitif",
        startDate: "2026-04-01",
      });
      const body = assertError(res, 422, "position_occupied");
      assert.equal(body.details.conflictingPlacementId, (await placementOf(office.kasi.id)).id);
    });

    it("fills a position again once its previous holder's placement has ended", async () => {
      const office = await t.given.office();
      await t.given.endPlacement(office.kasi.id, "2026-01-31");
      const person = await t.given.employee();
      const res = await (await asAdmin()).post("/api/placements", {
        employeeId: person.id,
        positionId: office.positions.kasi.id,
        kind: "definitif",
        startDate: "2026-02-01",
      });
      assert.equal(res.statusCode, 200, res.body);
    });

    it("refuses to make an official Plt of their own definitive position", async () => {
      const office = await t.given.office();
      const res = await (await asAdmin()).post("/api/placements", {
        employeeId: office.kasi.id,
        positionId: office.positions.kasi.id,
        kind: "plt",
        startDate: "2026-04-01",
      });
      assert.ok(assertError(res, 422, "acting_on_own_position").fields.kind);
    });

    it("lets an official act as Plt of another position while keeping their own", async () => {
      const office = await t.given.office();
      const vacant = await t.given.position({
        unitId: office.kecamatan.id,
        kind: "pengawas",
        name: "Kepala Seksi Ketenteraman",
        parentPositionId: office.positions.camat.id,
      });
      const admin = await asAdmin();

      const res = await admin.post("/api/placements", {
        employeeId: office.kasi.id,
        positionId: vacant.id,
        kind: "plt",
        startDate: "2026-03-01",
        endDate: "2026-05-31",
      });

      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).kind, "plt");
      const detail = json(await admin.get(`/api/employees/${office.kasi.id}`));
      assert.equal(detail.raters.position.positionId, office.positions.kasi.id, "the own position stays");
      assert.equal(detail.placements.length, 2);
    });

    it("refuses a second Plt of the same position at the same time", async () => {
      const office = await t.given.office();
      const vacant = await t.given.position({ unitId: office.kecamatan.id, kind: "pengawas" });
      const admin = await asAdmin();
      const first = await admin.post("/api/placements", {
        employeeId: office.kasi.id,
        positionId: vacant.id,
        kind: "plt",
        startDate: "2026-03-01",
      });
      assert.equal(first.statusCode, 200, first.body);
      const second = await admin.post("/api/placements", {
        employeeId: office.staff.id,
        positionId: vacant.id,
        kind: "plt",
        startDate: "2026-04-01",
      });
      assertError(second, 422, "position_occupied");
    });

    it("refuses an employee or a position that does not exist", async () => {
      const seat = await t.given.position();
      const person = await t.given.employee();
      const admin = await asAdmin();
      const noEmployee = await admin.post("/api/placements", {
        employeeId: MISSING_ID,
        positionId: seat.id,
        kind: "definitif",
        startDate: "2026-01-02",
      });
      assert.ok(assertError(noEmployee, 422, "employee_not_found").fields.employeeId);
      const noPosition = await admin.post("/api/placements", {
        employeeId: person.id,
        positionId: MISSING_ID,
        kind: "definitif",
        startDate: "2026-01-02",
      });
      assert.ok(assertError(noPosition, 422, "position_not_found").fields.positionId);
      assert.equal(await countRows(t.db, "placement"), 0);
    });

    it("refuses malformed input: dates not YYYY-MM-DD, unknown kind, missing employee", async () => {
      const seat = await t.given.position();
      const res = await (await asAdmin()).post("/api/placements", {
        positionId: seat.id,
        kind: "honorer",
        startDate: "02/01/2026",
        endDate: "2026-02-30",
      });
      assertInvalid(res, {
        employeeId: /Pegawai wajib dipilih/,
        kind: /Jenis penempatan tidak dikenal/,
        startDate: /YYYY-MM-DD/,
        endDate: /YYYY-MM-DD/,
      });
    });

    it("keeps placing employees to the administrators", async () => {
      const office = await t.given.office();
      const seat = await t.given.position({ unitId: office.seksi.id });
      const person = await t.given.employee();
      const body = { employeeId: person.id, positionId: seat.id, kind: "definitif", startDate: "2026-01-02" };
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assertError(await (await t.as(office.camat)).post("/api/placements", body), 403, "forbidden");
      assertError(await auditor.post("/api/placements", body), 403, "forbidden");
      assertError(await t.anonymous().post("/api/placements", body), 401, "unauthenticated");
      assert.equal(await countRows(t.db, "placement"), 3);
    });
  });

  describe("correcting a placement", () => {
    it("corrects the start date and decree number and records before and after", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const admin = await asAdmin();

      const res = await admin.patch(`/api/placements/${current.id}`, {
        positionId: office.positions.staff.id,
        kind: "definitif",
        startDate: "2019-07-01",
        decreeNumber: "SK-2019-07",
        version: 1,
      });

      assert.equal(res.statusCode, 200, res.body);
      const after = json(res);
      assert.equal(after.startDate, "2019-07-01");
      assert.equal(after.decreeNumber, "SK-2019-07");
      assert.equal(after.employeeId, office.staff.id);
      assert.equal(after.version, 2);
      const event = await onlyAuditEventOf(t.db, current.id);
      assert.equal(event.action, "placement.updated");
      assert.deepEqual(event.before, { ...after, startDate: "2020-01-01", decreeNumber: null, version: 1 });
      assert.deepEqual(event.after, after);
    });

    it("refuses a correction that puts the employee in an occupied position", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const res = await (await asAdmin()).patch(`/api/placements/${current.id}`, {
        positionId: office.positions.kasi.id,
        kind: "definitif",
        startDate: "2020-01-01",
        version: 1,
      });
      assertError(res, 422, "position_occupied");
      assert.equal((await placementOf(office.staff.id)).position_id, office.positions.staff.id);
    });

    it("refuses a save made on an outdated copy", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const admin = await asAdmin();
      const body = { positionId: office.positions.staff.id, kind: "definitif", startDate: "2020-01-01", version: 1 };
      assert.equal((await admin.patch(`/api/placements/${current.id}`, body)).statusCode, 200);
      assertError(await admin.patch(`/api/placements/${current.id}`, body), 409, "stale_version");
    });

    it("does not let a correction move the placement to another employee", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const res = await (await asAdmin()).patch(`/api/placements/${current.id}`, {
        employeeId: office.kasi.id,
        positionId: office.positions.staff.id,
        kind: "definitif",
        startDate: "2020-01-01",
        version: 1,
      });
      assertInvalid(res, { employeeId: /tidak dikenal/ });
    });

    it("answers 404 for a placement that does not exist", async () => {
      const seat = await t.given.position();
      const res = await (await asAdmin()).patch(`/api/placements/${MISSING_ID}`, {
        positionId: seat.id,
        kind: "definitif",
        startDate: "2020-01-01",
        version: 1,
      });
      assertError(res, 404, "not_found");
    });
  });

  describe("ending a placement", () => {
    it("ends a placement on a date and keeps it in the history", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const admin = await asAdmin();

      const res = await admin.post(`/api/placements/${current.id}/end`, { endDate: "2026-06-30", version: 1 });

      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).endDate, "2026-06-30");
      assert.equal(json(res).version, 2);
      const event = await onlyAuditEventOf(t.db, current.id);
      assert.equal(event.action, "placement.ended");
      assert.equal((event.before as { endDate: unknown }).endDate, null);
      assert.equal((event.after as { endDate: unknown }).endDate, "2026-06-30");
      const history = json(await admin.get(`/api/employees/${office.staff.id}`)).placements;
      assert.equal(history.length, 1);
    });

    it("refuses an end date before the placement started", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const res = await (await asAdmin()).post(`/api/placements/${current.id}/end`, {
        endDate: "2019-12-31",
        version: 1,
      });
      assertError(res, 422, "placement_dates");
      assert.equal((await placementOf(office.staff.id)).end_date, null);
    });

    it("refuses to end a placement from an outdated copy", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const res = await (await asAdmin()).post(`/api/placements/${current.id}/end`, {
        endDate: "2026-06-30",
        version: 7,
      });
      assertError(res, 409, "stale_version");
      assert.equal((await placementOf(office.staff.id)).end_date, null);
    });

    it("requires the end date and the version", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const res = await (await asAdmin()).post(`/api/placements/${current.id}/end`, {});
      assertInvalid(res, { endDate: /YYYY-MM-DD/, version: /Versi wajib diisi/ });
    });
  });

  describe("removing a placement entered by mistake", () => {
    it("removes it and keeps what it was in the audit trail", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      const admin = await t.given.admin();

      const res = await (await t.as(admin)).delete(`/api/placements/${current.id}?version=1`);

      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(json(res), { ok: true });
      assert.equal(await countRows(t.db, "placement"), 2);
      const event = await onlyAuditEventOf(t.db, current.id);
      assert.equal(event.action, "placement.deleted");
      assert.equal(event.actorId, admin.userId);
      assert.equal((event.before as { positionId: unknown }).positionId, office.positions.staff.id);
      assert.equal(event.after, null);
    });

    it("refuses to remove it from an outdated copy", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      assertError(await (await asAdmin()).delete(`/api/placements/${current.id}?version=2`), 409, "stale_version");
      assert.equal(await countRows(t.db, "placement"), 3);
    });

    it("requires the version", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      assertInvalid(await (await asAdmin()).delete(`/api/placements/${current.id}`), { version: /./ });
    });

    it("answers 404 for a placement that does not exist", async () => {
      assertError(await (await asAdmin()).delete(`/api/placements/${MISSING_ID}?version=1`), 404, "not_found");
    });

    it("keeps removal to the administrators", async () => {
      const office = await t.given.office();
      const current = await placementOf(office.staff.id);
      assertError(await (await t.as(office.staff)).delete(`/api/placements/${current.id}?version=1`), 403, "forbidden");
      assert.equal(await countRows(t.db, "placement"), 3);
    });
  });
});
