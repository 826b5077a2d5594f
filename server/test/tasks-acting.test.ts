import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { newId } from "../src/db/ids";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

type TaskBody = {
  kind: string;
  link: string;
  person: string | null;
  seat: { acting: string; positionName: string } | null;
};
type Person = Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;

async function raterTasks(client: Client): Promise<TaskBody[]> {
  const res = await client.get("/api/tasks");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items.filter((t: TaskBody) => t.kind === "skp_approve" || t.kind === "report_answer");
}

/**
 * Issue 11: someone acting in a seat (a Plt, or a Plh whose appointment lets him rate) sees the SKPs and reports
 * waiting for that seat among his rater tasks, each naming the seat; his own post's tasks name none.
 */
describe("tasks: a Plt or Plh rates through the seat he acts in", () => {
  let t: TestApp;
  let office: Office;
  let kasiKel: Person;
  let lurahSeatId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    await t.db.updateTable("performance_year").set({ skp_review: "off" }).where("year", "=", 2026).execute();
    const kelurahan = await t.given.unit({ kind: "kelurahan", parentId: office.kecamatan.id, name: "Kelurahan Uji" });
    const lurahPos = await t.given.position({
      unitId: kelurahan.id,
      kind: "pengawas",
      name: "Lurah Uji",
      parentPositionId: office.positions.camat.id,
      leads: true,
    });
    lurahSeatId = lurahPos.id;
    const kasiPos = await t.given.position({ unitId: kelurahan.id, kind: "pengawas", parentPositionId: lurahPos.id });
    kasiKel = await t.given.placedEmployee({ positionId: kasiPos.id });
    // The Lurah seat is vacant; the Kasi Pelayanan Umum of the kecamatan is its Plt.
    await t.given.placement({
      employeeId: office.kasi.id,
      positionId: lurahPos.id,
      kind: "plt",
      startDate: "2026-01-02",
    });
  });
  afterEach(() => t.close());

  /** An SKP waiting for approval and a submitted February report of the employee. */
  async function waitingWork(employeeId: string, positionId: string) {
    const { skpId } = await approvedSkp(t.db, { employeeId, positionId, year: 2026, rhk: ["RHK"] });
    await t.db.updateTable("skp").set({ status: "diajukan" }).where("id", "=", skpId).execute();
    const at = "2026-03-03T02:00:00.000Z";
    await t.db
      .insertInto("monthly_report")
      .values({
        id: newId(),
        skp_id: skpId,
        employee_id: employeeId,
        year: 2026,
        month: 2,
        status: "diajukan",
        achievements: "",
        challenges: "",
        improvements: "",
        overall_feedback: null,
        revision_reason: null,
        submitted_at: at,
        last_submitted_at: at,
        accepted_at: null,
        acknowledged_at: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return skpId;
  }

  it("shows the Plt Lurah the kelurahan Kasi's SKP and report as Plt Lurah Uji, his own staff's without a seat", async () => {
    const seatSkp = await waitingWork(kasiKel.id, (await seatOf(kasiKel.id)) ?? "");
    const ownSkp = await waitingWork(office.staff.id, office.positions.staff.id);
    const tasks = await raterTasks(await t.as(office.kasi));
    const seatTasks = tasks.filter((k) => k.person === kasiKel.name);
    assert.deepEqual(seatTasks.map((k) => [k.kind, k.seat]).sort(), [
      ["report_answer", { acting: "plt", positionName: "Lurah Uji" }],
      ["skp_approve", { acting: "plt", positionName: "Lurah Uji" }],
    ]);
    assert.ok(seatTasks.some((k) => k.link === `/skp/${seatSkp}`));
    const own = tasks.filter((k) => k.person === office.staff.name);
    assert.equal(own.length, 2);
    assert.ok(own.every((k) => k.seat === null));
    assert.ok(own.some((k) => k.link === `/skp/${ownSkp}`));
    assert.deepEqual(await raterTasks(await t.as(office.camat)), [], "the Camat rates the Plt's own post only");
    assert.deepEqual(await raterTasks(await t.as(office.staff)), []);
  });

  it("gives the Camat the SKP the Plt made for the Lurah Uji seat, named as that seat, as the SKP inbox does", async () => {
    const seatSkp = await waitingWork(office.kasi.id, lurahSeatId);
    const camat = (await raterTasks(await t.as(office.camat))).filter((k) => k.kind === "skp_approve");
    assert.deepEqual(
      camat.map((k) => [k.link, k.person, k.seat]),
      [[`/skp/${seatSkp}`, office.kasi.name, { acting: "plt", positionName: "Lurah Uji" }]],
    );
    const inbox = json(await (await t.as(office.camat)).get("/api/skps/inbox?year=2026"));
    assert.ok(
      inbox.waiting.some((s: { id: string }) => s.id === seatSkp),
      "the inbox lists the same SKP",
    );
    const plt = await raterTasks(await t.as(office.kasi));
    assert.ok(!plt.some((k) => k.link === `/skp/${seatSkp}`), "never his own SKP to approve");
  });

  it("once the Plt's term ends, leaves him February's report and gives the Camat the SKP, as opening them decides", async () => {
    const skpId = await waitingWork(kasiKel.id, (await seatOf(kasiKel.id)) ?? "");
    await t.db.updateTable("placement").set({ end_date: "2026-03-15" }).where("kind", "=", "plt").execute();
    // February's report waits for February's rater (decision 0067); the SKP for today's.
    const plt = await raterTasks(await t.as(office.kasi));
    assert.deepEqual(
      plt.map((k) => [k.kind, k.person]),
      [["report_answer", kasiKel.name]],
    );
    const camat = await raterTasks(await t.as(office.camat));
    assert.deepEqual(
      camat.map((k) => [k.kind, k.person, k.seat]),
      [["skp_approve", kasiKel.name, null]],
    );
    const report = plt[0]?.link ?? "";
    assert.equal((await (await t.as(office.kasi)).get(`/api/${report.slice(1)}`)).statusCode, 200, "he answers it");
    assert.equal((await (await t.as(office.camat)).get(`/api/${report.slice(1)}`)).statusCode, 200, "atasan reads");
    const inbox = json(await (await t.as(office.kasi)).get("/api/reports/inbox"));
    assert.deepEqual(
      inbox.map((r: { id: string }) => `/reports/${r.id}`),
      [report],
      "the inbox lists the same",
    );
    assert.deepEqual(json(await (await t.as(office.camat)).get("/api/reports/inbox")), []);
    assert.ok(camat.some((k) => k.link === `/skp/${skpId}`));
  });

  it("names a Plh's seat when his appointment lets him rate, and gives a Plh without it nothing", async () => {
    await waitingWork(office.staff.id, office.positions.staff.id);
    await t.db
      .updateTable("placement")
      .set({ end_date: "2026-03-01" })
      .where("employee_id", "=", office.kasi.id)
      .where("kind", "=", "definitif")
      .execute();
    await t.db.updateTable("placement").set({ end_date: "2026-03-01" }).where("kind", "=", "plt").execute();
    const plh = await t.given.placement({
      employeeId: kasiKel.id,
      positionId: office.positions.kasi.id,
      kind: "plh",
      startDate: "2026-03-02",
      mayRate: true,
    });
    const seat = { acting: "plh", positionName: office.positions.kasi.name };
    const tasks = await raterTasks(await t.as(kasiKel));
    assert.deepEqual(tasks.map((k) => [k.kind, k.person, k.seat]).sort(), [
      ["report_answer", office.staff.name, seat],
      ["skp_approve", office.staff.name, seat],
    ]);
    await t.db.updateTable("placement").set({ may_rate: null }).where("id", "=", plh.id).execute();
    assert.deepEqual(await raterTasks(await t.as(kasiKel)), [], "a Plh who may not rate leaves it to the Camat");
    assert.equal((await raterTasks(await t.as(office.camat))).length, 2);
  });

  async function seatOf(employeeId: string) {
    const row = await t.db
      .selectFrom("placement")
      .select("position_id")
      .where("employee_id", "=", employeeId)
      .executeTakeFirst();
    return row?.position_id;
  }
});
