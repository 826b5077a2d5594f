import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { DEFAULT_EVALUATION_SETTING_VALUES } from "@simkin/domain";
import { type CapaianWorld, capaianWorld, evaluateStaff, givenEvaluation } from "./given-capaian";
import { createTestApp, json, type TestApp } from "./test-app";

describe("kurva distribusi", () => {
  let t: TestApp;
  let w: CapaianWorld;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-04-10T03:00:00.000Z" });
    w = await capaianWorld(t);
  });
  afterEach(() => t.close());

  const query = (unitId = w.kelurahan.id) => `unitId=${unitId}&year=2026&periodCode=TW1`;
  const setCapaian = async (capaian: string) => {
    const res = await (await t.as(w.camat)).put("/api/capaian", {
      unitId: w.kelurahan.id,
      year: 2026,
      periodCode: "TW1",
      capaian,
      reason: "Capaian triwulan",
      version: null,
    });
    assert.equal(res.statusCode, 200, res.body);
  };
  const finalise = async (user: { userId: string }, extra: Record<string, unknown> = {}) =>
    (await t.as(user)).post("/api/kurva/finalise", { unitId: w.kelurahan.id, year: 2026, periodCode: "TW1", ...extra });

  it("counts set evaluations by predikat in SQL, drafts apart, and shows each rule of the capaian's pattern", async () => {
    await setCapaian("baik");
    await evaluateStaff(t, w, ["baik", "baik", "baik"]);
    await givenEvaluation(t, {
      employeeId: w.lurah.id,
      positionId: w.lurahPos.id,
      unitId: w.kelurahan.id,
      raterId: w.camat.id,
      status: "draft",
      predikat: "sangat_baik",
    });
    const res = await (await t.as(w.lurah)).get(`/api/kurva?${query()}`);
    assert.equal(res.statusCode, 200, res.body);
    const k = json(res);
    assert.deepEqual(k.counts, { sangat_baik: 0, baik: 3, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
    assert.equal(k.total, 3);
    assert.equal(k.draftCounts.sangat_baik, 1);
    assert.equal(k.draftUnrated, 0);
    assert.deepEqual(
      k.rules.map((r: { kind: string; limit: number; actual: number; met: boolean }) => [
        r.kind,
        r.limit,
        r.actual,
        r.met,
      ]),
      [
        ["max", 2, 3, false],
        ["exists", 1, 0, false],
      ],
    );
    assert.equal(k.ok, false);
    assert.equal(k.head.employeeId, w.lurah.id);
    assert.equal(k.canFinalise, true);
    assert.equal(k.listScope, "all");
    const page = json(await (await t.as(w.lurah)).get(`/api/kurva/evaluations?${query()}`));
    assert.equal(page.total, 4);
    assert.deepEqual(page.items.map((e: { status: string }) => e.status).sort(), [
      "ditetapkan",
      "ditetapkan",
      "ditetapkan",
      "draft",
    ]);
  });

  it("rounds the pattern's limits as the year's setting says, on the screen and at the finalisation", async () => {
    await setCapaian("baik");
    await evaluateStaff(t, w, ["baik", "baik", "baik"]);
    const admin = await t.as(await t.given.admin());
    const saved = await admin.put("/api/evaluation-settings", {
      ...DEFAULT_EVALUATION_SETTING_VALUES,
      year: 2026,
      rounding: { max: "ceil", min: "ceil" },
      version: 0,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const k = json(await (await t.as(w.lurah)).get(`/api/kurva?${query()}`));
    assert.deepEqual(
      k.rules.map((r: { kind: string; limit: number; met: boolean }) => [r.kind, r.limit, r.met]),
      [
        ["max", 3, true],
        ["exists", 1, false],
      ],
    );
    const res = await finalise(w.lurah, { justification: "Belum ada staf dengan predikat sangat baik." });
    assert.equal(res.statusCode, 200, res.body);
    const row = await t.db.selectFrom("unit_evaluation").selectAll().executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.violations_json).length, 1);
  });

  it("is seen by the head one level up, the overseers and a rater (his own ratees only); not by others", async () => {
    await setCapaian("istimewa");
    await evaluateStaff(t, w, ["baik", "baik"]);
    const [kasiStaff] = w.staff.slice(2);
    assert.ok(kasiStaff);
    await givenEvaluation(t, {
      employeeId: kasiStaff.id,
      positionId: kasiStaff.positionId,
      unitId: w.kelurahan.id,
      raterId: w.kasi.id,
    });
    for (const user of [w.camat, w.pengelola, w.auditor]) {
      const res = await (await t.as(user)).get(`/api/kurva?${query()}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).canFinalise, false);
    }
    const kasi = await t.as(w.kasi);
    assert.equal(json(await kasi.get(`/api/kurva?${query()}`)).listScope, "own_ratees");
    const own = json(await kasi.get(`/api/kurva/evaluations?${query()}`));
    assert.deepEqual(
      own.items.map((e: { employeeId: string }) => e.employeeId),
      [kasiStaff.id],
    );
    const outsider = await t.as(w.outsider);
    const real = await outsider.get(`/api/kurva?${query()}`);
    const random = await outsider.get(`/api/kurva?${query(randomUUID())}`);
    assert.equal(real.statusCode, 404);
    assert.deepEqual(json(real), json(random));
    assert.equal((await outsider.get(`/api/kurva/evaluations?${query()}`)).statusCode, 404);
    assert.equal((await t.anonymous().get(`/api/kurva?${query()}`)).statusCode, 401);
    assert.equal((await kasi.get("/api/kurva?unitId=x&year=2026&periodCode=TW1")).statusCode, 400);
  });

  it("refuses a seksi's kurva: it is counted in its kelurahan", async () => {
    const res = await (await t.as(w.lurah)).get(`/api/kurva?${query(w.kelSeksi.id)}`);
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "capaian_unit_kind");
  });

  it("finalises a broken pattern only with a justification, kept with the violations and counts", async () => {
    await setCapaian("baik");
    await evaluateStaff(t, w, ["baik", "baik", "baik"]);
    const without = await finalise(w.lurah);
    assert.equal(without.statusCode, 422);
    assert.equal(json(without).code, "distribution_justification_required");
    const res = await finalise(w.lurah, { justification: "Seluruh staf mencapai target; tidak ada kinerja rendah." });
    assert.equal(res.statusCode, 200, res.body);
    const k = json(res);
    assert.equal(k.finalised.justification, "Seluruh staf mencapai target; tidak ada kinerja rendah.");
    assert.equal(k.finalised.counts.baik, 3);
    assert.equal(k.canFinalise, false);
    const row = await t.db.selectFrom("unit_evaluation").selectAll().executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.violations_json).length, 2);
    assert.equal(row.finalised_by, w.lurah.id);
    const events = await t.db.selectFrom("audit_event").select("action").where("subject_id", "=", row.id).execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ["distribution.finalised"],
    );
    const again = await finalise(w.lurah, { justification: "lagi" });
    assert.equal(again.statusCode, 409);
    assert.equal(json(again).code, "distribution_already_finalised");
  });

  it("finalises a met pattern without a justification, counting the drafts left as of then", async () => {
    await setCapaian("istimewa");
    await evaluateStaff(t, w, ["sangat_baik", "baik"]);
    const [third] = w.staff.slice(2);
    assert.ok(third);
    await givenEvaluation(t, {
      employeeId: third.id,
      positionId: third.positionId,
      unitId: w.kelurahan.id,
      raterId: w.lurah.id,
      status: "draft",
      predikat: null,
    });
    const res = await finalise(w.lurah);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).finalised.justification, null);
    assert.equal(json(res).finalised.draftsAtFinalisation, 1);
  });

  it("refuses a finalisation by anyone but the unit's head, without a capaian, or with nobody evaluated", async () => {
    const noCapaian = await finalise(w.lurah);
    assert.equal(json(noCapaian).code, "capaian_missing");
    await setCapaian("baik");
    const empty = await finalise(w.lurah);
    assert.equal(empty.statusCode, 422);
    assert.equal(json(empty).code, "distribution_empty");
    await evaluateStaff(t, w, ["baik"]);
    const camat = await finalise(w.camat, { justification: "x" });
    assert.equal(camat.statusCode, 403);
    assert.equal(json(camat).code, "distribution_not_head");
    assert.equal((await finalise(w.outsider, { justification: "x" })).statusCode, 404);
    assert.equal((await finalise(w.lurah, { periodCode: "Q1" })).statusCode, 400);
    assert.equal(await t.db.selectFrom("unit_evaluation").select("id").executeTakeFirst(), undefined);
  });
});
