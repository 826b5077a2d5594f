import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertInvalid } from "./assertions";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rule 13 (semester and annual cadences) and rule 19's per-year report due rule, through /api/years. */
describe("performance year cadence and report due rule", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-05T03:00:00.000Z" });
  });
  afterEach(() => t.close());

  const codes = (year: { periods: { code: string }[] }) => year.periods.map((p) => p.code);

  it("opens a year evaluated per semester, Semester II being the annual evaluation", async () => {
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/years", { year: 2026, cadence: "semester" });
    assert.equal(res.statusCode, 200, res.body);
    const year = json(res);
    assert.equal(year.cadence, "semester");
    assert.deepEqual(year.periods, [
      { code: "S1", label: "Semester I", start: "2026-01-01", end: "2026-06-30", isAnnual: false },
      { code: "S2", label: "Semester II (Akhir)", start: "2026-07-01", end: "2026-12-31", isAnnual: true },
    ]);
    assert.equal(year.reportDueShift, "next_working_day", "deadlines move off holidays unless told otherwise");
  });

  it("switches a year between cadences, each generating its periods", async () => {
    const admin = await t.as(await t.given.admin());
    let year = json(await admin.post("/api/years", { year: 2026 }));
    assert.deepEqual(codes(year), ["TW1", "TW2", "TW3", "TW4"]);
    const expected: [string, string[]][] = [
      ["tahunan", ["TH"]],
      ["bulanan", ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11", "B12"]],
      ["semester", ["S1", "S2"]],
      ["triwulan", ["TW1", "TW2", "TW3", "TW4"]],
    ];
    for (const [cadence, periods] of expected) {
      const res = await admin.patch(`/api/years/${year.id}`, {
        status: "open",
        skpDeadline: year.skpDeadline,
        cadence,
        reportDueDay: 5,
        version: year.version,
      });
      assert.equal(res.statusCode, 200, res.body);
      year = json(res);
      assert.deepEqual(codes(year), periods, cadence);
      assert.equal(year.periods.at(-1).isAnnual, true);
      assert.equal(year.reportDueShift, "next_working_day", "a PATCH without the rule keeps it");
    }
  });

  it("sets the report due rule when opening and changing a year", async () => {
    const admin = await t.as(await t.given.admin());
    const opened = json(await admin.post("/api/years", { year: 2027, reportDueShift: "none" }));
    assert.equal(opened.reportDueShift, "none");
    const changed = await admin.patch(`/api/years/${opened.id}`, {
      status: "open",
      skpDeadline: opened.skpDeadline,
      cadence: opened.cadence,
      reportDueDay: 10,
      reportDueShift: "next_working_day",
      version: opened.version,
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(json(changed).reportDueShift, "next_working_day");
    const audit = await t.db
      .selectFrom("audit_event")
      .select("after_json")
      .where("subject_id", "=", opened.id)
      .where("action", "=", "year.updated")
      .executeTakeFirstOrThrow();
    assert.match(audit.after_json ?? "", /"reportDueShift":"next_working_day"/);
  });

  it("refuses an unknown cadence or due rule (400)", async () => {
    const admin = await t.as(await t.given.admin());
    assertInvalid(await admin.post("/api/years", { year: 2026, cadence: "semesteran" }), { cadence: /tidak dikenal/ });
    assertInvalid(await admin.post("/api/years", { year: 2026, reportDueShift: "previous_working_day" }), {
      reportDueShift: /tidak dikenal/,
    });
  });
});
