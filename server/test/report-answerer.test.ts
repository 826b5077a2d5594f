import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { runReminders } from "../src/modules/notification/reminders";
import type { Office } from "./given";
import { submittedReport } from "./given-evaluation";
import { approvedSkp, openYear } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

type Person = Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;

const inboxIds = async (client: Client) => {
  const res = await client.get("/api/reports/inbox");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).map((r: { id: string }) => r.id);
};
const answerTasks = async (client: Client) =>
  json(await client.get("/api/tasks"))
    .items.filter((t: { kind: string }) => t.kind === "report_answer")
    .map((t: { link: string }) => t.link);

/**
 * Decision 0067: a report waits for the rater of its month, who saw the work, unless he holds no post any more;
 * the inbox, the home tasks, opening the report and the reminder all agree on who that is.
 */
describe("reports: who answers a month once the chart has changed", () => {
  let t: TestApp;
  let office: Office;
  let otherKasi: Person;
  let reportId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    const otherSeksi = await t.given.unit({ kind: "seksi", parentId: office.kecamatan.id, name: "Seksi Trantib" });
    const otherKasiPos = await t.given.position({
      unitId: otherSeksi.id,
      kind: "pengawas",
      name: "Kepala Seksi Trantib",
      parentPositionId: office.positions.camat.id,
      leads: true,
    });
    otherKasi = await t.given.placedEmployee({ positionId: otherKasiPos.id });
    const skp = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["RHK"],
    });
    reportId = await submittedReport(t.db, {
      skpId: skp.skpId,
      employeeId: office.staff.id,
      month: 2,
      realisations: {},
      feedback: { rhkId: skp.rhkIds[0] ?? "", wentWell: "" },
      behaviour: {},
    });
    // On 1 March the staff member moved to the other seksi.
    await t.given.endPlacement(office.staff.id, "2026-02-28");
    const movedTo = await t.given.position({ unitId: otherSeksi.id, parentPositionId: otherKasiPos.id });
    await t.given.placement({ employeeId: office.staff.id, positionId: movedTo.id, startDate: "2026-03-01" });
  });
  afterEach(() => t.close());

  it("leaves February's report with February's Kasi after a move: listed, opened and answered by him alone", async () => {
    const kasi = await t.as(office.kasi);
    const newKasi = await t.as(otherKasi);
    assert.deepEqual(await inboxIds(kasi), [reportId]);
    assert.deepEqual(await answerTasks(kasi), [`/reports/${reportId}`]);
    assert.deepEqual(await inboxIds(newKasi), [], "the new Kasi did not see February's work");
    assert.deepEqual(await answerTasks(newKasi), []);
    assert.equal((await newKasi.get(`/api/reports/${reportId}`)).statusCode, 404);
    const report = json(await kasi.get(`/api/reports/${reportId}`));
    const accepted = await kasi.post(`/api/reports/${reportId}/accept`, { version: report.version });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual(await inboxIds(kasi), []);
  });

  it("passes it to today's rater once February's Kasi holds no post any more", async () => {
    await t.given.endPlacement(office.kasi.id, "2026-03-10");
    const newKasi = await t.as(otherKasi);
    assert.deepEqual(await inboxIds(await t.as(office.kasi)), []);
    assert.deepEqual(await inboxIds(newKasi), [reportId]);
    assert.deepEqual(await answerTasks(newKasi), [`/reports/${reportId}`]);
    const report = json(await newKasi.get(`/api/reports/${reportId}`));
    const accepted = await newKasi.post(`/api/reports/${reportId}/accept`, { version: report.version });
    assert.equal(accepted.statusCode, 200, accepted.body);
  });

  it("reminds the rater who answers it, once it has waited too long", async () => {
    await t.given.endPlacement(office.kasi.id, "2026-03-10");
    await runReminders(t.db, t.clock.now, { publicUrl: null });
    const to = await t.db
      .selectFrom("notification")
      .select(["user_id", "kind"])
      .where("kind", "=", "report_waiting_long")
      .execute();
    assert.deepEqual(
      to.map((n) => n.user_id),
      [otherKasi.userId],
    );
  });
});
