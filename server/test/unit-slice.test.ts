import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  isOrganisation,
  issuingGovernment,
  organisationOf,
  organisationsBelow,
  organisationsLedBy,
  unitPath,
} from "@simkin/domain";
import { loadChart } from "../src/modules/org/chart.repo";
import { loadChartBelow } from "../src/modules/org/chart-slice.repo";
import {
  loadUnitsAbove,
  loadUnitsAround,
  loadUnitsLedBy,
  loadUnitTree,
  type UnitSlice,
} from "../src/modules/org/unit-slice.repo";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Issue 10: the slices of the unit tree answer the organisation and unit-path questions exactly as the whole tree
 * does, for every unit and employee of the demo office, while holding only the units the question walks through.
 */
describe("unit tree slices on the demo office", () => {
  let t: TestApp;
  let whole: UnitSlice;
  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
    whole = await loadUnitTree(t.db);
  });
  after(() => t.close());

  it("prints every unit's path, organisation and issuing government from the units above it alone", async () => {
    assert.ok(whole.size > 10, `${whole.size} units`);
    for (const id of whole.keys()) {
      const slice = await loadUnitsAbove(t.db, [id]);
      assert.equal(unitPath(slice, id), unitPath(whole, id), `path of ${id}`);
      assert.equal(organisationOf(slice, id), organisationOf(whole, id), `organisation of ${id}`);
      assert.deepEqual(issuingGovernment(slice, id), issuingGovernment(whole, id), `government of ${id}`);
      assert.ok(slice.size < whole.size, `a slice, not the tree (${slice.size} of ${whole.size})`);
    }
  });

  it("finds the organisations below and the units of each organisation from the units around it", async () => {
    const organisations = [...whole.values()].filter(isOrganisation).map((u) => u.id);
    assert.ok(organisations.length >= 3, `${organisations.length} organisations`);
    for (const id of organisations) {
      const slice = await loadUnitsAround(t.db, [id]);
      assert.deepEqual(organisationsBelow(slice, [id]).sort(), organisationsBelow(whole, [id]).sort(), `below ${id}`);
      const inSlice = [...slice.keys()].filter((u) => organisationOf(slice, u) === id).sort();
      const inWhole = [...whole.keys()].filter((u) => organisationOf(whole, u) === id).sort();
      assert.deepEqual(inSlice, inWhole, `units of ${id}`);
    }
  });

  for (const date of ["2026-01-02", "2026-06-30", "2026-11-16"]) {
    it(`finds the organisations every employee leads on ${date} from the units their seats lead`, async () => {
      const chart = await loadChart(t.db, date);
      const employees = await t.db.selectFrom("employee").select("id").execute();
      let pimpinan = 0;
      for (const { id } of employees) {
        const below = await loadChartBelow(t.db, id, date);
        const led = organisationsLedBy(await loadUnitsLedBy(t.db, below, id, date), below, id, date);
        assert.deepEqual(led, organisationsLedBy(whole, chart, id, date), `led by ${id}`);
        pimpinan += led.length > 0 ? 1 : 0;
      }
      assert.ok(pimpinan >= 5, `${pimpinan} pimpinan compared`);
    });
  }

  it("loads nothing for no units", async () => {
    assert.equal((await loadUnitsAbove(t.db, [])).size, 0);
    assert.equal((await loadUnitsAround(t.db, ["no-such-unit"])).size, 0);
  });
});
