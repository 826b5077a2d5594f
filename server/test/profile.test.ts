import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

describe("my profile (profil saya)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("shows the staff their position, unit path, rater (Kasi) and the rater's rater (Camat)", async () => {
    const office = await t.given.office();

    const res = await (await t.as(office.staff)).get("/api/profile");

    assert.equal(res.statusCode, 200, res.body);
    const profile = json(res);
    assert.equal(profile.employee.id, office.staff.id);
    assert.equal(profile.employee.nip, office.staff.nip);
    assert.deepEqual(profile.unitPath, ["Kecamatan Uji", "Seksi Pelayanan Umum"]);
    assert.equal(profile.placements.length, 1);
    assert.equal(profile.raters.date, "2026-03-16");
    assert.deepEqual(profile.raters.position, {
      positionId: office.positions.staff.id,
      positionName: "Pengelola Layanan Operasional",
      unitName: "Seksi Pelayanan Umum",
      employeeId: office.staff.id,
      employeeName: office.staff.name,
      nip: office.staff.nip,
      pangkat: "Penata Muda (III/a)",
      acting: null,
      delegated: false,
    });
    assert.deepEqual(profile.raters.rater, {
      positionId: office.positions.kasi.id,
      positionName: "Kepala Seksi Pelayanan Umum",
      unitName: "Seksi Pelayanan Umum",
      employeeId: office.kasi.id,
      employeeName: office.kasi.name,
      nip: office.kasi.nip,
      pangkat: "Penata Muda (III/a)",
      acting: null,
      delegated: false,
    });
    assert.equal(profile.raters.atasanRater.employeeId, office.camat.id);
    assert.equal(profile.raters.atasanRater.positionName, "Camat");
  });

  it("shows the Kasi that the Camat rates them, with nobody above the Camat", async () => {
    const office = await t.given.office();
    const profile = json(await (await t.as(office.kasi)).get("/api/profile"));
    assert.equal(profile.raters.rater.employeeId, office.camat.id);
    assert.equal(profile.raters.atasanRater, null);
    assert.deepEqual(profile.unitPath, ["Kecamatan Uji", "Seksi Pelayanan Umum"]);
  });

  it("shows the Camat, at the top of this chart, without a rater", async () => {
    const office = await t.given.office();
    const profile = json(await (await t.as(office.camat)).get("/api/profile"));
    assert.equal(profile.raters.position.positionId, office.positions.camat.id);
    assert.equal(profile.raters.rater, null);
    assert.deepEqual(profile.unitPath, ["Kecamatan Uji"]);
  });

  it("names the Plt as the staff's rater while the Kasi post is vacant", async () => {
    const office = await t.given.office();
    await t.given.endPlacement(office.kasi.id, "2026-01-31");
    const plt = await t.given.placedEmployee({ positionId: (await t.given.position({ unitId: office.seksi.id })).id });
    await t.given.placement({
      employeeId: plt.id,
      positionId: office.positions.kasi.id,
      kind: "plt",
      startDate: "2026-02-01",
    });

    const profile = json(await (await t.as(office.staff)).get("/api/profile"));

    assert.equal(profile.raters.rater.employeeId, plt.id);
    assert.equal(profile.raters.rater.positionId, office.positions.kasi.id);
    assert.equal(profile.raters.rater.acting, "plt");
    assert.equal(profile.raters.atasanRater.employeeId, office.camat.id);
  });

  it("passes the staff up to the Camat while the Kasi post is vacant without a Plt", async () => {
    const office = await t.given.office();
    await t.given.endPlacement(office.kasi.id, "2026-01-31");
    const profile = json(await (await t.as(office.staff)).get("/api/profile"));
    assert.equal(profile.raters.rater.employeeId, office.camat.id);
    assert.equal(profile.raters.atasanRater, null);
  });

  it("marks a rater named by delegation", async () => {
    const office = await t.given.office();
    await t.db
      .updateTable("position")
      .set({ rater_position_id: office.positions.camat.id })
      .where("id", "=", office.positions.staff.id)
      .execute();
    const rater = json(await (await t.as(office.staff)).get("/api/profile")).raters.rater;
    assert.equal(rater.employeeId, office.camat.id);
    assert.equal(rater.delegated, true);
  });

  it("shows an account without an employee record no employee, position or raters", async () => {
    const admin = await t.given.admin();
    const res = await (await t.as(admin)).get("/api/profile");
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), {
      employee: null,
      placements: [],
      raters: { date: "2026-03-16", position: null, rater: null, atasanRater: null, jfRule: null },
      unitPath: [],
    });
  });

  it("shows an employee without a current placement their record but no position", async () => {
    const person = await t.given.employee();
    const account = await t.given.user({ employeeId: person.id });
    const profile = json(await (await t.as(account)).get("/api/profile"));
    assert.equal(profile.employee.id, person.id);
    assert.equal(profile.raters.position, null);
    assert.deepEqual(profile.unitPath, []);
  });

  it("uses the date in WIB: just after midnight WIB is already the next day", async () => {
    const office = await t.given.office();
    t.clock.now = new Date("2026-03-31T17:30:00.000Z"); // 1 April 2026, 00:30 WIB
    const profile = json(await (await t.as(office.staff)).get("/api/profile"));
    assert.equal(profile.raters.date, "2026-04-01");
  });

  it("asks an anonymous visitor to sign in", async () => {
    assertError(await t.anonymous().get("/api/profile"), 401, "unauthenticated");
  });
});
