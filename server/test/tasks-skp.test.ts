import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows } from "./assertions";
import { approvedSkp, completeContent, openYear, reviewedByPengelola } from "./given-skp";
import { type Client, createTestApp, json } from "./test-app";
import { kasiSkpWorld, perTest } from "./worlds";

type TaskBody = {
  kind: string;
  key: string;
  link: string;
  deadline: string | null;
  since: string | null;
  person: string | null;
  note: string | null;
  count: number;
  block: Record<string, unknown> | null;
};

async function tasksOf(client: Client): Promise<TaskBody[]> {
  const res = await client.get("/api/tasks");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items;
}
/** The SKP kinds only: an approved SKP also brings monthly reports to write, tested in tasks-report.test.ts. */
const kinds = async (client: Client) => (await tasksOf(client)).map((t) => t.kind).filter((k) => k.startsWith("skp"));

describe("tasks: the pegawai's SKP and the rater's approvals", () => {
  const w = perTest(kasiSkpWorld);

  it("follows the staff member's SKP from create to approval, shown to the right person only", async () => {
    const staff = await w.t.as(w.office.staff);
    const kasi = await w.t.as(w.office.kasi);
    const camat = await w.t.as(w.office.camat);
    const pengelola = await w.t.as(await w.t.given.admin());
    const [create] = await tasksOf(staff);
    assert.equal(create?.kind, "skp_create");
    assert.equal(create?.link, "/skp");
    assert.equal(create?.deadline, "2026-01-31T16:59:59.999Z");
    assert.deepEqual(await kinds(kasi), [], "the Kasi's SKP is approved and nobody waits on him");

    const created = json(await staff.post("/api/skps", { year: 2026, copyFromLastYear: false }));
    const [draft] = await tasksOf(staff);
    assert.equal(draft?.kind, "skp_draft");
    assert.equal(draft?.link, `/skp/${created.id}`);
    const saved = json(
      await staff.put(`/api/skps/${created.id}/content`, completeContent(w.kasiRhk[0] ?? null, created.version)),
    );
    const submitted = json(await staff.post(`/api/skps/${created.id}/submit`, { version: saved.version }));
    const [waiting] = await tasksOf(staff);
    assert.equal(waiting?.kind, "skp_waiting");
    assert.equal(waiting?.person, w.office.kasi.name);
    assert.deepEqual(json(await staff.get("/api/tasks")).counts, {}, "waiting on the rater counts on no menu");
    assert.deepEqual(await kinds(kasi), ["skp_in_review"]);
    const review = (await tasksOf(pengelola)).find((t) => t.kind === "skp_review");
    assert.equal(review?.kind, "skp_review");
    assert.equal(review?.count, 1);
    assert.deepEqual(await kinds(camat), ["skp_create"], "the Camat sees his own SKP, not his Kasi's staff's");

    const version = await reviewedByPengelola(w.t, created.id, submitted.version);
    const approve = (await tasksOf(kasi)).find((t) => t.kind.startsWith("skp"));
    assert.equal(approve?.kind, "skp_approve");
    assert.equal(approve?.person, w.office.staff.name);
    assert.equal(approve?.link, `/skp/${created.id}`);
    assert.equal(json(await kasi.get("/api/tasks")).counts["/team/skp"], 1);
    assert.deepEqual(
      (await kinds(pengelola)).filter((k) => k !== "skp_missing"),
      [],
      "the review is done (the office's count of SKPs not yet approved stays, tasks-pengelola.test.ts)",
    );

    const returned = json(
      await kasi.post(`/api/skps/${created.id}/return`, { reason: "Target kuantitas terlalu rendah", version }),
    );
    const [fix] = await tasksOf(staff);
    assert.equal(fix?.kind, "skp_returned");
    assert.equal(fix?.note, "Target kuantitas terlalu rendah");
    assert.deepEqual(await kinds(kasi), []);

    const again = json(await staff.post(`/api/skps/${created.id}/submit`, { version: returned.version }));
    const reviewed = await reviewedByPengelola(w.t, created.id, again.version);
    assert.equal((await kasi.post(`/api/skps/${created.id}/approve`, { version: reviewed })).statusCode, 200);
    assert.deepEqual(await kinds(staff), []);
    assert.deepEqual(await kinds(kasi), []);
  });

  it("answers skp_exists with the id of the SKP that exists", async () => {
    const staff = await w.t.as(w.office.staff);
    const created = json(await staff.post("/api/skps", { year: 2026, copyFromLastYear: false }));
    const res = await staff.post("/api/skps", { year: 2026, copyFromLastYear: false });
    assertError(res, 409, "skp_exists");
    assert.equal(json(res).details.skpId, created.id);
  });

  it("needs a session", async () => {
    assertError(await w.t.anonymous().get("/api/tasks"), 401, "unauthenticated");
    assertError(await w.t.anonymous().post("/api/tasks/skp-reminders", { year: 2026 }), 401, "unauthenticated");
  });
});

