import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { newId } from "../src/db/ids";
import { readOffice } from "../src/modules/seed/scale/scale-office";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, type TestApp } from "./test-app";

/** The clone refuses, rather than silently copying wrong, when the demo seed writes what the plan does not expect. */
describe("the scale clone's guards", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  });
  after(() => t.close());

  it("reads the demo office: its tables in foreign-key order, this year's rows only", async () => {
    const office = await readOffice(t.db, 2026);
    const order = office.tables.map((table) => table.name);
    assert.ok(order.indexOf("org_unit") < order.indexOf("position"));
    assert.ok(order.indexOf("employee") < order.indexOf("placement"));
    assert.ok(order.indexOf("skp") < order.indexOf("monthly_report"));
    assert.ok(order.indexOf("monthly_report") < order.indexOf("report_realisation"));
    const skp = office.tables.find((table) => table.name === "skp");
    const yearAt = skp?.columns.indexOf("year") ?? -1;
    assert.ok(skp && skp.rows.length > 100 && skp.rows.every((row) => row[yearAt] === 2026));
    const units = office.tables.find((table) => table.name === "org_unit");
    const codeAt = units?.columns.indexOf("code") ?? -1;
    assert.ok(
      units?.rows.every((row) => row[codeAt] !== "PEMKOT" && row[codeAt] !== "SETDA"),
      "the Pemkot is shared",
    );
  });

  it("refuses a runtime table that the demo seed filled", async () => {
    const id = newId();
    await t.db
      .insertInto("outbound_email")
      .values({
        id,
        to_address: "a@example.test",
        subject: "s",
        body: "b",
        status: "pending",
        attempts: 0,
        claimed_by: null,
        claimed_until: null,
        last_error: null,
        created_at: "2026-11-16T03:00:00.000Z",
        sent_at: null,
        priority: null,
      })
      .execute();
    await assert.rejects(readOffice(t.db, 2026), /outbound_email is a runtime table but the demo seed wrote 1 rows/);
    await t.db.deleteFrom("outbound_email").where("id", "=", id).execute();
  });

  it("refuses a shared row that points into the office, which would belong to one copy only", async () => {
    const camat = await t.db
      .selectFrom("user_account")
      .select("id")
      .where("username", "=", "camat")
      .executeTakeFirstOrThrow();
    const id = newId();
    await t.db
      .insertInto("audit_event")
      .values({
        id,
        at: "2026-11-16T03:00:00.000Z",
        actor_id: camat.id,
        action: "skp.approved",
        subject_type: "skp",
        subject_id: "x",
        before_json: null,
        after_json: null,
        prev_hash: null,
        hash: null,
        ip: null,
      })
      .execute();
    await assert.rejects(readOffice(t.db, 2026), /A shared row points into the office \(audit_event\.actor_id/);
    await t.db.deleteFrom("audit_event").where("id", "=", id).execute();
    await readOffice(t.db, 2026);
  });
});
