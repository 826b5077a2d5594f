import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows, masterDataCounts, onlyAuditEventOf } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

const newUnit = (over: Record<string, unknown> = {}) => ({
  parentId: null,
  code: "SEKPEM",
  name: "Seksi Pemerintahan",
  kind: "seksi",
  ...over,
});

describe("units (unit kerja)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  describe("listing", () => {
    it("shows every unit, ordered by code, to any signed-in employee", async () => {
      const kecamatan = await t.given.unit({ code: "KEC-B", kind: "kecamatan" });
      await t.given.unit({ code: "KEC-A", parentId: kecamatan.id });
      const person = await t.given.employee();
      const employee = await t.given.user({ employeeId: person.id });

      const res = await (await t.as(employee)).get("/api/units");

      assert.equal(res.statusCode, 200);
      const units = json(res);
      assert.deepEqual(
        units.map((u: { code: string }) => u.code),
        ["KEC-A", "KEC-B"],
      );
      assert.deepEqual(units[0], {
        id: units[0].id,
        parentId: kecamatan.id,
        code: "KEC-A",
        name: "Unit KEC-A",
        kind: "seksi",
        version: 1,
        headerName: null,
        signingPlace: null,
      });
    });

    it("asks an anonymous visitor to sign in", async () => {
      assertError(await t.anonymous().get("/api/units"), 401, "unauthenticated");
    });
  });

  describe("adding a unit", () => {
    it("lets the pengelola kinerja add a unit under a parent and records it in the audit trail", async () => {
      const admin = await t.given.admin();
      const kecamatan = await t.given.unit({ kind: "kecamatan" });

      const res = await (await t.as(admin)).post("/api/units", newUnit({ parentId: kecamatan.id }));

      assert.equal(res.statusCode, 200, res.body);
      const created = json(res);
      assert.deepEqual(created, {
        id: created.id,
        parentId: kecamatan.id,
        code: "SEKPEM",
        name: "Seksi Pemerintahan",
        kind: "seksi",
        version: 1,
        headerName: null,
        signingPlace: null,
      });
      const stored = await t.db.selectFrom("org_unit").selectAll().where("id", "=", created.id).executeTakeFirst();
      assert.equal(stored?.parent_id, kecamatan.id);
      const events = await auditEventsOf(t.db, created.id);
      assert.deepEqual(events, [
        {
          actorId: admin.userId,
          action: "unit.created",
          subjectType: "org_unit",
          subjectId: created.id,
          before: null,
          after: created,
        },
      ]);
    });

    it("lets the super admin add a top-level unit", async () => {
      const superAdmin = await t.given.user({ roles: ["super_admin"] });
      const res = await (await t.as(superAdmin)).post(
        "/api/units",
        newUnit({ code: "PEMKOT", name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah" }),
      );
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).parentId, null);
    });

    it("trims the name before saving it", async () => {
      const admin = await (await t.as(await t.given.admin())).post(
        "/api/units",
        newUnit({ name: "  Seksi Trantib  " }),
      );
      assert.equal(json(admin).name, "Seksi Trantib");
    });

    it("refuses a field the form does not have, and writes nothing", async () => {
      const admin = await t.as(await t.given.admin());
      const before = await masterDataCounts(t.db);
      const res = await admin.post("/api/units", newUnit({ headName: "Budi" }));
      assertInvalid(res, { headName: /tidak dikenal/ });
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("refuses a name that is not text", async () => {
      const res = await (await t.as(await t.given.admin())).post("/api/units", newUnit({ name: 123 }));
      const body = assertInvalid(res, { name: /Nama unit/ });
      assert.equal(body.details.context, "body");
    });

    it("refuses a name longer than 200 characters", async () => {
      const res = await (await t.as(await t.given.admin())).post("/api/units", newUnit({ name: "A".repeat(201) }));
      assertInvalid(res, { name: /paling banyak 200 karakter/ });
    });

    it("accepts a name of exactly 200 characters", async () => {
      const res = await (await t.as(await t.given.admin())).post("/api/units", newUnit({ name: "A".repeat(200) }));
      assert.equal(res.statusCode, 200, res.body);
    });

    it("refuses a code with lower-case letters or spaces", async () => {
      const admin = await t.as(await t.given.admin());
      assertInvalid(await admin.post("/api/units", newUnit({ code: "sek pem" })), { code: /huruf besar, angka/ });
      assertInvalid(await admin.post("/api/units", newUnit({ code: "A".repeat(21) })), { code: /20 karakter/ });
      assertInvalid(await admin.post("/api/units", newUnit({ code: "" })), { code: /wajib diisi/ });
    });

    it("refuses an unknown unit kind and a malformed parent id", async () => {
      const res = await (await t.as(await t.given.admin())).post(
        "/api/units",
        newUnit({ kind: "dinas", parentId: "not-a-uuid" }),
      );
      assertInvalid(res, { kind: /Jenis unit tidak dikenal/, parentId: /Unit induk tidak valid/ });
    });

    it("refuses a body that is not valid JSON", async () => {
      const admin = await t.as(await t.given.admin());
      const res = await admin.post("/api/units", '{"code": "SEKPEM", ', {
        headers: { "content-type": "application/json" },
      });
      assertError(res, 400, "invalid_json");
      assert.equal(await countRows(t.db, "org_unit"), 0);
    });

    it("refuses a parent that does not exist", async () => {
      const admin = await t.as(await t.given.admin());
      const res = await admin.post("/api/units", newUnit({ parentId: "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b" }));
      const body = assertError(res, 422, "parent_not_found");
      assert.ok(body.fields.parentId);
      assert.equal(await countRows(t.db, "org_unit"), 0);
    });

    it("refuses a code another unit already uses", async () => {
      await t.given.unit({ code: "SEKPEM" });
      const admin = await t.as(await t.given.admin());
      const before = await masterDataCounts(t.db);
      const body = assertError(await admin.post("/api/units", newUnit()), 409, "unit_code_taken");
      assert.match(body.fields.code, /SEKPEM sudah dipakai/);
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("asks an anonymous visitor to sign in", async () => {
      assertError(await t.anonymous().post("/api/units", newUnit()), 401, "unauthenticated");
      assert.equal(await countRows(t.db, "org_unit"), 0);
    });

    it("forbids a plain employee and the auditor from adding units", async () => {
      const person = await t.given.employee();
      const employee = await t.as(await t.given.user({ employeeId: person.id }));
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assertError(await employee.post("/api/units", newUnit()), 403, "forbidden");
      assertError(await auditor.post("/api/units", newUnit()), 403, "forbidden");
      assert.equal(await countRows(t.db, "org_unit"), 0);
    });

    it("refuses a write without the session's CSRF token", async () => {
      const admin = await t.as(await t.given.admin());
      const res = await admin.post("/api/units", newUnit(), { headers: { "x-csrf-token": "forged" } });
      assertError(res, 403, "csrf_failed");
      assert.equal(await countRows(t.db, "org_unit"), 0);
    });

    it("refuses a write sent from another site", async () => {
      const admin = await t.as(await t.given.admin());
      const res = await admin.post("/api/units", newUnit(), { headers: { origin: "https://evil.example" } });
      assertError(res, 403, "csrf_failed");
    });
  });

  describe("changing a unit", () => {
    it("renames a unit, bumps its version and records before and after", async () => {
      const unit = await t.given.unit({ code: "YANUM", name: "Seksi Pelayanan" });
      const admin = await t.given.admin();

      const res = await (await t.as(admin)).patch(`/api/units/${unit.id}`, {
        ...newUnit({ code: "YANUM", name: "Seksi Pelayanan Umum" }),
        version: 1,
      });

      assert.equal(res.statusCode, 200, res.body);
      const after = json(res);
      assert.equal(after.name, "Seksi Pelayanan Umum");
      assert.equal(after.version, 2);
      const event = await onlyAuditEventOf(t.db, unit.id);
      assert.equal(event.action, "unit.updated");
      assert.equal(event.actorId, admin.userId);
      assert.deepEqual(event.before, { ...after, name: "Seksi Pelayanan", version: 1 });
      assert.deepEqual(event.after, after);
    });

    it("moves a unit under another parent", async () => {
      const a = await t.given.unit({ kind: "kecamatan" });
      const b = await t.given.unit({ kind: "kecamatan" });
      const seksi = await t.given.unit({ parentId: a.id });
      const admin = await t.as(await t.given.admin());
      const res = await admin.patch(`/api/units/${seksi.id}`, {
        ...newUnit({ code: seksi.code, parentId: b.id }),
        version: 1,
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).parentId, b.id);
    });

    it("refuses a save made on an outdated copy", async () => {
      const unit = await t.given.unit({ code: "YANUM" });
      const admin = await t.as(await t.given.admin());
      const first = await admin.patch(`/api/units/${unit.id}`, {
        ...newUnit({ code: "YANUM", name: "Satu" }),
        version: 1,
      });
      assert.equal(first.statusCode, 200);

      const res = await admin.patch(`/api/units/${unit.id}`, {
        ...newUnit({ code: "YANUM", name: "Dua" }),
        version: 1,
      });

      assertError(res, 409, "stale_version");
      const stored = await t.db.selectFrom("org_unit").selectAll().where("id", "=", unit.id).executeTakeFirst();
      assert.equal(stored?.name, "Satu");
      assert.equal(stored?.version, 2);
      assert.equal((await auditEventsOf(t.db, unit.id)).length, 1);
    });

    it("refuses a code another unit already uses", async () => {
      await t.given.unit({ code: "TAKEN" });
      const unit = await t.given.unit({ code: "MINE" });
      const admin = await t.as(await t.given.admin());
      const res = await admin.patch(`/api/units/${unit.id}`, { ...newUnit({ code: "TAKEN" }), version: 1 });
      assertError(res, 409, "unit_code_taken");
    });

    it("refuses to put a unit under one of its own descendants, and changes nothing", async () => {
      const kecamatan = await t.given.unit({ kind: "kecamatan", code: "KEC" });
      const kelurahan = await t.given.unit({ kind: "kelurahan", parentId: kecamatan.id });
      const seksi = await t.given.unit({ kind: "seksi", parentId: kelurahan.id });
      const admin = await t.as(await t.given.admin());
      const before = await t.db.selectFrom("org_unit").selectAll().orderBy("id").execute();

      const res = await admin.patch(`/api/units/${kecamatan.id}`, {
        ...newUnit({ code: "KEC", kind: "kecamatan", parentId: seksi.id }),
        version: 1,
      });

      const body = assertError(res, 422, "unit_cycle");
      assert.ok(body.fields.parentId);
      assert.deepEqual(await t.db.selectFrom("org_unit").selectAll().orderBy("id").execute(), before);
      assert.equal(await countRows(t.db, "audit_event"), 0);
    });

    it("refuses to make a unit its own parent", async () => {
      const unit = await t.given.unit({ code: "SELF" });
      const admin = await t.as(await t.given.admin());
      const res = await admin.patch(`/api/units/${unit.id}`, {
        ...newUnit({ code: "SELF", parentId: unit.id }),
        version: 1,
      });
      assertError(res, 422, "unit_cycle");
    });

    it("requires the version the form was loaded with", async () => {
      const unit = await t.given.unit();
      const admin = await t.as(await t.given.admin());
      assertInvalid(await admin.patch(`/api/units/${unit.id}`, newUnit({ code: unit.code })), {
        version: /Versi wajib diisi/,
      });
    });

    it("answers 404 for a unit that does not exist", async () => {
      const admin = await t.as(await t.given.admin());
      const res = await admin.patch("/api/units/0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b", { ...newUnit(), version: 1 });
      assertError(res, 404, "not_found");
    });

    it("refuses an id that is not a UUID", async () => {
      const admin = await t.as(await t.given.admin());
      const body = assertInvalid(await admin.patch("/api/units/42", { ...newUnit(), version: 1 }), { id: /ID/ });
      assert.equal(body.details.context, "params");
    });

    it("forbids a plain employee from changing units", async () => {
      const unit = await t.given.unit();
      const person = await t.given.employee();
      const employee = await t.as(await t.given.user({ employeeId: person.id }));
      const res = await employee.patch(`/api/units/${unit.id}`, { ...newUnit({ code: unit.code }), version: 1 });
      assertError(res, 403, "forbidden");
    });
  });
});
