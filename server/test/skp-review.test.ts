import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rule 1: PP 30/2019 has the SKP agreed after review by the pengelola kinerja (REGULATIONS.md §2.1, §6.7). */
describe("the pengelola kinerja's review of a submitted SKP", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
  });
  afterEach(() => t.close());

  const submitted = () => submittedStaffSkp(t, office, kasiRhk[0] ?? null);
  const setReview = (value: "required" | "off") =>
    t.db.updateTable("performance_year").set({ skp_review: value }).where("year", "=", 2026).execute();

  it("keeps the rater from approving until a pengelola has reviewed, then lets the rater approve", async () => {
    const { skp } = await submitted();
    const kasi = await t.as(office.kasi);
    const seen = json(await kasi.get(`/api/skps/${skp.id}`));
    assert.equal(seen.skpReview, "required");
    assert.deepEqual(seen.allowed.sort(), ["return", "set_expectations"]);
    const inbox = json(await kasi.get("/api/skps/inbox?year=2026"));
    assert.equal(inbox.skpReview, "required");
    assert.deepEqual(
      inbox.waiting.map((s: { id: string; status: string }) => [s.id, s.status]),
      [[skp.id, "diajukan"]],
    );
    assertError(await kasi.post(`/api/skps/${skp.id}/approve`, { version: skp.version }), 422, "skp_review_pending");

    const pengelolaUser = await t.given.admin();
    const pengelola = await t.as(pengelolaUser);
    const queue = json(await pengelola.get("/api/skps/review-inbox?year=2026"));
    assert.deepEqual(
      queue.waiting.map((s: { id: string }) => s.id),
      [skp.id],
    );
    assert.equal(queue.waiting[0].raterName, office.kasi.name);
    assert.deepEqual(json(await pengelola.get(`/api/skps/${skp.id}`)).allowed.sort(), ["review", "review_return"]);

    t.clock.now = new Date("2026-01-20T08:00:00.000Z");
    const reviewed = await pengelola.post(`/api/skps/${skp.id}/review`, { note: "", version: skp.version });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    const after = json(reviewed);
    assert.equal(after.status, "direviu");
    assert.equal(after.reviewedAt, "2026-01-20T08:00:00.000Z");
    const step = after.events.at(-1);
    assert.equal(step.action, "reviewed");
    assert.equal(step.actorName, pengelolaUser.username);
    assert.equal(step.signatories.rater.employeeId, office.kasi.id);
    assert.equal(step.signatories.pengelola.name, pengelolaUser.username);
    const moved = json(await pengelola.get("/api/skps/review-inbox?year=2026"));
    assert.deepEqual(moved.waiting, []);
    assert.equal(moved.reviewed[0].reviewedByName, pengelolaUser.username);
    const audit = (await auditEventsOf(t.db, skp.id)).find((e) => e.action === "skp.review");
    assert.deepEqual(audit?.after, {
      status: "direviu",
      reviewed_at: "2026-01-20T08:00:00.000Z",
      reviewed_by: pengelolaUser.userId,
    });

    assert.deepEqual(json(await kasi.get(`/api/skps/${skp.id}`)).allowed.sort(), [
      "approve",
      "return",
      "set_expectations",
    ]);
    const approved = await kasi.post(`/api/skps/${skp.id}/approve`, { version: after.version });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(json(approved).status, "disetujui");
  });

  it("lets a pengelola send it back with catatan perbaikan, and asks for a fresh review after resubmission", async () => {
    const { staff, skp } = await submitted();
    const pengelola = await t.as(await t.given.admin());
    const note = "IKI kualitas belum terukur; tambahkan satuan persen";
    const back = await pengelola.post(`/api/skps/${skp.id}/review-return`, { note, version: skp.version });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(json(back).status, "dikembalikan");
    assert.equal(json(back).returnReason, note);
    assert.equal(json(back).events.at(-1).action, "review_returned");

    const again = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: json(back).version }));
    assert.equal(again.status, "diajukan");
    assert.equal(again.reviewedAt, null);
    const kasi = await t.as(office.kasi);
    assertError(await kasi.post(`/api/skps/${skp.id}/approve`, { version: again.version }), 422, "skp_review_pending");
  });

  it("lets the rater return a submitted SKP before the review", async () => {
    const { skp } = await submitted();
    const res = await (await t.as(office.kasi)).post(`/api/skps/${skp.id}/return`, {
      reason: "Target terlalu rendah",
      version: skp.version,
    });
    assert.equal(json(res).status, "dikembalikan");
  });

  it("keeps today's flow when the year turns the review off: approve at once, a pengelola's review is a catatan", async () => {
    await setReview("off");
    const { skp } = await submitted();
    const pengelola = await t.as(await t.given.admin());
    assertError(
      await pengelola.post(`/api/skps/${skp.id}/review`, { version: skp.version }),
      422,
      "review_note_required",
    );
    assertError(
      await pengelola.post(`/api/skps/${skp.id}/review-return`, { note: "Perbaiki", version: skp.version }),
      422,
      "illegal_transition",
    );
    const noted = json(
      await pengelola.post(`/api/skps/${skp.id}/review`, { note: "Cek satuan", version: skp.version }),
    );
    assert.equal(noted.status, "diajukan");
    assert.equal(noted.events.at(-1).action, "review_noted");
    const approved = await (await t.as(office.kasi)).post(`/api/skps/${skp.id}/approve`, { version: noted.version });
    assert.equal(json(approved).status, "disetujui");
  });

  it("refuses the review to the pegawai and to the rater, and the approval to a pengelola", async () => {
    const { staff, skp } = await submitted();
    const body = { note: "", version: skp.version };
    assertError(await staff.post(`/api/skps/${skp.id}/review`, body), 403, "forbidden");
    assertError(await (await t.as(office.kasi)).post(`/api/skps/${skp.id}/review`, body), 403, "forbidden");
    await t.db.insertInto("user_role").values({ user_id: office.kasi.userId, role: "pengelola_kinerja" }).execute();
    assertError(await (await t.as(office.kasi)).post(`/api/skps/${skp.id}/review`, body), 403, "forbidden");
    const pengelola = await t.as(await t.given.admin());
    const reviewed = json(await pengelola.post(`/api/skps/${skp.id}/review`, body));
    assertError(await pengelola.post(`/api/skps/${skp.id}/approve`, { version: reviewed.version }), 403, "forbidden");
    assertError(
      await staff.post(`/api/skps/${skp.id}/review-return`, { note: "x", version: reviewed.version }),
      403,
      "forbidden",
    );
    const stranger = await t.given.placedEmployee({ positionId: (await t.given.position()).id });
    assertError(await (await t.as(stranger)).post(`/api/skps/${skp.id}/review`, body), 404, "not_found");
    assertError(await t.anonymous().post(`/api/skps/${skp.id}/review`, body), 401, "unauthenticated");
    assert.equal(json(await staff.get(`/api/skps/${skp.id}`)).status, "direviu");
  });

  it("validates the review requests and refuses a stale or repeated review", async () => {
    const { skp } = await submitted();
    const pengelola = await t.as(await t.given.admin());
    assertInvalid(await pengelola.post(`/api/skps/${skp.id}/review-return`, { note: " ", version: skp.version }), {
      note: /wajib/,
    });
    assertInvalid(await pengelola.post(`/api/skps/${skp.id}/review`, { note: "x".repeat(1001), version: 1 }), {
      note: /1000/,
    });
    assertError(await pengelola.post(`/api/skps/${skp.id}/review`, { version: skp.version - 1 }), 409, "stale_version");
    const reviewed = json(await pengelola.post(`/api/skps/${skp.id}/review`, { version: skp.version }));
    assertError(
      await pengelola.post(`/api/skps/${skp.id}/review`, { version: reviewed.version }),
      422,
      "illegal_transition",
    );
  });

  it("keeps the review inbox to the pengelola kinerja and the super admin", async () => {
    await submitted();
    assertError(await (await t.as(office.staff)).get("/api/skps/review-inbox?year=2026"), 403, "forbidden");
    assertError(await (await t.as(office.kasi)).get("/api/skps/review-inbox?year=2026"), 403, "forbidden");
    assertError(await t.anonymous().get("/api/skps/review-inbox?year=2026"), 401, "unauthenticated");
    const admin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    assert.equal(json(await admin.get("/api/skps/review-inbox?year=2026")).waiting.length, 1);
    assertInvalid(await admin.get("/api/skps/review-inbox?year=abc"), { year: /./ });
  });
});

