import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rule 19: the holiday calendar the pengelola kinerja keeps, seeded for 2026 and 2027. */
describe("holiday calendar", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-06T03:00:00.000Z" });
  });
  afterEach(() => t.close());

  const admin = async () => t.as(await t.given.admin());
  const body = { date: "2026-11-20", name: "Cuti bersama tambahan (contoh)", kind: "cuti_bersama" };

  it("comes seeded with the 2026 national holidays and cuti bersama, by date, readable by every employee", async () => {
    const office = await t.given.office();
    const res = await (await t.as(office.staff)).get("/api/holidays?year=2026");
    assert.equal(res.statusCode, 200, res.body);
    const days = json(res);
    assert.equal(days.filter((d: { kind: string }) => d.kind === "libur_nasional").length, 17);
    assert.equal(days.filter((d: { kind: string }) => d.kind === "cuti_bersama").length, 8);
    const dates = days.map((d: { date: string }) => d.date);
    assert.deepEqual(dates, [...dates].sort(), "in date order");
    assert.deepEqual(
      days.find((d: { date: string }) => d.date === "2026-08-17"),
      {
        id: days.find((d: { date: string }) => d.date === "2026-08-17").id,
        date: "2026-08-17",
        name: "Hari Proklamasi Kemerdekaan Republik Indonesia",
        kind: "libur_nasional",
        version: 1,
      },
    );
    const next = json(await (await t.as(office.staff)).get("/api/holidays?year=2027"));
    assert.ok(next.length >= 15, `${next.length} days in 2027`);
    assert.ok(next.every((d: { date: string }) => d.date.startsWith("2027-")));
    assert.deepEqual(json(await (await t.as(office.staff)).get("/api/holidays?year=2030")), []);
  });

  it("lets the pengelola kinerja add, rename and remove a day, each audited", async () => {
    const client = await admin();
    const created = await client.post("/api/holidays", body);
    assert.equal(created.statusCode, 200, created.body);
    const day = json(created);
    assert.deepEqual({ ...day, id: undefined }, { ...body, id: undefined, version: 1 });

    const renamed = await client.patch(`/api/holidays/${day.id}`, {
      ...body,
      name: "Cuti bersama Hari Guru",
      kind: "libur_nasional",
      version: 1,
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(json(renamed).name, "Cuti bersama Hari Guru");
    assert.equal(json(renamed).version, 2);

    const removed = await client.delete(`/api/holidays/${day.id}?version=2`);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(json(removed), { ok: true });
    assert.equal(
      json(await client.get("/api/holidays?year=2026")).some((d: { id: string }) => d.id === day.id),
      false,
    );
    assert.deepEqual(
      (await auditEventsOf(t.db, day.id)).map((e) => e.action),
      ["holiday.created", "holiday.updated", "holiday.deleted"],
    );
  });

  it("refuses a second entry for a date already in the calendar, on create and on update (409)", async () => {
    const client = await admin();
    const duplicate = assertError(
      await client.post("/api/holidays", { ...body, date: "2026-12-25" }),
      409,
      "holiday_exists",
    );
    assert.match(duplicate.fields.date, /Kelahiran Yesus Kristus/);
    const day = json(await client.post("/api/holidays", body));
    assertError(
      await client.patch(`/api/holidays/${day.id}`, { ...body, date: "2026-08-17", version: 1 }),
      409,
      "holiday_exists",
    );
    // Keeping its own date is no conflict.
    assert.equal((await client.patch(`/api/holidays/${day.id}`, { ...body, version: 1 })).statusCode, 200);
  });

  it("refuses a stale version (409)", async () => {
    const client = await admin();
    const day = json(await client.post("/api/holidays", body));
    assert.equal((await client.patch(`/api/holidays/${day.id}`, { ...body, version: 1 })).statusCode, 200);
    assertError(await client.patch(`/api/holidays/${day.id}`, { ...body, version: 1 }), 409, "stale_version");
    assertError(await client.delete(`/api/holidays/${day.id}?version=1`), 409, "stale_version");
  });

  it("answers 404 for a day that does not exist", async () => {
    const client = await admin();
    const missing = "0193a6f0-0000-7000-8000-000000000009";
    assertError(await client.patch(`/api/holidays/${missing}`, { ...body, version: 1 }), 404, "not_found");
    assertError(await client.delete(`/api/holidays/${missing}?version=1`), 404, "not_found");
  });

  it("refuses invalid input (400) naming the fields", async () => {
    const client = await admin();
    assertInvalid(await client.post("/api/holidays", { ...body, date: "20-11-2026" }), { date: /YYYY-MM-DD/ });
    assertInvalid(await client.post("/api/holidays", { ...body, date: "2019-12-31" }), { date: /2020/ });
    assertInvalid(await client.post("/api/holidays", { ...body, name: "  " }), { name: /wajib/ });
    assertInvalid(await client.post("/api/holidays", { ...body, kind: "libur_daerah" }), { kind: /tidak dikenal/ });
    assertInvalid(await client.post("/api/holidays", { ...body, extra: 1 }), { extra: /tidak dikenal/ });
    assertInvalid(await client.patch("/api/holidays/not-an-id", { ...body, version: 1 }), { id: /tidak valid/ });
    assertInvalid(await client.get("/api/holidays"), { year: /./ });
  });

  it("refuses a caller without a session (401) and a pegawai or auditor (403), changing nothing", async () => {
    const office = await t.given.office();
    const client = await admin();
    const day = json(await client.post("/api/holidays", body));
    assertError(await t.anonymous().get("/api/holidays?year=2026"), 401, "unauthenticated");
    assertError(await t.anonymous().post("/api/holidays", body), 401, "unauthenticated");
    for (const user of [office.staff, office.camat, await t.given.user({ roles: ["auditor"] })]) {
      const other = await t.as(user);
      assertError(await other.post("/api/holidays", { ...body, date: "2026-11-27" }), 403, "forbidden");
      assertError(await other.patch(`/api/holidays/${day.id}`, { ...body, version: 1 }), 403, "forbidden");
      assertError(await other.delete(`/api/holidays/${day.id}?version=1`), 403, "forbidden");
    }
    assert.equal(json(await client.get("/api/holidays?year=2026")).length, 26);
    assert.equal((await auditEventsOf(t.db, day.id)).length, 1);
  });
});
