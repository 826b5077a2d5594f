import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

type Event = { action: string; subjectId: string; actorNip: string | null; actorEmployeeName: string | null };
const actions = (page: { items: Event[] }) => page.items.map((e) => e.action);

/** Issue 11: the audit trail searched by person (name or NIP), record type, action (or group) and WIB date range. */
describe("audit trail search", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const newUnit = (code: string) => ({ parentId: null, code, name: `Unit ${code}`, kind: "seksi" });

  /**
   * Siti (a pengelola kinerja with an employee record) adds a unit on 15 March (WIB) and renames it on 16 March; an
   * administrator without an employee record adds another unit on 17 March; then Budi's employee record is edited.
   */
  const world = async () => {
    const siti = await t.given.employee({ name: "Siti Rahmawati", nip: "198503152010012001" });
    const sitiAccount = await t.given.user({ roles: ["pengelola_kinerja"], employeeId: siti.id });
    const budi = await t.given.employee({ name: "Budi Santoso", nip: "199001012015031002" });
    const admin = await t.given.user({ roles: ["pengelola_kinerja"], username: "admin.kota" });
    // A fresh session after each jump of the clock: a day-old one has expired.
    t.clock.now = new Date("2026-03-15T02:00:00.000Z");
    const first = json(await (await t.as(sitiAccount)).post("/api/units", newUnit("SATU")));
    t.clock.now = new Date("2026-03-16T16:59:00.000Z"); // 16 March, 23:59 WIB
    const bySiti = await t.as(sitiAccount);
    await bySiti.patch(`/api/units/${first.id}`, { ...newUnit("SATU"), name: "Unit Satu", version: 1 });
    t.clock.now = new Date("2026-03-16T17:00:00.000Z"); // 17 March, 00:00 WIB
    await (await t.as(admin)).post("/api/units", newUnit("DUA"));
    const { nip, status, name, frontTitle, backTitle, golongan, version } = json(
      await bySiti.get(`/api/employees/${budi.id}`),
    ).employee;
    const body = { nip, status, name, frontTitle, backTitle, golongan, email: "budi@plaju.test", version };
    const edited = await bySiti.patch(`/api/employees/${budi.id}`, body);
    assert.equal(edited.statusCode, 200, edited.body);
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    return { siti, budi, first, auditor };
  };

  it("finds what a person did by NIP and by part of the name, naming the person behind the account", async () => {
    const { siti, auditor } = await world();
    const byNip = json(await auditor.get(`/api/audit-events?person=${siti.nip}`));
    assert.deepEqual(actions(byNip), ["employee.updated", "unit.updated", "unit.created"]);
    assert.equal(byNip.total, 3);
    assert.equal(byNip.totalIsLowerBound, false);
    assert.equal(byNip.items[0].actorNip, siti.nip);
    assert.equal(byNip.items[0].actorEmployeeName, "Siti Rahmawati");
    const byName = json(await auditor.get("/api/audit-events?person=rahma"));
    assert.deepEqual(actions(byName), actions(byNip));
  });

  it("finds what happened to a person's record, and an account without an employee by its sign-in name", async () => {
    const { budi, auditor } = await world();
    const aboutBudi = json(await auditor.get("/api/audit-events?person=Budi"));
    assert.deepEqual(
      aboutBudi.items.map((e: Event) => [e.action, e.subjectId]),
      [["employee.updated", budi.id]],
    );
    assert.deepEqual(actions(json(await auditor.get("/api/audit-events?person=admin.kota"))), ["unit.created"]);
    assert.equal(json(await auditor.get("/api/audit-events?person=Tidak Ada")).total, 0);
  });

  it("narrows by record type and by action or group of actions", async () => {
    const { auditor } = await world();
    assert.deepEqual(actions(json(await auditor.get("/api/audit-events?subjectType=employee"))), ["employee.updated"]);
    assert.deepEqual(actions(json(await auditor.get("/api/audit-events?action=unit"))), [
      "unit.created",
      "unit.updated",
      "unit.created",
    ]);
    assert.deepEqual(actions(json(await auditor.get("/api/audit-events?action=unit.updated"))), ["unit.updated"]);
    const combined = json(await auditor.get("/api/audit-events?action=unit&person=198503152010012001"));
    assert.deepEqual(actions(combined), ["unit.updated", "unit.created"]);
  });

  it("takes the date range as WIB calendar days, both included", async () => {
    const { auditor } = await world();
    const sixteenth = json(await auditor.get("/api/audit-events?action=unit&from=2026-03-16&to=2026-03-16"));
    assert.deepEqual(actions(sixteenth), ["unit.updated"], "23:59 WIB on the 16th is in, 00:00 on the 17th is not");
    assert.equal(json(await auditor.get("/api/audit-events?action=unit&from=2026-03-17")).total, 1);
    assert.equal(json(await auditor.get("/api/audit-events?action=unit&to=2026-03-15")).total, 1);
  });

  it("pages on the server with the total of the whole match", async () => {
    const { auditor } = await world();
    const second = json(await auditor.get("/api/audit-events?action=unit&page=2&pageSize=2"));
    assert.equal(second.total, 3);
    assert.deepEqual(actions(second), ["unit.created"]);
  });

  it("refuses bad filters with 400 and a message per field", async () => {
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assertInvalid(await auditor.get("/api/audit-events?action=report.delete"), { action: /Tindakan tidak dikenal/ });
    assertInvalid(await auditor.get("/api/audit-events?subjectType=MONTHLY_REPORT"), { subjectType: /Jenis data/ });
    assertInvalid(await auditor.get("/api/audit-events?from=2026-03-17&to=2026-03-16"), { to: /sebelum/ });
    assertInvalid(await auditor.get("/api/audit-events?from=17-03-2026"), { from: /YYYY-MM-DD/ });
    assertInvalid(await auditor.get("/api/audit-events?person=x"), { person: /2 karakter/ });
    assertInvalid(await auditor.get("/api/audit-events?page=201&pageSize=50"), { page: /persempit/ });
    assertInvalid(await auditor.get("/api/audit-events?unknown=1"), { unknown: /./ });
  });

  it("keeps the search from everyone but the auditor and the super admin", async () => {
    const { siti } = await world();
    const pengelola = await t.as(await t.given.admin());
    assertError(await pengelola.get(`/api/audit-events?person=${siti.nip}`), 403, "forbidden");
    assertError(await t.anonymous().get(`/api/audit-events?person=${siti.nip}`), 401, "unauthenticated");
  });
});
