import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { resolveSeatRaters, wibDate } from "@simkin/domain";
import { loadChartHistory } from "../src/modules/org/chart.repo";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rules 1 and 3 in the demo: each approval went through the review and keeps who stood where that day. */
describe("the demo's SKP workflow steps", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  });
  after(() => t.close());

  const stepsOf = async (skpId: string) =>
    t.db
      .selectFrom("skp_event")
      .leftJoin("user_account", "user_account.id", "skp_event.actor_id")
      .select(["skp_event.id", "skp_event.action", "skp_event.at", "user_account.employee_id as actor"])
      .where("skp_event.skp_id", "=", skpId)
      .orderBy("skp_event.id")
      .execute();
  const unitKindOf = async (positionId: string) =>
    (
      await t.db
        .selectFrom("position")
        .innerJoin("org_unit", "org_unit.id", "position.unit_id")
        .select("org_unit.kind")
        .where("position.id", "=", positionId)
        .executeTakeFirstOrThrow()
    ).kind;
  const partiesOf = async (eventId: string) =>
    t.db.selectFrom("skp_event_party").selectAll().where("event_id", "=", eventId).execute();

  it("approves every SKP after a review, by whoever held the rater's seat that day, with the snapshot", async () => {
    const approved = await t.db.selectFrom("skp").selectAll().where("status", "in", ["disetujui", "diganti"]).execute();
    assert.ok(approved.length > 150, `${approved.length} approved SKPs over two years`);
    const pengelola = await t.db
      .selectFrom("user_role")
      .innerJoin("user_account", "user_account.id", "user_role.user_id")
      .select("user_account.employee_id")
      .where("role", "=", "pengelola_kinerja")
      .execute();
    const chart = await loadChartHistory(t.db);
    for (const skp of approved) {
      const steps = await stepsOf(skp.id);
      const approval = steps.find((s) => s.action === "approved");
      const review = steps.find((s) => s.action === "reviewed");
      assert.ok(approval && review, `${skp.id}: approved after a review`);
      assert.ok(review.at < approval.at, `${skp.id}: reviewed before it was approved`);
      const date = wibDate(new Date(approval.at));
      // From the SKP's seat, as the app resolves it: the Plt's SKP for the Lurah Komperta seat is rated from that seat.
      const rater = resolveSeatRaters(chart, skp.position_id, skp.employee_id, date).rater;
      const snapshot = await partiesOf(approval.id);
      const penilai = snapshot.find((p) => p.role === "penilai");
      assert.equal(penilai?.employee_id ?? null, rater?.employeeId ?? null, `${skp.id}: the rater of ${date}`);
      assert.equal(skp.approved_by, rater?.employeeId ?? null, `${skp.id}: approved_by matches the snapshot`);
      assert.equal(approval.actor, rater?.employeeId ?? null, `${skp.id}: approved by the rater's account`);
      assert.equal(snapshot.find((p) => p.role === "pegawai")?.employee_id, skp.employee_id);
      const reviewer = (await partiesOf(review.id)).find((p) => p.role === "pengelola");
      // The Setda's SKPs are reviewed by the BKPSDM's pengelola, outside this office: the step names nobody here.
      const outside = (await unitKindOf(skp.position_id)) === "perangkat_daerah";
      assert.equal(Boolean(reviewer), !outside, `${skp.id}: the reviewer is kept when the office reviews it`);
      if (outside) {
        assert.equal(review.actor, null, `${skp.id}: reviewed outside SIMKIN`);
        continue;
      }
      assert.ok(
        pengelola.some((p) => p.employee_id === review.actor),
        `${skp.id}: reviewed by a pengelola kinerja`,
      );
      assert.notEqual(review.actor, skp.employee_id, `${skp.id}: nobody reviews their own SKP`);
      assert.notEqual(review.actor, rater?.employeeId, `${skp.id}: the rater does not review`);
    }
  });

  it("prints the approval snapshot with the unit path for a staff member and the Camat", async () => {
    const res = await t.anonymous().post("/api/auth/login", { identifier: "staf.yanum", password: "plaju-2026" });
    const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
    const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
    const mine = json(await get("/api/skps/mine?year=2026"));
    const detail = json(await get(`/api/skps/${mine[0].id}`));
    assert.equal(detail.signed.basis, "approval");
    assert.equal(detail.signed.employee.unit, "Seksi Pelayanan Umum, Kecamatan Plaju");
    assert.equal(detail.signed.rater.position, "Kepala Seksi Pelayanan Umum");
  });

  it("keeps what the rater sent back with the returned SKP, so its owner's changes show as a diff", async () => {
    const returned = await t.db
      .selectFrom("skp")
      .innerJoin("user_account", "user_account.employee_id", "skp.employee_id")
      .select(["skp.id", "user_account.username"])
      .where("skp.status", "=", "dikembalikan")
      .where("skp.year", "=", 2026)
      .executeTakeFirstOrThrow();
    const res = await t.anonymous().post("/api/auth/login", { identifier: returned.username, password: "plaju-2026" });
    const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
    const changes = json(
      await t.app.inject({ method: "GET", url: `/api/skps/${returned.id}/changes`, headers: { cookie } }),
    );
    assert.ok(changes.reason, "the rater's reason");
    assert.ok(changes.diff, "the content sent back is kept (not 'Isi SKP saat dikembalikan tidak tersimpan')");
    assert.equal(changes.diff.changes, 0, "nothing changed yet since the return");
  });

  it("names the Plt by his acting seat in the snapshots of the SKP he made for it", async () => {
    const seat = await t.db
      .selectFrom("skp")
      .innerJoin("position", "position.id", "skp.position_id")
      .select("skp.id")
      .where("position.name", "=", "Lurah Komperta")
      .where("skp.year", "=", 2026)
      .executeTakeFirstOrThrow();
    const steps = await stepsOf(seat.id);
    const approval = steps.find((s) => s.action === "approved");
    assert.ok(approval && steps.some((s) => s.action === "reviewed"), "the seat's SKP went through the review");
    const pegawai = (await partiesOf(approval.id)).find((p) => p.role === "pegawai");
    assert.equal(pegawai?.position_name, "Plt. Lurah Komperta");
    assert.equal(pegawai?.unit_path, "Kelurahan Komperta, Kecamatan Plaju");
  });

  it("leaves one SKP submitted for review and one reviewed waiting for its rater", async () => {
    const open = await t.db
      .selectFrom("skp")
      .innerJoin("position", "position.id", "skp.position_id")
      .select(["skp.status", "position.name", "skp.reviewed_at"])
      .where("skp.year", "=", 2026)
      .where("skp.status", "in", ["diajukan", "direviu"])
      .execute();
    assert.deepEqual(open.map((s) => s.status).sort(), ["diajukan", "direviu"]);
    assert.ok(open.find((s) => s.status === "direviu")?.reviewed_at);
  });
});