/** Mid-January 2026, the year open, nobody in the test office with an SKP yet. */
async function blockedWorld() {
  const t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
  const office = await t.given.office();
  await openYear(t.db, 2026);
  return { t, office };
}

describe("tasks: a staff member blocked by the cascade", () => {
  const w = perTest(blockedWorld);

  const blockOf = async (client: Client) => {
    const task = (await tasksOf(client)).find((t) => t.kind === "skp_blocked");
    assert.ok(task, "no skp_blocked task");
    return task.block as {
      rater: { name: string };
      cause: { name: string; positionName: string };
      reason: string;
      ask: { name: string } | null;
      remindedToday: boolean;
    };
  };

  it("names the real cause up the chain and whom to ask, as it moves", async () => {
    const staff = await w.t.as(w.office.staff);
    let block = await blockOf(staff);
    assert.equal(block.rater.name, w.office.kasi.name);
    assert.equal(block.cause.name, w.office.camat.name, "the Kasi has no SKP because the Camat has none");
    assert.equal(block.cause.positionName, "Camat");
    assert.equal(block.reason, "no_skp");
    assert.equal(block.ask?.name, w.office.camat.name);
    assert.deepEqual(json(await staff.get("/api/tasks")).counts, { "/skp": 1 });

    await approvedSkp(w.t.db, {
      employeeId: w.office.camat.id,
      positionId: w.office.positions.camat.id,
      year: 2026,
      rhk: ["Meningkatnya pelayanan"],
    });
    block = await blockOf(staff);
    assert.equal(block.cause.name, w.office.kasi.name);
    assert.equal(block.reason, "no_skp");

    const kasi = await w.t.as(w.office.kasi);
    assert.deepEqual(await kinds(kasi), ["skp_create"], "the Kasi's own rater has an approved SKP: nothing blocks him");
    await kasi.post("/api/skps", { year: 2026, copyFromLastYear: false });
    block = await blockOf(staff);
    assert.equal(block.reason, "draft");
    assert.equal(block.ask?.name, w.office.kasi.name);
    await w.t.db.updateTable("skp").set({ status: "diajukan" }).where("employee_id", "=", w.office.kasi.id).execute();
    block = await blockOf(staff);
    assert.equal(block.reason, "awaiting_approval");
    assert.equal(block.ask?.name, w.office.camat.name, "the Camat must approve the Kasi's SKP");

    await w.t.db.updateTable("skp").set({ status: "disetujui" }).where("employee_id", "=", w.office.kasi.id).execute();
    assert.deepEqual(await kinds(staff), ["skp_create"]);
  });

  it("sends the reminder once a day, to the blocking official only, with its audit event", async () => {
    const staff = await w.t.as(w.office.staff);
    const res = await staff.post("/api/tasks/skp-reminders", { year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).sentTo, w.office.camat.name);
    const notes = await w.t.db.selectFrom("notification").selectAll().execute();
    assert.equal(notes.length, 1);
    assert.equal(notes[0]?.user_id, w.office.camat.userId);
    assert.equal(notes[0]?.kind, "skp_blocked_reminder");
    assert.match(notes[0]?.body ?? "", /belum membuat SKP/);
    const [event] = (await auditEventsOf(w.t.db, w.office.staff.id)).filter((e) => e.action === "skp.blocker_reminded");
    assert.ok(event, "no audit event");
    assert.equal((await blockOf(staff)).remindedToday, true);

    assertError(await staff.post("/api/tasks/skp-reminders", { year: 2026 }), 409, "reminder_already_sent");
    assert.equal(await countRows(w.t.db, "notification"), 1);
    w.t.clock.now = new Date("2026-01-16T03:00:00.000Z");
    const nextDay = await w.t.as(w.office.staff);
    assert.equal((await blockOf(nextDay)).remindedToday, false);
    assert.equal((await nextDay.post("/api/tasks/skp-reminders", { year: 2026 })).statusCode, 200, "a new day");
    assert.equal(await countRows(w.t.db, "notification"), 2);
  });

  it("refuses a reminder when nothing blocks the caller, or when the caller is no employee; validates the year", async () => {
    const camat = await w.t.as(w.office.camat);
    assertError(await camat.post("/api/tasks/skp-reminders", { year: 2026 }), 409, "skp_not_blocked");
    const pengelola = await w.t.as(await w.t.given.admin());
    assertError(await pengelola.post("/api/tasks/skp-reminders", { year: 2026 }), 422, "no_employee");
    const staff = await w.t.as(w.office.staff);
    assertInvalid(await staff.post("/api/tasks/skp-reminders", { year: "dua ribu" }), { year: /./ });
    assertInvalid(await staff.post("/api/tasks/skp-reminders", {}), { year: /wajib/ });
    assertError(
      await staff.post("/api/tasks/skp-reminders", { year: 2026, to: w.office.kasi.id }),
      400,
      "invalid_input",
    );
    assert.equal(await countRows(w.t.db, "notification"), 0);
  });
});
