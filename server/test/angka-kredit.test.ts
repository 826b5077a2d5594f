import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { ratersOn } from "../src/modules/org/raters.service";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { evaluationOf, fungsionalOffice, seatSkp } from "./given-ak";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 12 (REGULATIONS.md §4.1): angka kredit computed on read from the annual evaluation and the jenjang months. */
describe("angka kredit of an employee", () => {
  let t: TestApp;
  let office: Office;
  let world: Awaited<ReturnType<typeof fungsionalOffice>>;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-20T03:00:00.000Z" });
    office = await t.given.office();
    world = await fungsionalOffice(t, office);
  });
  afterEach(() => t.close());

  const url = () => `/api/employees/${world.analis.id}/angka-kredit`;
  const admin = async () => t.as(await t.given.admin());

  async function evaluatedYears() {
    for (const [year, predikat] of [
      [2025, "baik"],
      [2026, "sangat_baik"],
    ] as const) {
      const skpId = await seatSkp(t, { employeeId: world.analis.id, positionId: world.jfPos.id, year });
      await evaluationOf(t, {
        skpId,
        employeeId: world.analis.id,
        unitId: office.kecamatan.id,
        year,
        periodCode: "TW3",
        predikat: "kurang",
      });
      await evaluationOf(t, {
        skpId,
        employeeId: world.analis.id,
        unitId: office.kecamatan.id,
        year,
        periodCode: "TW4",
        predikat,
      });
    }
  }

  it("adds each year's AK from the Triwulan IV-Akhir predikat and the placement's jenjang, with what is still needed", async () => {
    await evaluatedYears();
    const res = await (await t.as(world.analis)).get(url());
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res);
    assert.equal(body.employee.jenjang, "ahli_pertama");
    assert.equal(body.employee.positionName, "Analis Kebijakan Ahli Pertama");
    assert.deepEqual(
      body.years.map((y: { year: number; ak: number | null; total: number }) => [y.year, y.ak, y.total]),
      [
        [2020, null, 0],
        [2021, null, 0],
        [2022, null, 0],
        [2023, null, 0],
        [2024, null, 0],
        [2025, 12.5, 12.5],
        [2026, 18.75, 31.25],
      ],
    );
    assert.deepEqual(body.years[6].parts, [{ jenjang: "ahli_pertama", months: 12, coefficient: 12.5, ak: 18.75 }]);
    assert.equal(body.total, 31.25);
    assert.deepEqual(body.needs, {
      forPangkat: { needed: 50, remaining: 18.75 },
      forJenjang: { needed: 100, remaining: 68.75 },
    });
    assert.equal(body.dasar, null);
  });

  it("waits for the annual evaluation: a draft or an earlier quarter gives no AK", async () => {
    const skpId = await seatSkp(t, { employeeId: world.analis.id, positionId: world.jfPos.id, year: 2026 });
    const base = { skpId, employeeId: world.analis.id, unitId: office.kecamatan.id, year: 2026 };
    await evaluationOf(t, { ...base, periodCode: "TW3", predikat: "sangat_baik" });
    await evaluationOf(t, { ...base, periodCode: "TW4", predikat: "sangat_baik", status: "draft" });
    const body = json(await (await admin()).get(url()));
    assert.equal(body.years.at(-1).ak, null);
    assert.equal(body.years.at(-1).predikat, null);
    assert.equal(body.years.at(-1).skpCount, 1);
  });

  it("starts from the AK dasar and splits a promotion year by the recorded jenjang history", async () => {
    await evaluatedYears();
    const client = await admin();
    const dasar = await client.put(`/api/employees/${world.analis.id}/ak-dasar`, {
      kind: "konversi",
      startYear: 2025,
      amount: 20.5,
      decreeNumber: "PAK/800/2024",
      version: 0,
    });
    assert.equal(dasar.statusCode, 200, dasar.body);
    assert.equal(json(dasar).version, 1);
    for (const [value, tmt] of [
      ["ahli_pertama", "2019-01-01"],
      ["ahli_muda", "2026-04-01"],
    ]) {
      const added = await client.post(`/api/employees/${world.analis.id}/ranks`, {
        kind: "jenjang",
        value,
        tmt,
        decreeNumber: null,
      });
      assert.equal(added.statusCode, 200, added.body);
    }
    const body = json(await client.get(url()));
    assert.deepEqual(
      body.years.map((y: { year: number; ak: number; total: number }) => [y.year, y.ak, y.total]),
      [
        [2025, 12.5, 33],
        // 3/12 x 150% x 12.5 + 9/12 x 150% x 25
        [2026, 32.813, 65.813],
      ],
    );
    assert.deepEqual(
      body.years[1].parts.map((p: { jenjang: string; months: number }) => [p.jenjang, p.months]),
      [
        ["ahli_pertama", 3],
        ["ahli_muda", 9],
      ],
    );
    assert.equal(body.ranks.length, 2);
    assert.equal(body.dasar.amount, 20.5);
    const events = await auditEventsOf(t.db, world.analis.id);
    assert.ok(events.some((e) => e.action === "ak_dasar.set"));
  });

  it("takes the annual predikat of an employee with two seats by the year's rule (longest, or latest once set)", async () => {
    const otherPos = await t.given.position({
      unitId: office.seksi.id,
      kind: "fungsional",
      jenjang: "ahli_pertama",
      parentPositionId: office.positions.kasi.id,
    });
    const first = await seatSkp(t, {
      employeeId: world.analis.id,
      positionId: otherPos.id,
      year: 2026,
      end: "2026-07-31",
    });
    const second = await seatSkp(t, {
      employeeId: world.analis.id,
      positionId: world.jfPos.id,
      year: 2026,
      start: "2026-08-01",
    });
    const base = { employeeId: world.analis.id, unitId: office.kecamatan.id, year: 2026 };
    await evaluationOf(t, { ...base, skpId: first, periodCode: "TW3", predikat: "kurang" });
    await evaluationOf(t, { ...base, skpId: second, periodCode: "TW4", predikat: "sangat_baik" });
    const client = await admin();
    const longest = json(await client.get(url())).years.at(-1);
    assert.deepEqual(
      [longest.predikat, longest.skpCount, longest.annualRule, longest.ak],
      ["kurang", 2, "longest", 6.25],
    );

    const settings = json(await client.get("/api/evaluation-settings?year=2026"));
    const saved = await client.put("/api/evaluation-settings", {
      ...settings,
      isDefault: undefined,
      annualRule: "latest",
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const latest = json(await client.get(url())).years.at(-1);
    assert.deepEqual([latest.predikat, latest.annualRule, latest.ak], ["sangat_baik", "latest", 18.75]);
  });

  it("is read by the employee, the rater, the pengelola and the auditor; others get the answer of a random id", async () => {
    const raters = await ratersOn(t.db, world.analis.id, "2026-12-20");
    const raterId = raters.rater?.employeeId;
    assert.ok(raterId, "the analis has a rater");
    const raterUser = [office.camat, office.kasi].find((p) => p.id === raterId);
    assert.ok(raterUser);
    const auditor = await t.given.user({ roles: ["auditor"] });
    for (const reader of [world.analis, raterUser, auditor]) {
      assert.equal((await (await t.as(reader)).get(url())).statusCode, 200);
    }
    const outsider = await t.as(office.staff);
    const real = await outsider.get(url());
    const random = await outsider.get(`/api/employees/${randomUUID()}/angka-kredit`);
    assertError(real, 404, "not_found");
    assert.equal(real.body, random.body);
    assertError(await t.anonymous().get(url()), 401, "unauthenticated");
    assertInvalid(await outsider.get("/api/employees/not-an-id/angka-kredit"), { id: /ID tidak valid/ });
  });

  it("refuses the angka kredit of an employee who never held a fungsional jenjang (422)", async () => {
    const res = await (await admin()).get(`/api/employees/${office.staff.id}/angka-kredit`);
    assertError(res, 422, "ak_not_fungsional");
  });
});

