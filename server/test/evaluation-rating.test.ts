import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { assertError } from "./assertions";
import { type EvaluationWorld, evaluationWorld, givenCapaian, ratingBody } from "./given-evaluation";
import { createTestApp, json, type TestApp } from "./test-app";
import { perTest } from "./worlds";

/** 16 March 2026 (Triwulan I runs), the evaluation world built fresh for each test. */
const world = () =>
  (async () => {
    const t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    return { t, ...(await evaluationWorld(t)) };
  })();

describe("evaluation: open and workspace", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);

  it("opens once for the rater with the parties' snapshot, the curve unit, the reports and a missing month", async () => {
    const res = await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" });
    assert.equal(res.statusCode, 200, res.body);
    const e = json(res);
    assert.equal(e.status, "draft");
    assert.equal(e.unitId, w.office.kecamatan.id, "a seksi's staff count in the kecamatan's curve");
    assert.equal(e.headOfUnit, false);
    assert.equal(e.parties.pegawai.name, w.office.staff.name);
    assert.equal(e.parties.penilai.employeeId, w.office.kasi.id);
    assert.equal(e.parties.atasan.employeeId, w.office.camat.id);
    assert.equal(e.atasanExternal, false, "the Camat has an account");
    assert.deepEqual(e.monthsWithoutReport, [3], "March is not reported yet: rating is allowed, warned");
    const [count, percent] = e.rhk[0].ikis;
    assert.deepEqual(
      count.months.map((m: { month: number; value: string }) => [m.month, m.value]),
      [
        [1, "400"],
        [2, "380"],
      ],
    );
    assert.equal(count.cumulative, 780);
    assert.equal(count.percent, 208, "780 of the 375 berkas due by March (a quarter of 1.500)");
    assert.equal(percent.percent, 97.5, "a rate is compared with its whole target");
    assert.deepEqual(e.suggestion, { percent: 152.8, rating: "di_atas_ekspektasi" });
    assert.deepEqual(
      e.rhk[0].monthlyFeedback.map((f: { wentWell: string }) => f.wentWell),
      ["Verifikasi berkas tepat waktu", "Rekap bulanan rapi"],
    );
    const kolaboratif = e.behaviours.find((b: { code: string }) => b.code === "kolaboratif");
    assert.equal(kolaboratif.aspect, "kontribusi_tim");
    assert.equal(kolaboratif.monthlyFeedback[0].text, "Membantu rekan di loket saat antrean panjang");
    assert.deepEqual(e.allowed.sort(), ["finalise", "rate"]);
    const again = json(await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));
    assert.equal(again.id, e.id, "a second touch finds the same evaluation");
    const audit = await w.t.db.selectFrom("audit_event").selectAll().where("subject_id", "=", e.id).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ["evaluation.created"],
    );
  });

  it("lets the employee open their own evaluation (for the self-assessment) and read it", async () => {
    const e = json(await w.as.staff.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));
    assert.deepEqual(e.allowed, ["self_assess"]);
    assert.equal(e.peerContributors, null);
    const read = await w.as.staff.get(`/api/evaluations/${e.id}`);
    assert.equal(read.statusCode, 200);
  });

  it("refuses someone who does not rate the employee: 404 like an unknown SKP, 403 for those who may see it", async () => {
    const outsider = await w.t.as(w.kelurahanStaff);
    const unknown = await outsider.post("/api/evaluations", { skpId: randomUUID(), periodCode: "TW1" });
    const refused = await outsider.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" });
    assertError(unknown, 404, "not_found");
    assert.equal(refused.statusCode, unknown.statusCode);
    assert.deepEqual(json(refused), json(unknown));
    assertError(await w.as.lurah.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }), 404, "not_found");
    const camat = await w.as.camat.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" });
    assertError(camat, 403, "evaluation_not_your_subordinate");
    const pengelola = await w.t.as(await w.t.given.admin());
    assertError(
      await pengelola.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }),
      403,
      "evaluation_not_your_subordinate",
    );
    assert.equal(await w.t.db.selectFrom("evaluation").select("id").executeTakeFirst(), undefined, "nothing opened");
  });

  it("refuses an unknown period, a period outside the SKP and an SKP not approved; 400 and 401", async () => {
    assertError(
      await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW9" }),
      422,
      "evaluation_period_unknown",
    );
    await w.t.db.updateTable("skp").set({ period_end: "2026-02-28" }).where("id", "=", w.skp.skpId).execute();
    assertError(
      await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW2" }),
      422,
      "evaluation_period_outside_skp",
    );
    await w.t.db.updateTable("skp").set({ status: "draft" }).where("id", "=", w.skp.skpId).execute();
    assertError(
      await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }),
      422,
      "evaluation_skp_not_approved",
    );
    assertError(await w.as.kasi.post("/api/evaluations", { skpId: "x", periodCode: "TW1" }), 400, "invalid_input");
    assertError(await w.t.anonymous().get(`/api/evaluations/${randomUUID()}`), 401, "unauthenticated");
    assertError(await w.as.kasi.get(`/api/evaluations/${randomUUID()}`), 404, "not_found");
  });
});

