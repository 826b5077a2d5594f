import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rules 4 and 5 over HTTP: JF rated by jenjang, and a Plh who rates only with the authority to. */
describe("raters by jenjang and Plh authority", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const asAdmin = async () => t.as(await t.given.admin());

  describe("a jabatan fungsional in a seksi (REGULATIONS §3.6)", () => {
    const jfIn = async (jenjang: "ahli_muda" | "ahli_pertama") => {
      const office = await t.given.office();
      const seat = await t.given.position({
        unitId: office.seksi.id,
        kind: "fungsional",
        jenjang,
        name: jenjang === "ahli_muda" ? "Analis Kebijakan Ahli Muda" : "Analis Kebijakan Ahli Pertama",
        parentPositionId: office.positions.kasi.id,
      });
      return { office, jf: await t.given.placedEmployee({ positionId: seat.id }) };
    };

    it("rates an Ahli Muda by the Camat, not by the Kasi of his seksi, and says why", async () => {
      const { office, jf } = await jfIn("ahli_muda");
      const raters = json(await (await t.as(jf)).get("/api/profile")).raters;
      assert.equal(raters.rater.employeeId, office.camat.id);
      assert.deepEqual(raters.jfRule, {
        jenjang: "ahli_muda",
        penilai: ["administrator", "jpt_pratama"],
        atasan: ["jpt_pratama", "jpt_madya"],
      });
    });

    it("rates an Ahli Pertama by the Kasi, with the Camat as atasan", async () => {
      const { office, jf } = await jfIn("ahli_pertama");
      const raters = json(await (await t.as(jf)).get("/api/profile")).raters;
      assert.equal(raters.rater.employeeId, office.kasi.id);
      assert.equal(raters.atasanRater.employeeId, office.camat.id);
      assert.equal(raters.jfRule.jenjang, "ahli_pertama");
    });

    it("gives a pelaksana no jenjang rule", async () => {
      const office = await t.given.office();
      const raters = json(await (await t.as(office.staff)).get("/api/profile")).raters;
      assert.equal(raters.rater.employeeId, office.kasi.id);
      assert.equal(raters.jfRule, null);
    });

    it("shows the pengelola the Ahli Muda rated by the Camat, with no atasan when no JPT is above", async () => {
      const { office, jf } = await jfIn("ahli_muda");
      const detail = json(await (await asAdmin()).get(`/api/employees/${jf.id}`));
      assert.equal(detail.raters.rater.employeeId, office.camat.id);
      assert.equal(detail.raters.atasanRater, null, "no JPT above the test Camat");
    });
  });

  describe("a Plh in the Kasi post", () => {
    /** The Kasi has left; a colleague stands in as Plh from 1 March. */
    const plhOffice = async (mayRate?: boolean) => {
      const office = await t.given.office();
      await t.given.endPlacement(office.kasi.id, "2026-02-28");
      const colleague = await t.given.placedEmployee({
        positionId: (await t.given.position({ unitId: office.seksi.id })).id,
      });
      const admin = await asAdmin();
      const res = await admin.post("/api/placements", {
        employeeId: colleague.id,
        positionId: office.positions.kasi.id,
        kind: "plh",
        startDate: "2026-03-01",
        endDate: "2026-03-31",
        decreeNumber: "800/2026/PLH-02",
        ...(mayRate === undefined ? {} : { mayRate }),
      });
      assert.equal(res.statusCode, 200, res.body);
      return { office, colleague, admin, placement: json(res) };
    };
    const raterOfStaff = async (office: Awaited<ReturnType<typeof plhOffice>>["office"]) =>
      json(await (await t.as(office.staff)).get("/api/profile")).raters.rater;

    it("does not let a Plh rate by default: the staff go up to the Camat", async () => {
      const { office, placement } = await plhOffice();
      assert.equal(placement.mayRate, false);
      assert.equal((await raterOfStaff(office)).employeeId, office.camat.id);
    });

    it("lets a Plh rate when his placement gives the authority, and records it in the audit trail", async () => {
      const { office, colleague, placement } = await plhOffice(true);
      assert.equal(placement.mayRate, true);
      const rater = await raterOfStaff(office);
      assert.equal(rater.employeeId, colleague.id);
      assert.equal(rater.acting, "plh");
      const events = await auditEventsOf(t.db, placement.id);
      assert.deepEqual(
        events.map((e) => [e.action, (e.after as { mayRate: boolean }).mayRate]),
        [["placement.created", true]],
      );
    });

    it("grants the authority later through an update, which changes the staff's rater", async () => {
      const { office, colleague, admin, placement } = await plhOffice();
      const res = await admin.patch(`/api/placements/${placement.id}`, {
        positionId: placement.positionId,
        kind: "plh",
        startDate: placement.startDate,
        endDate: placement.endDate,
        decreeNumber: placement.decreeNumber,
        mayRate: true,
        version: placement.version,
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).mayRate, true);
      assert.equal((await raterOfStaff(office)).employeeId, colleague.id);
      const events = await auditEventsOf(t.db, placement.id);
      assert.deepEqual(
        events.map((e) => [e.action, (e.after as { mayRate: boolean }).mayRate]),
        [
          ["placement.created", false],
          ["placement.updated", true],
        ],
      );
    });

    it("keeps the authority only for a Plh: a Plt or definitive placement never stores it", async () => {
      const { admin, placement } = await plhOffice(true);
      const res = await admin.patch(`/api/placements/${placement.id}`, {
        positionId: placement.positionId,
        kind: "plt",
        startDate: placement.startDate,
        endDate: placement.endDate,
        decreeNumber: placement.decreeNumber,
        mayRate: true,
        version: placement.version,
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).mayRate, false);
      const row = await t.db
        .selectFrom("placement")
        .select("may_rate")
        .where("id", "=", placement.id)
        .executeTakeFirst();
      assert.equal(row?.may_rate, null);
    });

    it("refuses a mayRate that is not a boolean (400)", async () => {
      const office = await t.given.office();
      const person = await t.given.employee();
      const res = await (await asAdmin()).post("/api/placements", {
        employeeId: person.id,
        positionId: office.positions.kasi.id,
        kind: "plh",
        startDate: "2026-03-01",
        mayRate: "ya",
      });
      assertInvalid(res, { mayRate: /./ });
    });

    it("answers 409 to a stale update of the authority", async () => {
      const { admin, placement } = await plhOffice();
      const res = await admin.patch(`/api/placements/${placement.id}`, {
        positionId: placement.positionId,
        kind: "plh",
        startDate: placement.startDate,
        endDate: placement.endDate,
        mayRate: true,
        version: placement.version + 5,
      });
      assertError(res, 409, "stale_version");
    });

    it("refuses to set the authority without signing in (401) or as a pegawai (403)", async () => {
      const office = await t.given.office();
      const body = {
        employeeId: office.staff.id,
        positionId: office.positions.kasi.id,
        kind: "plh",
        startDate: "2026-03-01",
        mayRate: true,
      };
      assertError(await t.anonymous().post("/api/placements", body), 401, "unauthenticated");
      assertError(await (await t.as(office.staff)).post("/api/placements", body), 403, "forbidden");
    });
  });
});
