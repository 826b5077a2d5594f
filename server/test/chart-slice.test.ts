import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  actingSeatsRatedBy,
  atasanRateesOf,
  type OrgChart,
  organisationsLedBy,
  rateesOf,
  resolveRaters,
  resolveSeatRaters,
} from "@simkin/domain";
import { loadChart } from "../src/modules/org/chart.repo";
import { loadChartAbove, loadChartBelow } from "../src/modules/org/chart-slice.repo";
import { loadUnitTree } from "../src/modules/org/unit-slice.repo";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Issue 10: the slices of the chart answer every rater question exactly as the whole chart does, for every employee of
 * the demo office (Plt Sekcam, Plh with and without the authority to rate, delegated raters, JF by jenjang, mid-year
 * moves) on dates before, across and after its moves.
 */
const dates = ["2026-01-02", "2026-02-15", "2026-04-01", "2026-06-30", "2026-07-01", "2026-09-15", "2026-11-16"];

describe("chart slices on the demo office", () => {
  let t: TestApp;
  let employeeIds: string[];
  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
    employeeIds = (await t.db.selectFrom("employee").select("id").orderBy("id").execute()).map((e) => e.id);
  });
  after(() => t.close());

  it("has an office with acting officials and moves to compare on", async () => {
    assert.ok(employeeIds.length > 100, `${employeeIds.length} employees`);
    const acting = await t.db.selectFrom("placement").select("kind").where("kind", "in", ["plt", "plh"]).execute();
    assert.ok(acting.some((p) => p.kind === "plt") && acting.some((p) => p.kind === "plh"), "Plt and Plh placements");
  });

  for (const date of dates) {
    describe(`on ${date}`, () => {
      let whole: OrgChart;
      before(async () => {
        whole = await loadChart(t.db, date);
      });

      it("finds every employee's rater and atasan walking up from their positions alone", async () => {
        for (const id of employeeIds) {
          const slice = await loadChartAbove(t.db, date, { employeeIds: [id] });
          assert.deepEqual(resolveRaters(slice, id, date), resolveRaters(whole, id, date), `raters of ${id}`);
          assert.ok(
            slice.positions.size < whole.positions.size / 4,
            `a slice, not the chart (${slice.positions.size})`,
          );
        }
      });

      it("finds the raters of every acting seat walking up from the seat", async () => {
        const seats = whole.placements.filter((p) => p.kind !== "definitif");
        for (const seat of seats) {
          const slice = await loadChartAbove(t.db, date, { positionIds: [seat.positionId] });
          assert.deepEqual(
            resolveSeatRaters(slice, seat.positionId, seat.employeeId, date),
            resolveSeatRaters(whole, seat.positionId, seat.employeeId, date),
            `seat ${seat.positionId} held by ${seat.employeeId}`,
          );
        }
      });

      it("resolves many employees at once as one by one (the inboxes and reminders)", async () => {
        const slice = await loadChartAbove(t.db, date, { employeeIds });
        for (const id of employeeIds) {
          assert.deepEqual(resolveRaters(slice, id, date), resolveRaters(whole, id, date), `raters of ${id}`);
        }
      });

      it("finds whom each employee rates, is atasan of, acts for and leads walking down from their positions", async () => {
        const tree = await loadUnitTree(t.db);
        let raters = 0;
        for (const id of employeeIds) {
          const slice = await loadChartBelow(t.db, id, date);
          const ratees = rateesOf(whole, id, date);
          raters += ratees.length > 0 ? 1 : 0;
          assert.deepEqual(rateesOf(slice, id, date), ratees, `ratees of ${id}`);
          assert.deepEqual(atasanRateesOf(slice, id, date), atasanRateesOf(whole, id, date), `atasan of ${id}`);
          assert.deepEqual(actingSeatsRatedBy(slice, id, date), actingSeatsRatedBy(whole, id, date), `seats of ${id}`);
          assert.deepEqual(
            organisationsLedBy(tree, slice, id, date),
            organisationsLedBy(tree, whole, id, date),
            `led by ${id}`,
          );
        }
        assert.ok(raters > 10, `${raters} raters compared`);
      });
    });
  }

  it("answers whom each employee rates on every day of a span from one slice over the span, across the July moves", async () => {
    const days = ["2026-06-01", "2026-06-30", "2026-07-01", "2026-07-31"];
    const wholes = await Promise.all(days.map((day) => loadChart(t.db, day)));
    for (const id of employeeIds) {
      const slice = await loadChartBelow(t.db, id, "2026-06-01", "2026-07-31");
      days.forEach((day, i) => {
        const whole = wholes[i] as OrgChart;
        assert.deepEqual(rateesOf(slice, id, day), rateesOf(whole, id, day), `ratees of ${id} on ${day}`);
      });
    }
  });

  it("loads nothing for someone without a post on the date", async () => {
    const above = await loadChartAbove(t.db, "2026-06-30", { employeeIds: ["no-such-employee"] });
    const below = await loadChartBelow(t.db, "no-such-employee", "2026-06-30");
    assert.equal(above.positions.size + above.placements.length + below.positions.size + below.placements.length, 0);
  });
});