describe("AK dasar", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-20T03:00:00.000Z" });
  });
  afterEach(() => t.close());
  const body = { kind: "dasar", startYear: 2026, amount: 12.5, decreeNumber: null, version: 0 };

  it("is set by the pengelola only, with valid numbers and the current version", async () => {
    const office = await t.given.office();
    const path = `/api/employees/${office.staff.id}/ak-dasar`;
    assertError(await (await t.as(office.staff)).put(path, body), 403, "forbidden");
    const admin = await t.as(await t.given.admin());
    assertInvalid(await admin.put(path, { ...body, amount: -1 }), { amount: /tidak boleh negatif/ });
    assertInvalid(await admin.put(path, { ...body, amount: 1.2345 }), { amount: /3 angka desimal/ });
    assertInvalid(await admin.put(path, { ...body, kind: "lama" }), { kind: /tidak dikenal/ });
    assertError(await admin.put(`/api/employees/${randomUUID()}/ak-dasar`, body), 404, "not_found");
    assert.equal((await admin.put(path, body)).statusCode, 200);
    assertError(await admin.put(path, body), 409, "stale_version");
    const changed = await admin.put(path, { ...body, amount: 15, version: 1 });
    assert.equal(json(changed).amount, 15);
    assert.equal(json(changed).version, 2);
  });
});
