import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

describe("Perjanjian Kinerja targets", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
  });
  afterEach(() => t.close());

  const target = (unitId: string, over: Record<string, unknown> = {}) => ({
    year: 2026,
    unitId,
    sasaran: "Meningkatnya kualitas pelayanan publik di kecamatan",
    indicator: "Indeks Kepuasan Masyarakat",
    target: "85",
    unit: "indeks",
    ...over,
  });

  const created = async (unitId: string) => {
    const camat = await t.as(office.camat);
    const res = await camat.post("/api/pk-targets", target(unitId));
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  const auditsOf = async (id: string) =>
    (await t.db.selectFrom("audit_event").select("action").where("subject_id", "=", id).execute())
      .map((a) => a.action)
      .sort();

  it("lets the Camat set a target for the kecamatan he heads", async () => {
    const pk = await created(office.kecamatan.id);
    assert.equal(pk.unitId, office.kecamatan.id);
    assert.equal(pk.unitName, "Kecamatan Uji");
    assert.equal(pk.indicator, "Indeks Kepuasan Masyarakat");
    assert.equal(pk.version, 1);
    assert.deepEqual(await auditsOf(pk.id), ["pk_target.created"]);
  });

  it("lets the Kasi set a target for his seksi and the pengelola kinerja for any unit", async () => {
    const kasi = await (await t.as(office.kasi)).post("/api/pk-targets", target(office.seksi.id));
    assert.equal(kasi.statusCode, 200, kasi.body);
    const admin = await t.as(await t.given.admin());
    const byAdmin = await admin.post("/api/pk-targets", target(office.kecamatan.id, { target: "90" }));
    assert.equal(byAdmin.statusCode, 200, byAdmin.body);
  });

  it("lists the year's targets to any signed-in employee, narrowed to a unit when asked", async () => {
    const kec = await created(office.kecamatan.id);
    const kasi = await (await t.as(office.kasi)).post("/api/pk-targets", target(office.seksi.id));
    const staff = await t.as(office.staff);
    const all = await staff.get("/api/pk-targets?year=2026");
    assert.equal(all.statusCode, 200, all.body);
    assert.deepEqual(
      json(all)
        .map((p: { id: string }) => p.id)
        .sort(),
      [kec.id, json(kasi).id].sort(),
    );
    const seksi = json(await staff.get(`/api/pk-targets?year=2026&unitId=${office.seksi.id}`));
    assert.deepEqual(
      seksi.map((p: { id: string }) => p.id),
      [json(kasi).id],
    );
    assert.deepEqual(json(await staff.get("/api/pk-targets?year=2027")), []);
  });

  it("refuses a list without a year or with an unknown filter", async () => {
    const staff = await t.as(office.staff);
    const noYear = await staff.get("/api/pk-targets");
    assert.equal(noYear.statusCode, 400);
    assert.equal(json(noYear).code, "invalid_input");
    const unknown = await staff.get("/api/pk-targets?year=2026&owner=me");
    assert.equal(unknown.statusCode, 400);
  });

  it("does not show or change targets for someone who is not signed in", async () => {
    const pk = await created(office.kecamatan.id);
    const anonymous = t.anonymous();
    assert.equal((await anonymous.get("/api/pk-targets?year=2026")).statusCode, 401);
    assert.equal((await anonymous.post("/api/pk-targets", target(office.kecamatan.id))).statusCode, 401);
    const update = await anonymous.patch(`/api/pk-targets/${pk.id}`, { ...target(office.kecamatan.id), version: 1 });
    assert.equal(update.statusCode, 401);
    assert.equal((await anonymous.delete(`/api/pk-targets/${pk.id}?version=1`)).statusCode, 401);
  });

  it("refuses a target from the staff, or from the Kasi for the kecamatan above him", async () => {
    const staff = await (await t.as(office.staff)).post("/api/pk-targets", target(office.seksi.id));
    assert.equal(staff.statusCode, 403);
    assert.equal(json(staff).code, "forbidden");
    const kasi = await (await t.as(office.kasi)).post("/api/pk-targets", target(office.kecamatan.id));
    assert.equal(kasi.statusCode, 403);
    assert.equal((await t.db.selectFrom("pk_target").select("id").execute()).length, 0);
  });

  it("does not let the Kasi change or delete the kecamatan's target", async () => {
    const pk = await created(office.kecamatan.id);
    const kasi = await t.as(office.kasi);
    const { year: _y, unitId: _u, ...fields } = target(office.kecamatan.id, { target: "99" });
    assert.equal((await kasi.patch(`/api/pk-targets/${pk.id}`, { ...fields, version: 1 })).statusCode, 403);
    assert.equal((await kasi.delete(`/api/pk-targets/${pk.id}?version=1`)).statusCode, 403);
    const row = await t.db.selectFrom("pk_target").select("target").where("id", "=", pk.id).executeTakeFirst();
    assert.equal(row?.target, "85");
  });

  it("refuses a target for a unit that does not exist", async () => {
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/pk-targets", target(crypto.randomUUID()));
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "unit_not_found");
    assert.ok(json(res).fields.unitId);
  });

  it("refuses an empty sasaran and an unknown field, naming the field", async () => {
    const camat = await t.as(office.camat);
    const empty = await camat.post("/api/pk-targets", target(office.kecamatan.id, { sasaran: "   " }));
    assert.equal(empty.statusCode, 400);
    assert.equal(json(empty).code, "invalid_input");
    assert.ok(json(empty).fields.sasaran);
    const unknown = await camat.post("/api/pk-targets", target(office.kecamatan.id, { weight: 10 }));
    assert.equal(unknown.statusCode, 400);
  });

  it("updates a target with its version and refuses a stale copy", async () => {
    const pk = await created(office.kecamatan.id);
    const camat = await t.as(office.camat);
    const { year: _y, unitId: _u, ...fields } = target(office.kecamatan.id, { target: "88" });
    const updated = await camat.patch(`/api/pk-targets/${pk.id}`, { ...fields, version: 1 });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(json(updated).target, "88");
    assert.equal(json(updated).version, 2);
    const stale = await camat.patch(`/api/pk-targets/${pk.id}`, { ...fields, target: "70", version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).code, "stale_version");
    assert.deepEqual(await auditsOf(pk.id), ["pk_target.created", "pk_target.updated"]);
  });

  it("refuses an update that changes the unit or empties the indicator", async () => {
    const pk = await created(office.kecamatan.id);
    const camat = await t.as(office.camat);
    const { year: _y, ...withUnit } = target(office.kecamatan.id);
    const moved = await camat.patch(`/api/pk-targets/${pk.id}`, { ...withUnit, version: 1 });
    assert.equal(moved.statusCode, 400);
    const { unitId: _u, ...fields } = withUnit;
    const empty = await camat.patch(`/api/pk-targets/${pk.id}`, { ...fields, indicator: "", version: 1 });
    assert.equal(empty.statusCode, 400);
    assert.ok(json(empty).fields.indicator);
  });

  it("deletes a target with its version, refusing a stale one, and answers not found afterwards", async () => {
    const pk = await created(office.kecamatan.id);
    const camat = await t.as(office.camat);
    const stale = await camat.delete(`/api/pk-targets/${pk.id}?version=2`);
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).code, "stale_version");
    const deleted = await camat.delete(`/api/pk-targets/${pk.id}?version=1`);
    assert.equal(deleted.statusCode, 200, deleted.body);
    assert.deepEqual(json(deleted), { ok: true });
    assert.equal((await t.db.selectFrom("pk_target").select("id").execute()).length, 0);
    assert.deepEqual(await auditsOf(pk.id), ["pk_target.created", "pk_target.deleted"]);
    const again = await camat.delete(`/api/pk-targets/${pk.id}?version=1`);
    assert.equal(again.statusCode, 404);
    assert.equal(json(again).code, "not_found");
  });

  it("refuses a delete without a version", async () => {
    const pk = await created(office.kecamatan.id);
    const res = await (await t.as(office.camat)).delete(`/api/pk-targets/${pk.id}`);
    assert.equal(res.statusCode, 400);
    assert.equal(json(res).code, "invalid_input");
  });
});

describe("Perjanjian Kinerja of a closed year", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("refuses new targets for a year that was never opened", async () => {
    const office = await t.given.office();
    const res = await (await t.as(await t.given.admin())).post("/api/pk-targets", {
      year: 2031,
      unitId: office.kecamatan.id,
      sasaran: "Meningkatnya kualitas pelayanan publik",
      indicator: "Indeks Kepuasan Masyarakat",
      target: "85",
      unit: "nilai indeks",
    });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "year_not_open");
  });
});
