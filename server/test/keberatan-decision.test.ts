import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { decision, deliveredEvaluation, explanation, keberatanWorld, reasons } from "./given-keberatan";
import { json } from "./test-app";
import { perTest } from "./worlds";

describe("keberatan: the atasan's decision", () => {
  const w = perTest(keberatanWorld);
  const filed = async (evaluationId = w.evaluation.id) => {
    const res = await (await w.t.as(w.office.staff)).post(`/api/keberatan/evaluation/${evaluationId}`, {
      reasons,
      version: 1,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(res).keberatan.id as string;
  };
  const granted = {
    outcome: "dikabulkan",
    ratingHasilKerja: "di_atas_ekspektasi",
    ratingPerilaku: "di_atas_ekspektasi",
    decision,
    version: 1,
  };
  const rejected = { outcome: "ditolak", decision, version: 1 };
  const evaluationRow = () =>
    w.t.db.selectFrom("evaluation").selectAll().where("id", "=", w.evaluation.id).executeTakeFirstOrThrow();

  it("grants without waiting for the explanation: new ratings, the predikat from the kuadran, locked, both told", async () => {
    const id = await filed();
    w.t.clock.now = new Date("2026-04-08T02:00:00.000Z");
    const before = json(await (await w.t.as(w.office.camat)).get(`/api/keberatan/evaluation/${w.evaluation.id}`));
    assert.deepEqual(before.actions, ["decide_keberatan"]);
    assert.equal(before.keberatan.explanation, null);
    const res = await (await w.t.as(w.office.camat)).post(`/api/keberatan/${id}/decision`, granted);
    assert.equal(res.statusCode, 200, res.body);
    const view = json(res);
    assert.equal(view.keberatan.status, "diputus");
    assert.equal(view.keberatan.outcome, "dikabulkan");
    assert.equal(view.keberatan.source, "internal");
    assert.equal(view.keberatan.decidedByName, w.office.camat.name);
    assert.deepEqual(view.keberatan.before, {
      ratingHasilKerja: "sesuai_ekspektasi",
      ratingPerilaku: "sesuai_ekspektasi",
      predikat: "baik",
    });
    assert.deepEqual(view.keberatan.after, {
      ratingHasilKerja: "di_atas_ekspektasi",
      ratingPerilaku: "di_atas_ekspektasi",
      predikat: "sangat_baik",
    });
    assert.equal(view.evaluation.status, "locked");
    assert.equal(view.evaluation.predikat, "sangat_baik");
    const row = await evaluationRow();
    assert.equal(row.status, "locked");
    assert.equal(row.locked_at, "2026-04-08T02:00:00.000Z");
    assert.equal(row.rule_version, "permenpanrb-6-2022");
    assert.equal(row.version, 2);
    const told = await w.t.db
      .selectFrom("notification")
      .select("user_id")
      .where("kind", "=", "keberatan_decided")
      .orderBy("user_id")
      .execute();
    assert.deepEqual(told.map((n) => n.user_id).sort(), [w.office.kasi.userId, w.office.staff.userId].sort());
    const events = await auditEventsOf(w.t.db, id);
    assert.deepEqual(
      events.map((e) => e.action),
      ["keberatan.filed", "keberatan.decided"],
    );
    const tasks = json(await (await w.t.as(w.office.camat)).get("/api/tasks")).items;
    assert.equal(tasks.filter((t: { kind: string }) => t.kind.startsWith("keberatan")).length, 0);
  });

  it("rejects after the explanation: the ratings are kept and the result locks", async () => {
    const id = await filed();
    await (await w.t.as(w.office.kasi)).post(`/api/keberatan/${id}/explanation`, { explanation, version: 1 });
    const res = await (await w.t.as(w.office.camat)).post(`/api/keberatan/${id}/decision`, { ...rejected, version: 2 });
    assert.equal(res.statusCode, 200, res.body);
    const view = json(res);
    assert.equal(view.keberatan.outcome, "ditolak");
    assert.deepEqual(view.keberatan.after, view.keberatan.before);
    const row = await evaluationRow();
    assert.deepEqual([row.status, row.rating_hasil_kerja, row.predikat], ["locked", "sesuai_ekspektasi", "baik"]);
  });

  it("lets nobody but the atasan decide; refuses bad input, a stale version, unchanged ratings and a second decision", async () => {
    const id = await filed();
    const url = `/api/keberatan/${id}/decision`;
    for (const who of [w.office.staff, w.office.kasi, w.pengelola]) {
      assertError(await (await w.t.as(who)).post(url, granted), 403, "forbidden");
    }
    assertError(await (await w.t.as(w.outsider)).post(url, granted), 404, "not_found");
    const camat = await w.t.as(w.office.camat);
    assertInvalid(await camat.post(url, { ...granted, ratingPerilaku: "luar_biasa" }), {
      ratingPerilaku: /Rating tidak dikenal/,
    });
    assertInvalid(await camat.post(url, { ...rejected, decision: "" }), { decision: /wajib diisi/ });
    assertInvalid(await camat.post(url, { ...rejected, ratingHasilKerja: "di_atas_ekspektasi" }), {
      ratingHasilKerja: /Kolom tidak dikenal/,
    });
    assertError(await camat.post(url, { ...granted, version: 3 }), 409, "stale_version");
    assertError(
      await camat.post(url, { ...granted, ratingHasilKerja: "sesuai_ekspektasi", ratingPerilaku: "sesuai_ekspektasi" }),
      422,
      "keberatan_ratings_unchanged",
    );
    const row = await evaluationRow();
    assert.deepEqual([row.status, row.version], ["ditetapkan", 1]);
    assert.equal((await camat.post(url, granted)).statusCode, 200);
    assertError(await camat.post(url, { ...rejected, version: 2 }), 422, "evaluation_locked");
    assertError(
      await (await w.t.as(w.office.kasi)).post(`/api/keberatan/${id}/explanation`, { explanation, version: 2 }),
      422,
      "evaluation_locked",
    );
  });

  it("refuses to decide a keberatan whose evaluation was locked meanwhile", async () => {
    const id = await filed();
    await w.t.db.updateTable("evaluation").set({ status: "locked", locked_at: "2026-04-07T00:00:00.000Z" }).execute();
    assertError(
      await (await w.t.as(w.office.camat)).post(`/api/keberatan/${id}/decision`, granted),
      422,
      "evaluation_locked",
    );
  });

  it("sends an external atasan's keberatan to the pengelola: the atasan in SIMKIN may not decide it", async () => {
    const other = await deliveredEvaluation(w.t.db, w.office, {
      receivedAt: "2026-04-06T03:00:00.000Z",
      periodCode: "TW2",
      skpId: w.evaluation.skpId,
      atasanExternal: true,
    });
    const id = await filed(other.id);
    assertError(
      await (await w.t.as(w.office.camat)).post(`/api/keberatan/${id}/decision`, granted),
      422,
      "keberatan_external_decision",
    );
    const told = await w.t.db.selectFrom("notification").select("kind").execute();
    assert.deepEqual(told, [{ kind: "keberatan_explanation_requested" }]);
    const tasks = json(await (await w.t.as(w.pengelola)).get("/api/tasks")).items;
    assert.deepEqual(
      tasks.filter((t: { kind: string }) => t.kind === "keberatan_record").map((t: { link: string }) => t.link),
      [`/keberatan/${other.id}`],
    );
  });
});