describe("evaluation: rate, finalise, acknowledge", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);
  const open = async () => json(await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));

  it("rates with the predikat from the kuadran, finalises, delivers and is acknowledged", async () => {
    const e = await open();
    const rated = await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version));
    assert.equal(rated.statusCode, 200, rated.body);
    const r = json(rated);
    assert.equal(r.predikat, "baik", "di atas x sesuai = Baik");
    assert.equal(r.ruleVersion, "permenpanrb-6-2022");
    assert.equal(r.rhk[0].feedback, "Layanan PATEN cepat dan rapi");
    assert.equal(r.rhk[0].ikis[0].realisation, "780");
    assert.equal(r.behaviours.find((b: { code: string }) => b.code === "kolaboratif").feedback, "Sigap membantu rekan");
    const kept = await w.t.db.selectFrom("evaluation_rhk").selectAll().where("evaluation_id", "=", e.id).execute();
    assert.equal(
      kept[0]?.monthly_feedback,
      "Bulan 1: Verifikasi berkas tepat waktu\nBulan 2: Rekap bulanan rapi",
      "the monthly feedback the rating summarises is kept with it",
    );
    const mineDraft = json(await w.as.staff.get("/api/evaluations/mine?year=2026"));
    assert.equal(mineDraft[0].predikat, null, "a draft's ratings are not shown to the employee yet");
    const ownDraft = json(await w.as.staff.get(`/api/evaluations/${e.id}`));
    assert.deepEqual([ownDraft.predikat, ownDraft.ratingHasilKerja, ownDraft.rhk[0].feedback], [null, null, ""]);
    const fin = await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: r.version });
    assert.equal(fin.statusCode, 200, fin.body);
    const f = json(fin);
    assert.equal(f.status, "ditetapkan");
    assert.equal(f.receivedAt, "2026-03-16T03:00:00.000Z");
    assert.equal(f.keberatanDeadline, "2026-03-30");
    assert.deepEqual(f.allowed, ["upload_scan"], "no rating nor finalising once set");
    const notice = await w.t.db
      .selectFrom("notification")
      .selectAll()
      .where("user_id", "=", w.office.staff.userId)
      .where("kind", "=", "evaluation_finalised")
      .executeTakeFirst();
    assert.match(notice?.title ?? "", /Triwulan I 2026/);
    assertError(
      await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, f.version, { hk: "di_bawah_ekspektasi" })),
      422,
      "evaluation_finalised",
    );
    assertError(
      await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: f.version }),
      422,
      "evaluation_finalised",
    );
    assertError(await w.as.kasi.post(`/api/evaluations/${e.id}/acknowledge`, { version: f.version }), 403, "forbidden");
    const mine = json(await w.as.staff.get("/api/evaluations/mine?year=2026"));
    assert.equal(mine[0].predikat, "baik");
    assert.equal(mine[0].keberatanDeadline, "2026-03-30");
    const seen = json(await w.as.staff.get(`/api/evaluations/${e.id}`));
    assert.ok(seen.allowed.includes("acknowledge"));
    assertError(await w.as.staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: 1 }), 409, "stale_version");
    const ack = json(await w.as.staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: f.version }));
    assert.equal(ack.status, "diterima");
    assert.equal(ack.acknowledgedAt, "2026-03-16T03:00:00.000Z");
    assertError(
      await w.as.staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: ack.version }),
      422,
      "evaluation_not_acknowledgeable",
    );
    const told = await w.t.db
      .selectFrom("notification")
      .select("kind")
      .where("user_id", "=", w.office.kasi.userId)
      .where("kind", "=", "evaluation_acknowledged")
      .execute();
    assert.equal(told.length, 1);
    const actions = await w.t.db.selectFrom("audit_event").select("action").where("subject_id", "=", e.id).execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ["evaluation.created", "evaluation.rated", "evaluation.finalised", "evaluation.acknowledged"],
    );
  });

  it("refuses the pegawai, the atasan and the pengelola as raters, and a stale version", async () => {
    const e = await open();
    const body = ratingBody(w, e.version);
    assertError(await w.as.staff.put(`/api/evaluations/${e.id}/rating`, body), 403, "forbidden");
    assertError(await w.as.camat.put(`/api/evaluations/${e.id}/rating`, body), 403, "forbidden");
    const pengelola = await w.t.as(await w.t.given.admin());
    assertError(await pengelola.put(`/api/evaluations/${e.id}/rating`, body), 403, "forbidden");
    assertError(await pengelola.post(`/api/evaluations/${e.id}/finalise`, { version: e.version }), 403, "forbidden");
    const outsider = await w.t.as(w.kelurahanStaff);
    const random = await outsider.put(`/api/evaluations/${randomUUID()}/rating`, body);
    const real = await outsider.put(`/api/evaluations/${e.id}/rating`, body);
    assert.deepEqual([real.statusCode, json(real)], [random.statusCode, json(random)]);
    assertError(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, { ...body, version: 7 }), 409, "stale_version");
    const row = await w.t.db.selectFrom("evaluation").selectAll().where("id", "=", e.id).executeTakeFirstOrThrow();
    assert.equal(row.rating_hasil_kerja, null);
    assert.equal(row.version, 1);
  });

  it("refuses a rating outside the enum, a predikat from the client and an RHK of another SKP", async () => {
    const e = await open();
    const bad = await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version, { hk: "luar_biasa" }));
    assertError(bad, 400, "invalid_input");
    const typed = await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, {
      ...ratingBody(w, e.version),
      predikat: "sangat_baik",
    });
    assertError(typed, 400, "invalid_input");
    const stray = ratingBody(w, e.version);
    stray.rhk[0] = { ...stray.rhk[0], rhkId: w.lurahSkp.rhkIds[0] ?? "" } as (typeof stray.rhk)[number];
    assertError(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, stray), 422, "evaluation_rhk_not_in_skp");
    const row = await w.t.db.selectFrom("evaluation").selectAll().where("id", "=", e.id).executeTakeFirstOrThrow();
    assert.equal(row.predikat, null);
  });

  it("refuses to finalise without both ratings, and the employee's acknowledgement before the result", async () => {
    const e = await open();
    const half = json(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version, { pk: null })));
    assert.equal(half.predikat, null);
    assertError(
      await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: half.version }),
      422,
      "evaluation_incomplete",
    );
    assertError(
      await w.as.staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: half.version }),
      422,
      "evaluation_not_finalised",
    );
  });

  it("locks once the keberatan window has closed, on read and by the daily job", async () => {
    const e = await open();
    const r = json(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version)));
    await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: r.version });
    w.t.clock.now = new Date("2026-03-30T16:59:00.000Z");
    const staff = await w.t.as(w.office.staff);
    assert.equal(json(await staff.get(`/api/evaluations/${e.id}`)).status, "ditetapkan", "the 14th day counts");
    w.t.clock.now = new Date("2026-03-30T17:00:00.000Z");
    const late = json(await staff.get(`/api/evaluations/${e.id}`));
    assert.equal(late.status, "locked");
    assertError(
      await staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: late.version }),
      422,
      "evaluation_not_acknowledgeable",
    );
    const { lockDueEvaluations } = await import("../src/modules/evaluation/evaluation.lock");
    assert.equal(await lockDueEvaluations(w.t.db, w.t.clock.now), 1);
    const row = await w.t.db.selectFrom("evaluation").selectAll().where("id", "=", e.id).executeTakeFirstOrThrow();
    assert.equal(row.status, "locked");
    assert.equal(row.locked_at, "2026-03-30T17:00:00.000Z");
    assert.equal(await lockDueEvaluations(w.t.db, w.t.clock.now), 0, "once");
  });
});

