import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError } from "./assertions";
import { type EvaluationWorld, evaluationWorld, ratingBody } from "./given-evaluation";
import { createTestApp, json, type TestApp } from "./test-app";
import { perTest } from "./worlds";

const world = () =>
  (async () => {
    const t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    return { t, ...(await evaluationWorld(t)) };
  })();

const input = (text: string) => ({ values: [{ valueCode: "kolaboratif", text }] });

describe("evaluation: self-assessment", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);

  it("is the employee's, seen by the rater once submitted (and notified), closed once the result is set", async () => {
    const e = json(await w.as.staff.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));
    const body = { summary: "Target berkas terlampaui", ratingHasilKerja: "di_atas_ekspektasi", ratingPerilaku: null };
    const draft = json(
      await w.as.staff.put(`/api/evaluations/${e.id}/self-assessment`, { ...body, submit: false, version: 0 }),
    );
    assert.equal(draft.selfAssessment.submittedAt, null);
    assert.equal(json(await w.as.kasi.get(`/api/evaluations/${e.id}`)).selfAssessment, null, "not sent yet");
    assertError(
      await w.as.staff.put(`/api/evaluations/${e.id}/self-assessment`, { ...body, submit: true, version: 0 }),
      409,
      "stale_version",
    );
    const sent = json(
      await w.as.staff.put(`/api/evaluations/${e.id}/self-assessment`, { ...body, submit: true, version: 1 }),
    );
    assert.equal(sent.selfAssessment.submittedAt, "2026-03-16T03:00:00.000Z");
    const seen = json(await w.as.kasi.get(`/api/evaluations/${e.id}`));
    assert.equal(seen.selfAssessment.summary, "Target berkas terlampaui");
    const notices = await w.t.db
      .selectFrom("notification")
      .select("kind")
      .where("user_id", "=", w.office.kasi.userId)
      .where("kind", "=", "evaluation_self_assessed")
      .execute();
    assert.equal(notices.length, 1);
    const team = json(await w.as.kasi.get("/api/evaluations/team?year=2026&periodCode=TW1"));
    assert.equal(team.items.find((r: { employeeId: string }) => r.employeeId === w.office.staff.id).selfAssessed, true);
    assertError(
      await w.as.kasi.put(`/api/evaluations/${e.id}/self-assessment`, { ...body, submit: true, version: 2 }),
      403,
      "forbidden",
    );
    const rated = json(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, seen.version)));
    await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: rated.version });
    assertError(
      await w.as.staff.put(`/api/evaluations/${e.id}/self-assessment`, { ...body, submit: true, version: 2 }),
      422,
      "evaluation_finalised",
    );
  });
});