describe("the review setting of a performance year", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("is on by default, can be turned off on the year, and the change is audited", async () => {
    const pengelola = await t.as(await t.given.admin());
    const opened = json(await pengelola.post("/api/years", { year: 2027 }));
    assert.equal(opened.skpReview, "required");
    const body = {
      status: "open",
      skpDeadline: opened.skpDeadline,
      cadence: opened.cadence,
      reportDueDay: opened.reportDueDay,
      version: opened.version,
    };
    const off = json(await pengelola.patch(`/api/years/${opened.id}`, { ...body, skpReview: "off" }));
    assert.equal(off.skpReview, "off");
    const kept = json(await pengelola.patch(`/api/years/${opened.id}`, { ...body, version: off.version }));
    assert.equal(kept.skpReview, "off", "a client that does not send the setting keeps it");
    const audit = (await auditEventsOf(t.db, opened.id)).find((e) => e.action === "year.updated");
    assert.deepEqual(
      [audit?.before, audit?.after].map((v) => (v as { skpReview: string }).skpReview),
      ["required", "off"],
    );
    assertInvalid(await pengelola.patch(`/api/years/${opened.id}`, { ...body, skpReview: "maybe" }), {
      skpReview: /tidak dikenal/,
    });
    const staff = await t.as(await t.given.user());
    assertError(await staff.patch(`/api/years/${opened.id}`, { ...body, skpReview: "off" }), 403, "forbidden");
  });
});