describe("evaluation: the head of a unit", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);

  it("rates the Lurah's hasil kerja from the kelurahan's capaian, never by hand", async () => {
    const e = json(await w.as.camat.post("/api/evaluations", { skpId: w.lurahSkp.skpId, periodCode: "TW1" }));
    assert.equal(e.headOfUnit, true);
    assert.equal(e.unitId, w.kelurahan.id);
    const body = {
      rhk: [],
      ikis: [],
      behaviours: [],
      ratingHasilKerja: "di_atas_ekspektasi",
      ratingPerilaku: "sesuai_ekspektasi",
      catatan: "",
      rekomendasi: "",
      version: e.version,
    };
    assertError(
      await w.as.camat.put(`/api/evaluations/${e.id}/rating`, body),
      422,
      "evaluation_head_rating_follows_capaian",
    );
    const pending = json(await w.as.camat.put(`/api/evaluations/${e.id}/rating`, { ...body, ratingHasilKerja: null }));
    assert.equal(pending.ratingHasilKerja, null);
    assertError(
      await w.as.camat.post(`/api/evaluations/${e.id}/finalise`, { version: pending.version }),
      422,
      "evaluation_capaian_missing",
    );
    await givenCapaian(w.t, w.kelurahan.id, "istimewa", w.office.camat.userId);
    const rated = json(
      await w.as.camat.put(`/api/evaluations/${e.id}/rating`, {
        ...body,
        ratingHasilKerja: null,
        version: pending.version,
      }),
    );
    assert.equal(rated.capaian, "istimewa");
    assert.equal(rated.ratingHasilKerja, "di_atas_ekspektasi", "istimewa maps to di atas ekspektasi by default");
    assert.equal(rated.predikat, "baik");
    const fin = await w.as.camat.post(`/api/evaluations/${e.id}/finalise`, { version: rated.version });
    assert.equal(json(fin).status, "ditetapkan");
  });
});