describe("evaluation: anonymous peer input", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);
  const open = async () => json(await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));

  it("shows the rater nothing below three contributors, then the texts without names; never to the employee", async () => {
    const e = await open();
    const colleague = (i: number) => w.t.as(w.colleagues[i] ?? w.office.staff);
    const [a, b, c] = [await colleague(0), await colleague(1), await colleague(2)];
    const requests = json(await a.get("/api/evaluations/peer-requests?year=2026"));
    assert.deepEqual(
      requests.map((r: { evaluationId: string; given: boolean }) => [r.evaluationId, r.given]),
      [[e.id, false]],
    );
    assert.equal(json(await a.put(`/api/evaluations/${e.id}/peer-input`, input("Cepat membantu (A)"))).ok, true);
    assert.equal(json(await a.get("/api/evaluations/peer-requests?year=2026"))[0].given, true);
    await a.put(`/api/evaluations/${e.id}/peer-input`, input("Cepat membantu di loket (A, diubah)"));
    await b.put(`/api/evaluations/${e.id}/peer-input`, input("Ramah kepada pemohon (B)"));
    let seen = json(await w.as.kasi.get(`/api/evaluations/${e.id}`));
    assert.equal(seen.peerContributors, 2, "a colleague's second input replaces the first");
    assert.ok(
      seen.behaviours.every((v: { peer: unknown }) => v.peer === null),
      "fewer than three: nothing shown",
    );
    await c.put(`/api/evaluations/${e.id}/peer-input`, input("Berbagi cara kerja (C)"));
    seen = json(await w.as.kasi.get(`/api/evaluations/${e.id}`));
    assert.equal(seen.peerContributors, 3);
    const kolaboratif = seen.behaviours.find((v: { code: string }) => v.code === "kolaboratif");
    assert.deepEqual(kolaboratif.peer, [
      "Cepat membantu di loket (A, diubah)",
      "Ramah kepada pemohon (B)",
      "Berbagi cara kerja (C)",
    ]);
    const names = w.colleagues.map((p) => p.name);
    const raterView = JSON.stringify(seen);
    assert.ok(
      names.every((n) => !raterView.includes(n)),
      "never a name",
    );

    for (const res of [
      await w.as.staff.get(`/api/evaluations/${e.id}`),
      await w.as.staff.get("/api/evaluations/mine?year=2026"),
      await w.as.staff.get("/api/profile"),
      await w.as.camat.get(`/api/evaluations/${e.id}`),
    ]) {
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(
        !res.body.includes("(B)") && !res.body.includes("(C)"),
        "peer input never reaches anyone but the rater",
      );
    }
    const own = json(await w.as.staff.get(`/api/evaluations/${e.id}`));
    assert.equal(own.peerContributors, null);

    const rows = await w.t.db.selectFrom("peer_input").selectAll().execute();
    assert.equal(rows.length, 3);
    const ids = [...w.colleagues.map((p) => p.id), ...w.colleagues.map((p) => p.userId)];
    assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.author_key) && !ids.some((id) => r.author_key.includes(id))));
    const audit = await w.t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "evaluation.peer_input")
      .execute();
    assert.equal(audit.length, 4);
    assert.ok(
      audit.every((entry) => entry.actor_id === null && (entry.after_json ?? "").includes("rekan kerja (anonim)")),
    );
  });

  it("refuses the employee, the rater and the atasan (403), another unit (404), and after the result is set", async () => {
    const e = await open();
    assertError(await w.as.staff.put(`/api/evaluations/${e.id}/peer-input`, input("Saya hebat")), 403, "forbidden");
    assertError(await w.as.kasi.put(`/api/evaluations/${e.id}/peer-input`, input("Bagus")), 403, "forbidden");
    assertError(await w.as.camat.put(`/api/evaluations/${e.id}/peer-input`, input("Bagus")), 403, "forbidden");
    const elsewhere = await w.t.as(w.kelurahanStaff);
    assertError(await elsewhere.put(`/api/evaluations/${e.id}/peer-input`, input("Bagus")), 404, "not_found");
    assert.deepEqual(json(await elsewhere.get("/api/evaluations/peer-requests?year=2026")), []);
    const colleague = await w.t.as(w.colleagues[0] ?? w.office.staff);
    assertError(await colleague.get(`/api/evaluations/${e.id}`), 404, "not_found");
    assertError(
      await colleague.put(`/api/evaluations/${e.id}/peer-input`, {
        values: [
          { valueCode: "kolaboratif", text: "a" },
          { valueCode: "kolaboratif", text: "b" },
        ],
      }),
      422,
      "peer_input_duplicate_value",
    );
    assertError(await colleague.put(`/api/evaluations/${e.id}/peer-input`, { values: [] }), 400, "invalid_input");
    const rated = json(await w.as.kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version)));
    await w.as.kasi.post(`/api/evaluations/${e.id}/finalise`, { version: rated.version });
    assertError(
      await colleague.put(`/api/evaluations/${e.id}/peer-input`, input("Telat")),
      422,
      "evaluation_finalised",
    );
    assert.equal((await w.t.db.selectFrom("peer_input").select("id").execute()).length, 0);
  });
});

