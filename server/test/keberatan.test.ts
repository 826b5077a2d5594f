import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows } from "./assertions";
import { decision, deliveredEvaluation, explanation, keberatanWorld, reasons } from "./given-keberatan";
import { json } from "./test-app";
import { perTest } from "./worlds";

describe("keberatan: filing and explaining", () => {
  const w = perTest(keberatanWorld);
  const url = () => `/api/keberatan/evaluation/${w.evaluation.id}`;
  const file = async () => {
    const res = await (await w.t.as(w.office.staff)).post(url(), { reasons, version: 1 });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("shows the employee the window to 23:59 WIB of the 14th day and the button while it is open", async () => {
    const view = json(await (await w.t.as(w.office.staff)).get(url()));
    assert.equal(view.evaluation.deadline, "2026-04-20");
    assert.equal(view.evaluation.windowOpen, true);
    assert.deepEqual(view.actions, ["acknowledge", "file_keberatan"]);
    assert.equal(view.keberatan, null);
    assert.equal(view.evaluation.rater.name, w.office.kasi.name);
    assert.equal(view.evaluation.atasan.name, w.office.camat.name);
  });

  it("the employee files; the atasan and the rater are told at once and find it in their tasks", async () => {
    const view = await file();
    assert.equal(view.keberatan.status, "diajukan");
    assert.equal(view.keberatan.reasons, reasons);
    assert.deepEqual(view.actions, []);
    const notices = await w.t.db
      .selectFrom("notification")
      .select(["user_id", "kind", "link"])
      .orderBy("kind")
      .execute();
    assert.deepEqual(notices, [
      { user_id: w.office.kasi.userId, kind: "keberatan_explanation_requested", link: `/keberatan/${w.evaluation.id}` },
      { user_id: w.office.camat.userId, kind: "keberatan_filed", link: `/keberatan/${w.evaluation.id}` },
    ]);
    const kinds = async (user: { userId: string }) =>
      json(await (await w.t.as(user)).get("/api/tasks")).items.map((task: { kind: string }) => task.kind);
    assert.ok((await kinds(w.office.kasi)).includes("keberatan_explain"));
    assert.ok((await kinds(w.office.camat)).includes("keberatan_decide"));
    assert.ok((await kinds(w.office.staff)).includes("keberatan_waiting"));
    const events = await auditEventsOf(w.t.db, view.keberatan.id);
    assert.deepEqual(
      events.map((e) => e.action),
      ["keberatan.filed"],
    );
  });

  it("refuses a second keberatan, someone else's, a stale version and bad reasons, changing nothing", async () => {
    const staff = await w.t.as(w.office.staff);
    assertInvalid(await staff.post(url(), { reasons: "terlalu pendek", version: 1 }), { reasons: /paling sedikit 20/ });
    assertInvalid(await staff.post(url(), { reasons: "x".repeat(4001), version: 1 }), {
      reasons: /paling banyak 4000/,
    });
    assertInvalid(await staff.post(url(), { version: 1 }), { reasons: /wajib diisi/ });
    assertError(await staff.post(url(), { reasons, version: 2 }), 409, "stale_version");
    assertError(await (await w.t.as(w.office.kasi)).post(url(), { reasons, version: 1 }), 403, "forbidden");
    assertError(await (await w.t.as(w.office.camat)).post(url(), { reasons, version: 1 }), 403, "forbidden");
    assertError(await (await w.t.as(w.outsider)).post(url(), { reasons, version: 1 }), 404, "not_found");
    assert.equal(await countRows(w.t.db, "keberatan"), 0);
    await file();
    assertError(await staff.post(url(), { reasons, version: 1 }), 409, "keberatan_already_filed");
    assert.equal(await countRows(w.t.db, "keberatan"), 1);
  });

  it("accepts the last minute of day 14 in WIB and refuses from the next minute, when the button is gone", async () => {
    w.t.clock.now = new Date("2026-04-20T16:59:00.000Z");
    const atLastMinute = json(await (await w.t.as(w.office.staff)).get(url()));
    assert.ok(atLastMinute.actions.includes("file_keberatan"));
    const other = await deliveredEvaluation(w.t.db, w.office, {
      receivedAt: "2026-04-06T03:00:00.000Z",
      periodCode: "TW2",
      skpId: w.evaluation.skpId,
    });
    w.t.clock.now = new Date("2026-04-20T16:59:59.000Z");
    const accepted = await (await w.t.as(w.office.staff)).post(url(), { reasons, version: 1 });
    assert.equal(accepted.statusCode, 200, accepted.body);
    w.t.clock.now = new Date("2026-04-20T17:00:00.000Z");
    const late = await w.t.as(w.office.staff);
    const view = json(await late.get(`/api/keberatan/evaluation/${other.id}`));
    assert.equal(view.evaluation.windowOpen, false);
    assert.equal(view.evaluation.status, "locked");
    assert.deepEqual(view.actions, []);
    assertError(
      await late.post(`/api/keberatan/evaluation/${other.id}`, { reasons, version: 1 }),
      422,
      "keberatan_window_closed",
    );
  });

  it("refuses a keberatan before the result is set", async () => {
    const draft = await deliveredEvaluation(w.t.db, w.office, {
      receivedAt: "2026-04-06T03:00:00.000Z",
      periodCode: "TW2",
      skpId: w.evaluation.skpId,
      status: "draft",
    });
    const res = await (await w.t.as(w.office.staff)).post(`/api/keberatan/evaluation/${draft.id}`, {
      reasons,
      version: 1,
    });
    assertError(res, 422, "evaluation_not_delivered");
  });

  it("lets only the rater of record explain, once; the atasan is told", async () => {
    const { keberatan } = await file();
    const explainUrl = `/api/keberatan/${keberatan.id}/explanation`;
    const body = { explanation, version: 1 };
    assertError(await (await w.t.as(w.office.staff)).post(explainUrl, body), 403, "forbidden");
    assertError(await (await w.t.as(w.office.camat)).post(explainUrl, body), 403, "forbidden");
    assertError(await (await w.t.as(w.pengelola)).post(explainUrl, body), 403, "forbidden");
    assertError(await (await w.t.as(w.outsider)).post(explainUrl, body), 404, "not_found");
    const kasi = await w.t.as(w.office.kasi);
    assertInvalid(await kasi.post(explainUrl, { explanation: "", version: 1 }), { explanation: /wajib diisi/ });
    assertError(await kasi.post(explainUrl, { explanation, version: 5 }), 409, "stale_version");
    const res = await kasi.post(explainUrl, body);
    assert.equal(res.statusCode, 200, res.body);
    const view = json(res);
    assert.equal(view.keberatan.status, "dijelaskan");
    assert.equal(view.keberatan.explanation, explanation);
    assert.equal(view.keberatan.explainedByName, w.office.kasi.name);
    assertError(await kasi.post(explainUrl, { explanation, version: 2 }), 409, "keberatan_already_explained");
    const told = await w.t.db
      .selectFrom("notification")
      .select("user_id")
      .where("kind", "=", "keberatan_explained")
      .execute();
    assert.deepEqual(told, [{ user_id: w.office.camat.userId }]);
  });

  it("answers a random id as a keberatan nobody may see", async () => {
    const random = "01890000-0000-7000-8000-000000000000";
    const staff = await w.t.as(w.office.staff);
    assertError(await staff.get(`/api/keberatan/evaluation/${random}`), 404, "not_found");
    assertError(
      await staff.post(`/api/keberatan/${random}/explanation`, { explanation, version: 1 }),
      404,
      "not_found",
    );
    assertError(await w.t.anonymous().get(`/api/keberatan/evaluation/${w.evaluation.id}`), 401, "unauthenticated");
    assertInvalid(await staff.get("/api/keberatan/evaluation/not-an-id"), { evaluationId: /ID tidak valid/ });
    void decision;
  });
});
