import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

describe("audit trail (jejak audit)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const newUnit = (code: string) => ({ parentId: null, code, name: `Unit ${code}`, kind: "seksi" });

  /** Three changes a minute apart by the pengelola kinerja: two units added, then the first renamed. */
  const threeChanges = async () => {
    const admin = await t.given.admin();
    const client = await t.as(admin);
    const first = json(await client.post("/api/units", newUnit("SATU")));
    t.clock.now = new Date("2026-03-16T03:01:00.000Z");
    const second = json(await client.post("/api/units", newUnit("DUA")));
    t.clock.now = new Date("2026-03-16T03:02:00.000Z");
    const renamed = json(
      await client.patch(`/api/units/${first.id}`, { ...newUnit("SATU"), name: "Unit Satu", version: 1 }),
    );
    return { admin, first, second, renamed };
  };

  it("shows the auditor every change, newest first, with who made it and what changed", async () => {
    const { admin, first, second, renamed } = await threeChanges();
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));

    const res = await auditor.get("/api/audit-events");

    assert.equal(res.statusCode, 200, res.body);
    const page = json(res);
    assert.equal(page.total, 3);
    assert.equal(page.page, 1);
    assert.equal(page.pageSize, 50);
    assert.deepEqual(
      page.items.map((e: { action: string; subjectId: string }) => [e.action, e.subjectId]),
      [
        ["unit.updated", first.id],
        ["unit.created", second.id],
        ["unit.created", first.id],
      ],
    );
    const [latest] = page.items;
    assert.equal(latest.at, "2026-03-16T03:02:00.000Z");
    assert.equal(latest.actorId, admin.userId);
    assert.equal(latest.actorName, admin.username);
    assert.equal(latest.subjectType, "org_unit");
    assert.deepEqual(latest.before, first);
    assert.deepEqual(latest.after, renamed);
    assert.equal(page.items[2].before, null);
  });

  it("narrows the trail to one subject", async () => {
    const { first } = await threeChanges();
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    const page = json(await auditor.get(`/api/audit-events?subjectId=${first.id}`));
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.items.map((e: { action: string }) => e.action),
      ["unit.updated", "unit.created"],
    );
  });

  it("narrows the trail to a kind of action", async () => {
    await threeChanges();
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    const page = json(await auditor.get("/api/audit-events?action=unit.updated"));
    assert.equal(page.total, 1);
    assert.equal(page.items[0].action, "unit.updated");
  });

  it("pages through the trail, keeping the total", async () => {
    const { first } = await threeChanges();
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    const page = json(await auditor.get("/api/audit-events?page=3&pageSize=1"));
    assert.equal(page.total, 3);
    assert.deepEqual(
      page.items.map((e: { subjectId: string }) => e.subjectId),
      [first.id],
    );
  });

  it("lets the super admin read the trail", async () => {
    await threeChanges();
    const superAdmin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    assert.equal(json(await superAdmin.get("/api/audit-events")).total, 3);
  });

  it("keeps the trail from the pengelola kinerja who made the changes, and from employees", async () => {
    await threeChanges();
    assertError(await (await t.as(await t.given.admin())).get("/api/audit-events"), 403, "forbidden");
    const person = await t.given.employee();
    const employee = await t.as(await t.given.user({ employeeId: person.id }));
    assertError(await employee.get("/api/audit-events"), 403, "forbidden");
    assertError(await t.anonymous().get("/api/audit-events"), 401, "unauthenticated");
  });

  it("refuses a subject filter that is not an id and a page size over 100", async () => {
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assertInvalid(await auditor.get("/api/audit-events?subjectId=unit-1"), { subjectId: /ID tidak valid/ });
    assertInvalid(await auditor.get("/api/audit-events?pageSize=101"), { pageSize: /./ });
  });
});
