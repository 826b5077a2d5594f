import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, countRows } from "./assertions";
import { json } from "./test-app";
import { coachingWorld, perTest } from "./worlds";

describe("dialog kinerja", () => {
  const w = perTest(coachingWorld);

  const dialogue = (employeeId: string, extra: Record<string, unknown> = {}) => ({
    employeeId,
    date: "2026-03-16",
    topics: "Capaian verifikasi berkas PATEN bulan Februari",
    agreements: "Target harian 70 berkas",
    followUps: [
      { action: "Susun daftar periksa persyaratan", dueDate: "2026-03-31" },
      { action: "Ikuti pelatihan SIMPATEN", dueDate: "2026-04-15" },
    ],
    ...extra,
  });

  const record = async () => {
    const kasi = await w.t.as(w.office.kasi);
    const res = await kasi.post("/api/dialogues", dialogue(w.office.staff.id));
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  const ids = (res: { body: string }) => JSON.parse(res.body).map((d: { id: string }) => d.id);

  it("the rater records a dialogue with follow-ups and the people entitled see it", async () => {
    const created = await record();
    assert.equal(created.employeeId, w.office.staff.id);
    assert.equal(created.raterEmployeeId, w.office.kasi.id);
    assert.equal(created.raterName, w.office.kasi.name);
    assert.equal(created.topics, "Capaian verifikasi berkas PATEN bulan Februari");
    assert.deepEqual(
      created.followUps.map((f: { action: string; dueDate: string; doneAt: null }) => [f.dueDate, f.doneAt]),
      [
        ["2026-03-31", null],
        ["2026-04-15", null],
      ],
    );
    const staff = await w.t.as(w.office.staff);
    assert.deepEqual(ids(await staff.get("/api/dialogues")), [created.id]);
    assert.deepEqual(ids(await staff.get(`/api/dialogues?employeeId=${w.office.staff.id}`)), [created.id]);
    const kasi = await w.t.as(w.office.kasi);
    assert.deepEqual(ids(await kasi.get("/api/dialogues")), [created.id]);
    for (const viewer of [
      w.office.kasi,
      w.office.camat,
      await w.t.given.admin(),
      await w.t.given.user({ roles: ["auditor"] }),
    ]) {
      const res = await (await w.t.as(viewer)).get(`/api/dialogues?employeeId=${w.office.staff.id}`);
      assert.deepEqual(ids(res), [created.id], res.body);
    }
    const stranger = await w.t.as(w.outsider);
    assert.deepEqual(ids(await stranger.get(`/api/dialogues?employeeId=${w.office.staff.id}`)), []);
    assert.deepEqual(ids(await stranger.get("/api/dialogues")), []);
    const events = await w.t.db.selectFrom("audit_event").selectAll().where("subject_id", "=", created.id).execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ["dialogue.created"],
    );
    assert.equal(await countRows(w.t.db, "dialogue_follow_up"), 2);
  });

  it("marks a follow-up done by the employee or the rater, once; others get 404 or 403", async () => {
    const created = await record();
    const [first, second] = created.followUps;
    const staff = await w.t.as(w.office.staff);
    const done = await staff.post(`/api/dialogues/follow-ups/${first.id}/done`);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(json(done).followUps[0].doneAt, "2026-03-16T03:00:00.000Z");
    assert.equal(json(done).followUps[1].doneAt, null);

    w.t.clock.now = new Date("2026-03-16T05:00:00.000Z");
    const kasi = await w.t.as(w.office.kasi);
    const again = json(await kasi.post(`/api/dialogues/follow-ups/${first.id}/done`));
    assert.equal(again.followUps[0].doneAt, "2026-03-16T03:00:00.000Z", "the first completion time stays");
    const byRater = json(await kasi.post(`/api/dialogues/follow-ups/${second.id}/done`));
    assert.equal(byRater.followUps[1].doneAt, "2026-03-16T05:00:00.000Z");

    assertError(await (await w.t.as(w.outsider)).post(`/api/dialogues/follow-ups/${first.id}/done`), 404, "not_found");
    assertError(
      await (await w.t.as(w.office.camat)).post(`/api/dialogues/follow-ups/${first.id}/done`),
      403,
      "forbidden",
    );
    assertError(await kasi.post(`/api/dialogues/follow-ups/${crypto.randomUUID()}/done`), 404, "not_found");
    const actions = await w.t.db
      .selectFrom("audit_event")
      .select("action")
      .where("action", "=", "dialogue.follow_up_done")
      .execute();
    assert.equal(actions.length, 2);
  });

  it("refuses a dialogue with someone the caller does not rate today", async () => {
    const staff = await w.t.as(w.office.staff);
    assertError(await staff.post("/api/dialogues", dialogue(w.office.kasi.id)), 422, "not_your_ratee");
    const camat = await w.t.as(w.office.camat);
    const body = assertError(await camat.post("/api/dialogues", dialogue(w.office.staff.id)), 422, "not_your_ratee");
    assert.ok(body.fields.employeeId);
    const admin = await w.t.as(await w.t.given.admin());
    assertError(await admin.post("/api/dialogues", dialogue(w.office.staff.id)), 422, "not_your_ratee");
    assert.equal(await countRows(w.t.db, "performance_dialogue"), 0);
  });

  it("validates the body and the dates, and needs a session", async () => {
    const kasi = await w.t.as(w.office.kasi);
    assertInvalid(await kasi.post("/api/dialogues", dialogue(w.office.staff.id, { topics: " " })), {
      topics: /wajib diisi/,
    });
    assertInvalid(await kasi.post("/api/dialogues", dialogue(w.office.staff.id, { date: "16-03-2026" })), {
      date: /YYYY-MM-DD/,
    });
    assertInvalid(
      await kasi.post(
        "/api/dialogues",
        dialogue(w.office.staff.id, { followUps: [{ action: "", dueDate: "2026-04-01" }] }),
      ),
      { "followUps/0/action": /wajib diisi/ },
    );
    assertInvalid(await kasi.post("/api/dialogues", dialogue("bukan-id")), { employeeId: /Pegawai/ });
    assertInvalid(await kasi.post("/api/dialogues", dialogue(w.office.staff.id, { extra: 1 })), {
      extra: /tidak dikenal/,
    });
    assertInvalid(await kasi.get("/api/dialogues?employeeId=x"), { employeeId: /ID tidak valid/ });
    assertError(
      await kasi.post("/api/dialogues", dialogue(w.office.staff.id, { date: "2026-03-17" })),
      422,
      "date_in_future",
    );
    const early = assertError(
      await kasi.post(
        "/api/dialogues",
        dialogue(w.office.staff.id, { followUps: [{ action: "Tindak lanjut", dueDate: "2026-03-15" }] }),
      ),
      422,
      "due_before_dialogue",
    );
    assert.ok(early.fields["followUps/0/dueDate"]);
    const anonymous = w.t.anonymous();
    assertError(await anonymous.get("/api/dialogues"), 401, "unauthenticated");
    assertError(await anonymous.post("/api/dialogues", dialogue(w.office.staff.id)), 401, "unauthenticated");
    assertError(await anonymous.post(`/api/dialogues/follow-ups/${crypto.randomUUID()}/done`), 401, "unauthenticated");
    assert.equal(await countRows(w.t.db, "performance_dialogue"), 0);
  });

  it("after a move the former rater keeps only what they recorded; the new rater sees everything", async () => {
    const created = await record();
    await w.t.given.endPlacement(w.office.kasi.id, "2026-03-20");
    const newKasi = await w.t.given.placedEmployee({ positionId: w.office.positions.kasi.id, startDate: "2026-03-21" });
    w.t.clock.now = new Date("2026-03-23T03:00:00.000Z");
    const next = await (await w.t.as(newKasi)).post(
      "/api/dialogues",
      dialogue(w.office.staff.id, { date: "2026-03-23" }),
    );
    assert.equal(next.statusCode, 200, next.body);
    const formerKasi = await w.t.as(w.office.kasi);
    assert.deepEqual(ids(await formerKasi.get(`/api/dialogues?employeeId=${w.office.staff.id}`)), [created.id]);
    assert.deepEqual(ids(await formerKasi.get("/api/dialogues")), [created.id]);
    const current = await w.t.as(newKasi);
    assert.deepEqual(ids(await current.get(`/api/dialogues?employeeId=${w.office.staff.id}`)), [
      json(next).id,
      created.id,
    ]);
    assertError(await formerKasi.post("/api/dialogues", dialogue(w.office.staff.id)), 422, "not_your_ratee");
    const done = await current.post(`/api/dialogues/follow-ups/${created.followUps[0].id}/done`);
    assert.equal(done.statusCode, 200, "the new rater takes over the follow-up");
  });
});
