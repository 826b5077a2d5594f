import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, masterDataCounts, onlyAuditEventOf } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

const MISSING_ID = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

describe("positions (jabatan)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const newPosition = (unitId: string, over: Record<string, unknown> = {}) => ({
    unitId,
    name: "Penata Layanan Operasional",
    kind: "pelaksana",
    ...over,
  });

  const signedInEmployee = async () => {
    const person = await t.given.employee();
    return t.as(await t.given.user({ employeeId: person.id }));
  };

  describe("listing", () => {
    it("shows each position with who holds it today", async () => {
      const office = await t.given.office();
      const res = await (await t.as(await t.given.admin())).get("/api/positions");

      assert.equal(res.statusCode, 200, res.body);
      const list = json(res);
      assert.equal(list.length, 3);
      const kasi = list.find((p: { id: string }) => p.id === office.positions.kasi.id);
      assert.deepEqual(kasi, {
        id: office.positions.kasi.id,
        unitId: office.seksi.id,
        unitName: "Seksi Pelayanan Umum",
        name: "Kepala Seksi Pelayanan Umum",
        kind: "pengawas",
        jenjang: null,
        eselon: null,
        parentPositionId: office.positions.camat.id,
        raterPositionId: null,
        leadsUnitId: office.seksi.id,
        version: 1,
        holders: [{ employeeId: office.kasi.id, displayName: office.kasi.name, kind: "definitif" }],
      });
    });

    it("lists only the positions of the chosen unit", async () => {
      const office = await t.given.office();
      const res = await (await t.as(await t.given.admin())).get(`/api/positions?unitId=${office.seksi.id}`);
      assert.deepEqual(
        json(res)
          .map((p: { id: string }) => p.id)
          .sort(),
        [office.positions.kasi.id, office.positions.staff.id].sort(),
      );
    });

    it("shows an acting holder with their kind, and no longer shows a holder whose placement has ended", async () => {
      const office = await t.given.office();
      await t.given.endPlacement(office.kasi.id, "2026-01-31");
      const plt = await t.given.employee();
      await t.given.placement({
        employeeId: plt.id,
        positionId: office.positions.kasi.id,
        kind: "plt",
        startDate: "2026-02-01",
      });

      const res = await (await t.as(await t.given.admin())).get(`/api/positions?unitId=${office.seksi.id}`);

      const kasi = json(res).find((p: { id: string }) => p.id === office.positions.kasi.id);
      assert.deepEqual(kasi.holders, [{ employeeId: plt.id, displayName: plt.name, kind: "plt" }]);
    });

    it("lets the auditor read the positions", async () => {
      await t.given.office();
      const res = await (await t.as(await t.given.user({ roles: ["auditor"] }))).get("/api/positions");
      assert.equal(res.statusCode, 200);
    });

    it("keeps the list from plain employees and anonymous visitors", async () => {
      assertError(await (await signedInEmployee()).get("/api/positions"), 403, "forbidden");
      assertError(await t.anonymous().get("/api/positions"), 401, "unauthenticated");
    });

    it("refuses a unit filter that is not an id, or an unknown filter", async () => {
      const admin = await t.as(await t.given.admin());
      const body = assertInvalid(await admin.get("/api/positions?unitId=abc"), { unitId: /ID tidak valid/ });
      assert.equal(body.details.context, "querystring");
      assertInvalid(await admin.get("/api/positions?sort=name"), { sort: /tidak dikenal/ });
    });
  });

  describe("adding a position", () => {
    it("adds a head-of-unit position under its atasan and records it in the audit trail", async () => {
      const office = await t.given.office();
      const admin = await t.given.admin();
      const unit = await t.given.unit({ parentId: office.kecamatan.id, name: "Seksi Pemerintahan" });

      const res = await (await t.as(admin)).post(
        "/api/positions",
        newPosition(unit.id, {
          name: "Kepala Seksi Pemerintahan",
          kind: "pengawas",
          eselon: "IV.b",
          parentPositionId: office.positions.camat.id,
          leadsUnit: true,
        }),
      );

      assert.equal(res.statusCode, 200, res.body);
      const created = json(res);
      assert.deepEqual(created, {
        id: created.id,
        unitId: unit.id,
        unitName: "Seksi Pemerintahan",
        name: "Kepala Seksi Pemerintahan",
        kind: "pengawas",
        jenjang: null,
        eselon: "IV.b",
        parentPositionId: office.positions.camat.id,
        raterPositionId: null,
        leadsUnitId: unit.id,
        version: 1,
      });
      const events = await auditEventsOf(t.db, created.id);
      assert.deepEqual(events, [
        {
          actorId: admin.userId,
          action: "position.created",
          subjectType: "position",
          subjectId: created.id,
          before: null,
          after: created,
        },
      ]);
    });

    it("accepts a jabatan fungsional with its jenjang and a JPT with its jenjang", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      const jf = await admin.post(
        "/api/positions",
        newPosition(unit.id, { name: "Pranata Komputer Ahli Muda", kind: "fungsional", jenjang: "ahli_muda" }),
      );
      assert.equal(jf.statusCode, 200, jf.body);
      assert.equal(json(jf).jenjang, "ahli_muda");
      const jpt = await admin.post(
        "/api/positions",
        newPosition(unit.id, { name: "Sekretaris Daerah", kind: "jpt", jenjang: "madya" }),
      );
      assert.equal(jpt.statusCode, 200, jpt.body);
    });

    it("refuses a jabatan fungsional without a jenjang", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      const before = await masterDataCounts(t.db);
      const res = await admin.post("/api/positions", newPosition(unit.id, { kind: "fungsional" }));
      const body = assertError(res, 422, "jenjang_mismatch");
      assert.match(body.fields.jenjang, /Jenjang wajib dipilih/);
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("refuses a jenjang on a pelaksana position, and a fungsional jenjang on a JPT", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      const pelaksana = await admin.post("/api/positions", newPosition(unit.id, { jenjang: "ahli_muda" }));
      assert.match(assertError(pelaksana, 422, "jenjang_mismatch").fields.jenjang, /hanya diisi untuk/);
      const jpt = await admin.post("/api/positions", newPosition(unit.id, { kind: "jpt", jenjang: "ahli_muda" }));
      assertError(jpt, 422, "jenjang_mismatch");
    });

    it("refuses a unit that does not exist", async () => {
      const admin = await t.as(await t.given.admin());
      const body = assertError(await admin.post("/api/positions", newPosition(MISSING_ID)), 422, "unit_not_found");
      assert.ok(body.fields.unitId);
    });

    it("refuses an atasan or a delegated rater that does not exist", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      const parent = await admin.post("/api/positions", newPosition(unit.id, { parentPositionId: MISSING_ID }));
      assert.ok(assertError(parent, 422, "position_not_found").fields.parentPositionId);
      const rater = await admin.post("/api/positions", newPosition(unit.id, { raterPositionId: MISSING_ID }));
      assert.ok(assertError(rater, 422, "position_not_found").fields.raterPositionId);
    });

    it("refuses malformed input: empty name, unknown kind, bad eselon, unknown field", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      const res = await admin.post(
        "/api/positions",
        newPosition(unit.id, { name: " ", kind: "menteri", eselon: "3a", holder: "Budi" }),
      );
      assertInvalid(res, {
        name: /wajib diisi/,
        kind: /Jenis jabatan tidak dikenal/,
        eselon: /Eselon berformat/,
        holder: /tidak dikenal/,
      });
    });

    it("keeps adding positions to the administrators", async () => {
      const unit = await t.given.unit();
      assertError(await (await signedInEmployee()).post("/api/positions", newPosition(unit.id)), 403, "forbidden");
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assertError(await auditor.post("/api/positions", newPosition(unit.id)), 403, "forbidden");
      assertError(await t.anonymous().post("/api/positions", newPosition(unit.id)), 401, "unauthenticated");
    });
  });

  describe("changing a position", () => {
    const asUpdate = (p: { unitId: string; name: string; kind: string }, over: Record<string, unknown>) => ({
      unitId: p.unitId,
      name: p.name,
      kind: p.kind,
      version: 1,
      ...over,
    });

    it("names a delegated rater, bumps the version and records before and after", async () => {
      const office = await t.given.office();
      const admin = await t.given.admin();
      const staff = office.positions.staff;

      const res = await (await t.as(admin)).patch(
        `/api/positions/${staff.id}`,
        asUpdate(staff, { parentPositionId: office.positions.kasi.id, raterPositionId: office.positions.camat.id }),
      );

      assert.equal(res.statusCode, 200, res.body);
      const after = json(res);
      assert.equal(after.raterPositionId, office.positions.camat.id);
      assert.equal(after.version, 2);
      const event = await onlyAuditEventOf(t.db, staff.id);
      assert.equal(event.action, "position.updated");
      assert.deepEqual(event.after, after);
      assert.deepEqual(event.before, { ...after, raterPositionId: null, version: 1 });
    });

    it("refuses a position that rates itself", async () => {
      const office = await t.given.office();
      const staff = office.positions.staff;
      const res = await (await t.as(await t.given.admin())).patch(
        `/api/positions/${staff.id}`,
        asUpdate(staff, { parentPositionId: office.positions.kasi.id, raterPositionId: staff.id }),
      );
      assert.ok(assertError(res, 422, "self_rater").fields.raterPositionId);
    });

    it("refuses a delegation that loops back to the position itself", async () => {
      const unit = await t.given.unit();
      const a = await t.given.position({ unitId: unit.id, kind: "pengawas" });
      const b = await t.given.position({ unitId: unit.id, kind: "pengawas", raterPositionId: a.id });
      const admin = await t.as(await t.given.admin());

      const res = await admin.patch(`/api/positions/${a.id}`, asUpdate(a, { raterPositionId: b.id }));

      assertError(res, 422, "self_rater");
      const stored = await t.db.selectFrom("position").selectAll().where("id", "=", a.id).executeTakeFirst();
      assert.equal(stored?.rater_position_id, null);
      assert.equal(stored?.version, 1);
    });

    it("refuses an atasan that sits below the position, and changes nothing", async () => {
      const office = await t.given.office();
      const camat = office.positions.camat;
      const admin = await t.as(await t.given.admin());
      const before = await t.db.selectFrom("position").selectAll().orderBy("id").execute();

      const res = await admin.patch(
        `/api/positions/${camat.id}`,
        asUpdate(camat, { parentPositionId: office.positions.staff.id, leadsUnit: true }),
      );

      assert.ok(assertError(res, 422, "position_cycle").fields.parentPositionId);
      assert.deepEqual(await t.db.selectFrom("position").selectAll().orderBy("id").execute(), before);
      assert.deepEqual(await auditEventsOf(t.db), []);
    });

    it("refuses a position as its own atasan", async () => {
      const position = await t.given.position();
      const res = await (await t.as(await t.given.admin())).patch(
        `/api/positions/${position.id}`,
        asUpdate(position, { parentPositionId: position.id }),
      );
      assertError(res, 422, "position_cycle");
    });

    it("refuses moving a position to a unit that does not exist", async () => {
      const position = await t.given.position();
      const res = await (await t.as(await t.given.admin())).patch(
        `/api/positions/${position.id}`,
        asUpdate(position, { unitId: MISSING_ID }),
      );
      assertError(res, 422, "unit_not_found");
    });

    it("refuses a save made on an outdated copy", async () => {
      const position = await t.given.position();
      const admin = await t.as(await t.given.admin());
      const first = await admin.patch(`/api/positions/${position.id}`, asUpdate(position, { name: "Analis" }));
      assert.equal(first.statusCode, 200, first.body);

      const res = await admin.patch(`/api/positions/${position.id}`, asUpdate(position, { name: "Pengolah" }));

      assertError(res, 409, "stale_version");
      const stored = await t.db.selectFrom("position").selectAll().where("id", "=", position.id).executeTakeFirst();
      assert.equal(stored?.name, "Analis");
    });

    it("answers 404 for a position that does not exist", async () => {
      const unit = await t.given.unit();
      const res = await (await t.as(await t.given.admin())).patch(
        `/api/positions/${MISSING_ID}`,
        asUpdate({ unitId: unit.id, name: "Analis", kind: "pelaksana" }, {}),
      );
      assertError(res, 404, "not_found");
    });

    it("keeps changes to the administrators", async () => {
      const position = await t.given.position();
      const body = asUpdate(position, { name: "Diubah" });
      assertError(await (await signedInEmployee()).patch(`/api/positions/${position.id}`, body), 403, "forbidden");
      assertError(await t.anonymous().patch(`/api/positions/${position.id}`, body), 401, "unauthenticated");
    });
  });
});
