import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

type Person = Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;

/** Issue 9 rule 12: the kelurahan is an organisation led by its Lurah, one level below the Camat's kecamatan. */
describe("the kelurahan as an organisation", () => {
  let t: TestApp;
  let office: Office;
  let lurahPos: { id: string };
  let lurah: Person;
  let kasiKel: Person;
  let stafKel: Person;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    const kelurahan = await t.given.unit({ kind: "kelurahan", parentId: office.kecamatan.id, name: "Kelurahan Uji" });
    const seksi = await t.given.unit({
      kind: "seksi",
      parentId: kelurahan.id,
      name: "Seksi Pemerintahan Kelurahan Uji",
    });
    lurahPos = await t.given.position({
      unitId: kelurahan.id,
      kind: "pengawas",
      name: "Lurah Uji",
      parentPositionId: office.positions.camat.id,
      leads: true,
    });
    const kasiPos = await t.given.position({
      unitId: seksi.id,
      kind: "pengawas",
      parentPositionId: lurahPos.id,
      leads: true,
    });
    const stafPos = await t.given.position({ unitId: seksi.id, parentPositionId: kasiPos.id });
    lurah = await t.given.placedEmployee({ positionId: lurahPos.id });
    kasiKel = await t.given.placedEmployee({ positionId: kasiPos.id });
    stafKel = await t.given.placedEmployee({ positionId: stafPos.id });
    const people: [Person, string][] = [
      [office.camat, office.positions.camat.id],
      [office.kasi, office.positions.kasi.id],
      [office.staff, office.positions.staff.id],
      [lurah, lurahPos.id],
      [kasiKel, kasiPos.id],
      [stafKel, stafPos.id],
    ];
    for (const [person, positionId] of people) {
      await approvedSkp(t.db, { employeeId: person.id, positionId, year: 2026, rhk: ["RHK"] });
    }
  });
  afterEach(() => t.close());

  const me = async (user: { userId: string }) => json(await (await t.as(user)).get("/api/auth/me")).capabilities;
  const compliance = async (user: { userId: string }) => {
    const res = await (await t.as(user)).get("/api/compliance?year=2026&month=2");
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res);
    return { scope: body.scope as string, ids: (body.items as { employeeId: string }[]).map((r) => r.employeeId) };
  };
  const sorted = (ids: string[]) => [...ids].sort();

  it("makes the Lurah a pimpinan in /api/auth/me", async () => {
    assert.equal((await me(lurah)).isPimpinan, true);
    assert.equal((await me(office.camat)).isPimpinan, true);
    assert.equal((await me(kasiKel)).isPimpinan, false);
  });

  it("makes a Plt Lurah a pimpinan, and a Plh Lurah only with the authority", async () => {
    await t.db.updateTable("placement").set({ end_date: "2026-02-28" }).where("employee_id", "=", lurah.id).execute();
    const acting = async (kind: "plt" | "plh", mayRate?: boolean) => {
      await t.db
        .deleteFrom("placement")
        .where("position_id", "=", lurahPos.id)
        .where("kind", "!=", "definitif")
        .execute();
      await t.given.placement({
        employeeId: kasiKel.id,
        positionId: lurahPos.id,
        kind,
        startDate: "2026-03-01",
        mayRate,
      });
      return (await me(kasiKel)).isPimpinan;
    };
    assert.equal(await acting("plt"), true);
    assert.equal(await acting("plh"), false);
    assert.equal(await acting("plh", true), true);
  });

  it("shows the Lurah his kelurahan in the compliance view, as an organisation", async () => {
    const view = await compliance(lurah);
    assert.equal(view.scope, "organisation");
    assert.deepEqual(sorted(view.ids), sorted([lurah.id, kasiKel.id, stafKel.id]));
  });

  it("shows the Camat the kecamatan and the kelurahan below it, each employee once", async () => {
    const view = await compliance(office.camat);
    assert.equal(view.scope, "organisation");
    assert.deepEqual(
      sorted(view.ids),
      sorted([office.camat.id, office.kasi.id, office.staff.id, lurah.id, kasiKel.id, stafKel.id]),
    );
    assert.equal(new Set(view.ids).size, view.ids.length);
  });

  it("leaves a Kasi kelurahan with his team only", async () => {
    const view = await compliance(kasiKel);
    assert.equal(view.scope, "team");
    assert.deepEqual(view.ids, [stafKel.id]);
  });
});