describe("evaluation: lists", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);

  it("lists the rater's subordinates for the period, not rated and then draft, and the employee's periods", async () => {
    const before = json(await w.as.kasi.get("/api/evaluations/team?year=2026&periodCode=TW1"));
    assert.equal(before.total, 1, "only the staff member has an approved SKP among the Kasi's subordinates");
    assert.equal(before.items[0].status, "belum");
    assert.equal(before.items[0].evaluationId, null);
    const e = json(await w.as.kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));
    const after = json(await w.as.kasi.get("/api/evaluations/team?year=2026&periodCode=TW1"));
    assert.deepEqual([after.items[0].status, after.items[0].evaluationId], ["draft", e.id]);
    const camatTeam = json(await w.as.camat.get("/api/evaluations/team?year=2026&periodCode=TW1"));
    assert.deepEqual(
      camatTeam.items.map((r: { employeeId: string }) => r.employeeId).sort(),
      [w.office.kasi.id, w.lurah.id].sort(),
      "the Camat rates the Kasi and the Lurah",
    );
    assert.equal(json(await w.as.staff.get("/api/evaluations/team?year=2026&periodCode=TW1")).total, 0);
    assertError(await w.as.kasi.get("/api/evaluations/team?year=2026&periodCode=TW7"), 404, "not_found");
    assertError(await w.as.kasi.get("/api/evaluations/team?year=2026"), 400, "invalid_input");
    const mine = json(await w.as.staff.get("/api/evaluations/mine?year=2026"));
    assert.deepEqual(
      mine.map((r: { periodCode: string; status: string }) => [r.periodCode, r.status]),
      [
        ["TW1", "draft"],
        ["TW2", "belum"],
        ["TW3", "belum"],
        ["TW4", "belum"],
      ],
    );
    assert.equal(mine[3].isAnnual, true);
  });
});

describe("evaluation: home tasks", () => {
  const w = perTest<{ t: TestApp } & EvaluationWorld>(world);

  it("asks the rater to rate once the quarter ended, and the employee to answer a result set", async () => {
    const before = json(await w.as.kasi.get("/api/tasks"));
    assert.equal(
      before.items.filter((task: { kind: string }) => task.kind === "evaluation_rate").length,
      0,
      "mid-March: Triwulan I has not ended",
    );
    w.t.clock.now = new Date("2026-04-02T03:00:00.000Z");
    const kasi = await w.t.as(w.office.kasi);
    const due = json(await kasi.get("/api/tasks")).items.find(
      (task: { kind: string }) => task.kind === "evaluation_rate",
    );
    assert.deepEqual([due.count, due.note, due.link], [1, "Triwulan I", "/team/evaluations"]);
    const e = json(await kasi.post("/api/evaluations", { skpId: w.skp.skpId, periodCode: "TW1" }));
    const rated = json(await kasi.put(`/api/evaluations/${e.id}/rating`, ratingBody(w, e.version)));
    await kasi.post(`/api/evaluations/${e.id}/finalise`, { version: rated.version });
    const after = json(await kasi.get("/api/tasks")).items;
    assert.equal(after.filter((task: { kind: string }) => task.kind === "evaluation_rate").length, 0);
    const staff = await w.t.as(w.office.staff);
    const ack = json(await staff.get("/api/tasks")).items.find(
      (task: { kind: string }) => task.kind === "evaluation_ack",
    );
    assert.deepEqual(
      [ack.link, ack.note, ack.deadline],
      [`/evaluations/${e.id}`, "Triwulan I 2026", "2026-04-16T16:59:59.999Z"],
    );
    await staff.post(`/api/evaluations/${e.id}/acknowledge`, { version: rated.version + 1 });
    const done = json(await staff.get("/api/tasks")).items;
    assert.equal(done.filter((task: { kind: string }) => task.kind === "evaluation_ack").length, 0);
  });
});
