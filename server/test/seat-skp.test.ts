import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear, reviewedByPengelola } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

type Person = Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;

/**
 * Issue 9 rule 5: the Lurah Uji post is vacant and the Kasi Pelayanan Umum of the kecamatan is its Plt from
 * 2 January. The kelurahan's Kasi cascade from the SEAT's SKP, not from the Plt's own kecamatan SKP.
 */
describe("the seat's SKP under a Plt", () => {
  let t: TestApp;
  let office: Office;
  let lurahPos: { id: string };
  let kasiKel: Person;
  let pltOwnRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    const kelurahan = await t.given.unit({ kind: "kelurahan", parentId: office.kecamatan.id, name: "Kelurahan Uji" });
    lurahPos = await t.given.position({
      unitId: kelurahan.id,
      kind: "pengawas",
      name: "Lurah Uji",
      parentPositionId: office.positions.camat.id,
      leads: true,
    });
    const kasiPos = await t.given.position({ unitId: kelurahan.id, kind: "pengawas", parentPositionId: lurahPos.id });
    kasiKel = await t.given.placedEmployee({ positionId: kasiPos.id });
    await t.given.placement({
      employeeId: office.kasi.id,
      positionId: lurahPos.id,
      kind: "plt",
      startDate: "2026-01-02",
    });
    pltOwnRhk = (
      await approvedSkp(t.db, {
        employeeId: office.kasi.id,
        positionId: office.positions.kasi.id,
        year: 2026,
        rhk: ["Meningkatnya kualitas pelayanan PATEN"],
      })
    ).rhkIds;
  });
  afterEach(() => t.close());

  const draftOfKasiKel = async () => {
    const res = await (await t.as(kasiKel)).post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };
  const seatSkp = (employeeId: string, rhk = ["Meningkatnya pelayanan Kelurahan Uji"]) =>
    approvedSkp(t.db, { employeeId, positionId: lurahPos.id, year: 2026, rhk });

  it("offers no RHK from the Plt's own kecamatan SKP while the seat has none", async () => {
    const skp = await draftOfKasiKel();
    assert.equal(skp.rater.employeeId, office.kasi.id);
    assert.deepEqual(skp.parentOptions, []);
    assert.equal(skp.raterHasApprovedSkp, false);
    assert.equal(skp.parentSource, null);
    const res = await (await t.as(kasiKel)).put(
      `/api/skps/${skp.id}/content`,
      completeContent(pltOwnRhk[0] ?? null, skp.version),
    );
    assertError(res, 422, "rhk_parent_invalid");
  });

  it("cascades from the SKP the Plt made for the seat, and says so", async () => {
    const seat = await seatSkp(office.kasi.id);
    const skp = await draftOfKasiKel();
    assert.deepEqual(
      skp.parentOptions.map((o: { id: string }) => o.id),
      seat.rhkIds,
    );
    assert.deepEqual(skp.parentSource, {
      skpId: seat.skpId,
      positionName: "Lurah Uji",
      ownerName: office.kasi.name,
      heldAs: "plt",
    });
    const saved = await (await t.as(kasiKel)).put(
      `/api/skps/${skp.id}/content`,
      completeContent(seat.rhkIds[0] ?? null, skp.version),
    );
    assert.equal(saved.statusCode, 200, saved.body);
  });

  it("cascades from the definitive holder's SKP of the seat over one a Plt made", async () => {
    const former = await t.given.employee();
    await t.given.placement({
      employeeId: former.id,
      positionId: lurahPos.id,
      startDate: "2024-01-01",
      endDate: "2026-01-01",
    });
    await seatSkp(office.kasi.id);
    const definitive = await seatSkp(former.id, ["Terwujudnya tata kelola Kelurahan Uji"]);
    await t.db.updateTable("skp").set({ period_end: "2026-01-01" }).where("id", "=", definitive.skpId).execute();
    const skp = await draftOfKasiKel();
    assert.equal(skp.parentSource.heldAs, "plt", "the Plt's SKP is in force, the former holder's has ended");
    await t.db.updateTable("skp").set({ period_end: "2026-12-31" }).where("id", "=", definitive.skpId).execute();
    const again = json(await (await t.as(kasiKel)).get(`/api/skps/${skp.id}`));
    assert.equal(again.parentSource.heldAs, "definitif");
    assert.equal(again.parentSource.skpId, definitive.skpId);
  });

  describe("the Plt makes an SKP for the seat", () => {
    const create = async (user: { userId: string }, body: Record<string, unknown>) =>
      (await t.as(user)).post("/api/skps", { year: 2026, ...body });

    it("starts it for the seat, rated from the seat, listed in his SKPs and in the Camat's inbox", async () => {
      const res = await create(office.kasi, { positionId: lurahPos.id });
      assert.equal(res.statusCode, 200, res.body);
      const skp = json(res);
      assert.equal(skp.positionName, "Plt. Lurah Uji");
      assert.equal(skp.employee.position, "Plt. Lurah Uji");
      assert.equal(skp.periodStart, "2026-01-02");
      assert.equal(skp.rater.employeeId, office.camat.id);
      assert.deepEqual(skp.rhk, [], "no proposals from his own rater's matrix");
      const [event] = await auditEventsOf(t.db, skp.id);
      assert.deepEqual(event?.after, {
        year: 2026,
        start: "2026-01-02",
        end: "2026-12-31",
        positionId: lurahPos.id,
        heldAs: "plt",
      });

      const mine = json(await (await t.as(office.kasi)).get("/api/skps/mine?year=2026"));
      assert.deepEqual(mine.map((s: { positionName: string }) => s.positionName).sort(), [
        "Kepala Seksi Pelayanan Umum",
        "Plt. Lurah Uji",
      ]);
      const inbox = json(await (await t.as(office.camat)).get("/api/skps/inbox?year=2026"));
      const row = inbox.subordinates.find((s: { positionName: string }) => s.positionName === "Plt. Lurah Uji");
      assert.equal(row?.employeeId, office.kasi.id);
      assert.equal(row?.skp.id, skp.id);
      const own = inbox.subordinates.find(
        (s: { positionName: string }) => s.positionName === "Kepala Seksi Pelayanan Umum",
      );
      assert.equal(own?.skp.id !== skp.id, true, "his own row keeps his own SKP");
    });

    it("goes through the pengelola's review to the seat's rater; the approval keeps him as Plt.", async () => {
      // The staff member (rated by the Kasi) acts as Plt Kasi Trantib, a seat the Camat rates.
      const seksi = await t.given.unit({ kind: "seksi", parentId: office.kecamatan.id, name: "Seksi Trantib" });
      const trantib = await t.given.position({
        unitId: seksi.id,
        kind: "pengawas",
        name: "Kepala Seksi Trantib",
        parentPositionId: office.positions.camat.id,
      });
      await t.given.placement({
        employeeId: office.staff.id,
        positionId: trantib.id,
        kind: "plt",
        startDate: "2026-01-02",
      });
      const camatSkp = await approvedSkp(t.db, {
        employeeId: office.camat.id,
        positionId: office.positions.camat.id,
        year: 2026,
        rhk: ["Meningkatnya ketenteraman dan ketertiban umum"],
      });
      const plt = await t.as(office.staff);
      const created = json(await create(office.staff, { positionId: trantib.id }));
      const content = completeContent(camatSkp.rhkIds[0] ?? null, created.version);
      const saved = json(await plt.put(`/api/skps/${created.id}/content`, content));
      const submit = await plt.post(`/api/skps/${created.id}/submit`, { version: saved.version });
      assert.equal(submit.statusCode, 200, submit.body);
      const camat = await t.as(office.camat);
      assertError(
        await camat.post(`/api/skps/${created.id}/approve`, { version: json(submit).version }),
        422,
        "skp_review_pending",
      );
      const queue = json(await (await t.as(await t.given.admin())).get("/api/skps/review-inbox?year=2026"));
      const waiting = queue.waiting.find((s: { id: string }) => s.id === created.id);
      assert.equal(waiting?.raterName, office.camat.name, "the review inbox names the seat's rater");
      const version = await reviewedByPengelola(t, created.id, json(submit).version);
      const byKasi = await (await t.as(office.kasi)).post(`/api/skps/${created.id}/approve`, { version });
      assertError(byKasi, 404, "not_found");
      const approved = await camat.post(`/api/skps/${created.id}/approve`, { version });
      assert.equal(approved.statusCode, 200, approved.body);
      const { signed, events } = json(approved);
      assert.equal(signed.basis, "approval");
      assert.equal(signed.employee.position, "Plt. Kepala Seksi Trantib");
      assert.equal(signed.employee.unit, "Seksi Trantib, Kecamatan Uji");
      assert.equal(signed.rater.employeeId, office.camat.id, "rated from the seat, not from his own post");
      const review = events.find((e: { action: string }) => e.action === "reviewed");
      assert.equal(review.signatories.employee.position, "Plt. Kepala Seksi Trantib");
      assert.equal(review.signatories.rater.employeeId, office.camat.id);
    });

    it("keeps an SKP made for the seat out of his own monthly reports and the compliance view", async () => {
      await seatSkp(office.kasi.id);
      const months = json(await (await t.as(office.kasi)).get("/api/reports/mine?year=2026"));
      const skpIds = new Set(months.map((m: { skpId: string }) => m.skpId));
      assert.equal(skpIds.size, 1);
      const view = json(await (await t.as(office.camat)).get("/api/compliance?year=2026&month=1"));
      const rows = view.items.filter((r: { employeeId: string }) => r.employeeId === office.kasi.id);
      assert.deepEqual(
        rows.map((r: { positionName: string }) => r.positionName),
        ["Kepala Seksi Pelayanan Umum"],
      );
    });

    it("starts his own SKP when the position named is his own", async () => {
      assertError(await create(office.kasi, { positionId: office.positions.kasi.id }), 409, "skp_exists");
      await t.db.deleteFrom("skp_rhk").execute();
      await t.db.deleteFrom("skp").execute();
      const res = await create(office.kasi, { positionId: office.positions.kasi.id });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).positionName, "Kepala Seksi Pelayanan Umum");
    });

    it("refuses a seat the employee does not act in, or acts in only as Plh (422 skp_not_acting)", async () => {
      const other = await t.given.position({ unitId: office.seksi.id, kind: "pengawas" });
      assertError(await create(office.kasi, { positionId: other.id }), 422, "skp_not_acting");
      await t.given.placement({
        employeeId: office.staff.id,
        positionId: lurahPos.id,
        kind: "plh",
        startDate: "2026-01-05",
      });
      const res = await create(office.staff, { positionId: lurahPos.id });
      assert.ok(assertError(res, 422, "skp_not_acting").fields.positionId);
    });

    it("refuses a second SKP for the seat (409 skp_exists)", async () => {
      assert.equal((await create(office.kasi, { positionId: lurahPos.id })).statusCode, 200);
      assertError(await create(office.kasi, { positionId: lurahPos.id }), 409, "skp_exists");
    });

    it("refuses a position id that is not an id (400) and an anonymous caller (401)", async () => {
      assertInvalid(await create(office.kasi, { positionId: "lurah" }), { positionId: /./ });
      assertError(
        await t.anonymous().post("/api/skps", { year: 2026, positionId: lurahPos.id }),
        401,
        "unauthenticated",
      );
    });
  });
});
