import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Catalogue, readCatalogue } from "../src/modules/seed/scale/catalogue";
import { planProblems } from "../src/modules/seed/scale/plan-check";
import { type ScalePlan, scalePlan } from "../src/modules/seed/scale/scale-plan";
import { createTestApp, type TestApp } from "./test-app";

/**
 * The scale dataset clones the demo office by scale-plan.ts. A table or column added by a migration and not
 * classified there fails here, so the dataset cannot silently lose (or wrongly share) what the schema grows.
 */
describe("the scale plan", () => {
  let t: TestApp;
  let catalogue: Catalogue;
  before(async () => {
    t = await createTestApp();
    catalogue = await readCatalogue(t.db);
  });
  after(() => t.close());

  it("classifies every table and column of the migrated database, and every foreign key as a reference", () => {
    assert.deepEqual(planProblems(catalogue), []);
    assert.ok(catalogue.columns.size >= 40, `${catalogue.columns.size} tables read`);
    assert.ok(catalogue.foreignKeys.length >= 30, `${catalogue.foreignKeys.length} foreign keys read`);
  });

  it("reports a new table, a new column and a foreign key that the plan does not know", () => {
    const grown: Catalogue = {
      ...catalogue,
      columns: new Map([
        ...catalogue.columns,
        ["skp_score", new Map([["id", "text"]])],
        ["skp", new Map([...(catalogue.columns.get("skp") ?? []), ["score_id", "text"]])],
      ]),
      foreignKeys: [...catalogue.foreignKeys, { table: "skp", column: "position_id", target: "org_unit" }],
    };
    assert.deepEqual(planProblems(grown).sort(), [
      "column skp.score_id is not classified in scale-plan.ts",
      'skp.position_id references org_unit: classify it as { ref: "org_unit" }',
      "table skp_score is not classified in scale-plan.ts (office, shared or runtime)",
    ]);
  });

  it("reports a table or column the plan names and the database has not", () => {
    const { holiday: _dropped, ...rest } = catalogueTables(catalogue);
    const shrunk: Catalogue = { ...catalogue, columns: new Map(Object.entries(rest)) };
    assert.deepEqual(planProblems(shrunk), [
      "scale-plan.ts classifies table holiday, which the database does not have",
    ]);
    const stale: ScalePlan = {
      ...scalePlan,
      holiday: { kind: "shared", columns: { ...scalePlan.holiday.columns } },
    };
    const noDate = new Map(catalogue.columns);
    noDate.set("holiday", new Map([...(catalogue.columns.get("holiday") ?? [])].filter(([c]) => c !== "date")));
    assert.deepEqual(planProblems({ ...catalogue, columns: noDate }, stale), [
      "scale-plan.ts classifies holiday.date, which the database does not have",
    ]);
  });
});

function catalogueTables(catalogue: Catalogue): Record<string, Map<string, string>> {
  return Object.fromEntries(catalogue.columns);
}
