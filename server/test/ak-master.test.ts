import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { evaluationOf, fungsionalOffice, seatSkp } from "./given-ak";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 12: the angka kredit master data, the pengelola's list of fungsional staff and the rank history. */
describe("angka kredit master data and list", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-20T03:00:00.000Z" });
  });
  afterEach(() => t.close());

  const row = { jenjang: "ahli_pertama", coefficient: 10, forPangkat: 50, forJenjang: 100, version: 0 };

  it("shows the domain defaults to everyone and keeps the pengelola's versioned, audited corrections", async () => {
    const office = await t.given.office();
    const staff = await t.as(office.staff);
    const rows = json(await staff.get("/api/ak-master"));
    assert.equal(rows.length, 8);
    assert.deepEqual(rows[0], {
      jenjang: "pemula",
      coefficient: 3.75,
      forPangkat: 15,
      forJenjang: 15,
      version: 0,
      isDefault: true,
    });
    assert.equal(rows.find((r: { jenjang: string }) => r.jenjang === "penyelia").forJenjang, null);
    assertError(await staff.put("/api/ak-master", row), 403, "forbidden");

    const admin = await t.as(await t.given.admin());
    const saved = await admin.put("/api/ak-master", row);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(json(saved), { ...row, version: 1, isDefault: false });
    assertError(await admin.put("/api/ak-master", row), 409, "stale_version");
    assert.equal(json(await admin.put("/api/ak-master", { ...row, coefficient: 12.5, version: 1 })).version, 2);
    const events = await auditEventsOf(t.db, "ahli_pertama");
    assert.deepEqual(
      events.map((e) => e.action),
      ["ak_master.updated", "ak_master.updated"],
    );
  });

  it("refuses bad numbers on the fields", async () => {
    const admin = await t.as(await t.given.admin());
    assertInvalid(await admin.put("/api/ak-master", { ...row, coefficient: 0 }), { coefficient: /lebih dari 0/ });
    assertInvalid(await admin.put("/api/ak-master", { ...row, forPangkat: -5 }), { forPangkat: /negatif/ });
    assertInvalid(await admin.put("/api/ak-master", { ...row, forJenjang: 1.0001 }), { forJenjang: /desimal/ });
    assertInvalid(await admin.put("/api/ak-master", { ...row, jenjang: "pratama" }), { jenjang: /tidak dikenal/ });
  });

  it("uses the office's coefficient in every ledger", async () => {
    const office = await t.given.office();
    const world = await fungsionalOffice(t, office);
    const skpId = await seatSkp(t, { employeeId: world.analis.id, positionId: world.jfPos.id, year: 2026 });
    await evaluationOf(t, {
      skpId,
      employeeId: world.analis.id,
      unitId: office.kecamatan.id,
      year: 2026,
      periodCode: "TW4",
      predikat: "baik",
    });
    const admin = await t.as(await t.given.admin());
    await admin.put("/api/ak-master", row);
    const body = json(await admin.get(`/api/employees/${world.analis.id}/angka-kredit`));
    assert.equal(body.years.at(-1).ak, 10);
    assert.deepEqual(body.needs.forPangkat, { needed: 50, remaining: 40 });
  });

  it("lists the fungsional staff a page at a time for the pengelola and the auditor, never for a pegawai", async () => {
    const office = await t.given.office();
    const world = await fungsionalOffice(t, office);
    const second = await t.given.placedEmployee({ positionId: world.jfPos.id, startDate: "2024-01-01" });
    const admin = await t.as(await t.given.admin());
    const page = json(await admin.get("/api/angka-kredit?year=2026&pageSize=1"));
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    const all = json(await admin.get("/api/angka-kredit?year=2026"));
    assert.deepEqual(
      all.items.map((i: { employeeId: string }) => i.employeeId).sort(),
      [world.analis.id, second.id].sort(),
    );
    assert.ok(
      all.items.every((i: { jenjang: string; akYear: null }) => i.jenjang === "ahli_pertama" && i.akYear === null),
    );
    const found = json(await admin.get(`/api/angka-kredit?year=2026&q=${world.analis.nip}`));
    assert.deepEqual(
      found.items.map((i: { employeeId: string }) => i.employeeId),
      [world.analis.id],
    );
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assert.equal((await auditor.get("/api/angka-kredit?year=2026")).statusCode, 200);
    assertError(await (await t.as(world.analis)).get("/api/angka-kredit?year=2026"), 403, "forbidden");
    assertInvalid(await admin.get("/api/angka-kredit?year=1999"), { year: /.+/ });
  });
});

