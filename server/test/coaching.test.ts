import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, countRows } from "./assertions";
import { json } from "./test-app";
import { coachingWorld, perTest } from "./worlds";

describe("bimbingan kinerja", () => {
  const w = perTest(coachingWorld);

  const session = (employeeId: string, extra: Record<string, unknown> = {}) => ({
    employeeId,
    date: "2026-03-16",
    topic: "Ketepatan waktu verifikasi berkas",
    notes: "Berkas menumpuk setiap Senin",
    ...extra,
  });
  const answers = [5, 4, 4, 5, 5, 3, 4, 5, 5];
  const rows = [
    { competency: "Pelayanan publik", score: 4, reason: "Ramah dan teliti" },
    { competency: "Manajemen waktu", score: 3, reason: "Masih ada antrean" },
  ];

  const record = async () => {
    const res = await (await w.t.as(w.office.kasi)).post("/api/coaching", session(w.office.staff.id));
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("the rater records a session, the employee answers B.1.8 once, the rater fills and revises B.1.9", async () => {
    const created = await record();
    assert.equal(created.raterEmployeeId, w.office.kasi.id);
    assert.equal(created.employeeName, w.office.staff.name);
    assert.equal(created.feedback, null);
    assert.equal(created.evaluation, null);

    const staff = await w.t.as(w.office.staff);
    const answered = await staff.put(`/api/coaching/${created.id}/feedback`, { answers, comment: "Sangat membantu" });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.deepEqual(json(answered).feedback, { answers, comment: "Sangat membantu", at: "2026-03-16T03:00:00.000Z" });
    const twice = await staff.put(`/api/coaching/${created.id}/feedback`, { answers: answers.map(() => 1) });
    assertError(twice, 409, "already_answered");

    const kasi = await w.t.as(w.office.kasi);
    const evaluated = json(await kasi.put(`/api/coaching/${created.id}/evaluation`, { rows }));
    assert.deepEqual(evaluated.evaluation, { rows, at: "2026-03-16T03:00:00.000Z" });
    w.t.clock.now = new Date("2026-03-16T04:00:00.000Z");
    const revised = json(
      await (await w.t.as(w.office.kasi)).put(`/api/coaching/${created.id}/evaluation`, { rows: [rows[1]] }),
    );
    assert.deepEqual(revised.evaluation, { rows: [rows[1]], at: "2026-03-16T04:00:00.000Z" });
    assert.deepEqual(revised.feedback.answers, answers, "the employee's answers are kept");

    for (const viewer of [w.office.staff, w.office.kasi, w.office.camat, await w.t.given.admin()]) {
      const list = json(await (await w.t.as(viewer)).get(`/api/coaching?employeeId=${w.office.staff.id}`));
      assert.equal(list.length, 1);
      assert.deepEqual(list[0].evaluation.rows, [rows[1]]);
    }
    assert.deepEqual(
      json(await (await w.t.as(w.office.staff)).get("/api/coaching")).map((c: { id: string }) => c.id),
      [created.id],
    );
    const events = await w.t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("subject_id", "=", created.id)
      .orderBy("id")
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ["coaching.created", "coaching.feedback_given", "coaching.evaluated", "coaching.evaluated"],
    );
    assert.deepEqual(JSON.parse(events[3]?.before_json ?? "null").rows, rows);
  });

  it("only the coached employee answers B.1.8 and only the rater fills B.1.9; strangers see nothing", async () => {
    const created = await record();
    const kasi = await w.t.as(w.office.kasi);
    const staff = await w.t.as(w.office.staff);
    const camat = await w.t.as(w.office.camat);
    const stranger = await w.t.as(w.outsider);
    assertError(await kasi.put(`/api/coaching/${created.id}/feedback`, { answers }), 403, "forbidden");
    assertError(await camat.put(`/api/coaching/${created.id}/feedback`, { answers }), 403, "forbidden");
    assertError(await stranger.put(`/api/coaching/${created.id}/feedback`, { answers }), 404, "not_found");
    assertError(await staff.put(`/api/coaching/${created.id}/evaluation`, { rows }), 403, "forbidden");
    assertError(await camat.put(`/api/coaching/${created.id}/evaluation`, { rows }), 403, "forbidden");
    assertError(await stranger.put(`/api/coaching/${created.id}/evaluation`, { rows }), 404, "not_found");
    assertError(await kasi.put(`/api/coaching/${crypto.randomUUID()}/evaluation`, { rows }), 404, "not_found");
    assert.deepEqual(json(await stranger.get(`/api/coaching?employeeId=${w.office.staff.id}`)), []);
    assert.deepEqual(json(await stranger.get("/api/coaching")), []);
    assertError(await staff.post("/api/coaching", session(w.office.kasi.id)), 422, "not_your_ratee");
    assertError(await camat.post("/api/coaching", session(w.office.staff.id)), 422, "not_your_ratee");
    assertError(await stranger.post("/api/coaching", session(w.office.staff.id)), 422, "not_your_ratee");
    const row = await w.t.db.selectFrom("coaching_session").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.feedback_json, null);
    assert.equal(row.evaluation_json, null);
    assert.equal(await countRows(w.t.db, "coaching_session"), 1);
  });

  it("validates both formats and the session, and needs a session cookie", async () => {
    const created = await record();
    const staff = await w.t.as(w.office.staff);
    const kasi = await w.t.as(w.office.kasi);
    const feedback = `/api/coaching/${created.id}/feedback`;
    assertInvalid(await staff.put(feedback, { answers: answers.slice(1) }), { answers: /kesembilan/ });
    assertInvalid(await staff.put(feedback, { answers: [0, ...answers.slice(1)] }), { "answers/0": /1-5/ });
    assertInvalid(await staff.put(feedback, { answers: [...answers.slice(1), 6] }), { "answers/8": /1-5/ });
    const evaluation = `/api/coaching/${created.id}/evaluation`;
    assertInvalid(await kasi.put(evaluation, { rows: [{ ...rows[0], score: 6 }] }), { "rows/0/score": /skala 1-5/ });
    assertInvalid(await kasi.put(evaluation, { rows: [{ ...rows[0], score: 2.5 }] }), { "rows/0/score": /./ });
    assertInvalid(await kasi.put(evaluation, { rows: [{ ...rows[0], reason: "" }] }), { "rows/0/reason": /Alasan/ });
    assertInvalid(await kasi.put(evaluation, { rows: [] }), { rows: /paling sedikit/ });
    assertInvalid(await kasi.post("/api/coaching", session(w.office.staff.id, { topic: "" })), { topic: /wajib/ });
    assertInvalid(await kasi.post("/api/coaching", session("bukan-id")), { employeeId: /Pegawai/ });
    assertError(
      await kasi.post("/api/coaching", session(w.office.staff.id, { date: "2026-03-17" })),
      422,
      "date_in_future",
    );
    const anonymous = w.t.anonymous();
    assertError(await anonymous.get("/api/coaching"), 401, "unauthenticated");
    assertError(await anonymous.post("/api/coaching", session(w.office.staff.id)), 401, "unauthenticated");
    assertError(await anonymous.put(feedback, { answers }), 401, "unauthenticated");
    assertError(await anonymous.put(evaluation, { rows }), 401, "unauthenticated");
    const row = await w.t.db.selectFrom("coaching_session").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.feedback_json, null);
    assert.equal(row.evaluation_json, null);
  });
});