describe("pangkat/golongan and jenjang history", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-20T03:00:00.000Z" });
  });
  afterEach(() => t.close());
  const entry = { kind: "pangkat", value: "III/b", tmt: "2024-04-01", decreeNumber: "823/45/BKPSDM/2024" };

  it("is added and removed by the pengelola (audited) and read on the employee's profile", async () => {
    const office = await t.given.office();
    const admin = await t.as(await t.given.admin());
    const path = `/api/employees/${office.staff.id}/ranks`;
    const first = await admin.post(path, entry);
    assert.equal(first.statusCode, 200, first.body);
    await admin.post(path, { ...entry, value: "III/a", tmt: "2020-04-01" });
    await admin.post(path, { kind: "jenjang", value: "ahli_pertama", tmt: "2024-04-01", decreeNumber: null });
    const own = json(await (await t.as(office.staff)).get(path));
    assert.deepEqual(
      own.map((r: { kind: string; value: string; tmt: string }) => [r.kind, r.value, r.tmt]),
      [
        ["pangkat", "III/a", "2020-04-01"],
        ["pangkat", "III/b", "2024-04-01"],
        ["jenjang", "ahli_pertama", "2024-04-01"],
      ],
    );
    const created = json(first);
    assertError(await admin.delete(`/api/employee-ranks/${created.id}?version=2`), 409, "stale_version");
    assert.deepEqual(json(await admin.delete(`/api/employee-ranks/${created.id}?version=1`)), { ok: true });
    assert.equal(json(await admin.get(path)).length, 2);
    assert.deepEqual(
      (await auditEventsOf(t.db, created.id)).map((e) => e.action),
      ["employee_rank.added", "employee_rank.removed"],
    );
  });

  it("refuses a second entry of a kind on a TMT, bad values, a pegawai writing and an unknown employee", async () => {
    const office = await t.given.office();
    const admin = await t.as(await t.given.admin());
    const path = `/api/employees/${office.staff.id}/ranks`;
    await admin.post(path, entry);
    assertError(await admin.post(path, { ...entry, value: "III/c" }), 409, "rank_exists");
    assertInvalid(await admin.post(path, { ...entry, value: "ahli_muda" }), { value: /Golongan/ });
    assertInvalid(await admin.post(path, { ...entry, kind: "jenjang", value: "III/a" }), { value: /Jenjang/ });
    assertInvalid(await admin.post(path, { ...entry, tmt: "2024-13-01" }), { tmt: /YYYY-MM-DD/ });
    assertError(await (await t.as(office.staff)).post(path, entry), 403, "forbidden");
    assertError(await admin.post(`/api/employees/${randomUUID()}/ranks`, entry), 404, "not_found");
    assertError(await admin.delete(`/api/employee-ranks/${randomUUID()}?version=1`), 404, "not_found");
    const outsider = await t.as(office.kasi);
    const real = await (await t.as(office.camat)).get(`/api/employees/${office.kasi.id}/ranks`);
    assert.equal(real.statusCode, 200, "the Camat rates the Kasi");
    const hidden = await outsider.get(`/api/employees/${office.camat.id}/ranks`);
    const random = await outsider.get(`/api/employees/${randomUUID()}/ranks`);
    assertError(hidden, 404, "not_found");
    assert.equal(hidden.body, random.body);
  });
});
