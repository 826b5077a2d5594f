import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCurrentMonth, monthsInWorkOrder } from "./month-order";

const year = (y: number, months: number[]) => months.map((month) => ({ year: y, month }));
const order = (rows: { year: number; month: number }[]) => rows.map((r) => `${r.year}-${r.month}`);

describe("the order of the list of monthly reports", () => {
  const all = year(2026, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

  it("puts December first in December, then the earlier months newest first", () => {
    assert.deepEqual(order(monthsInWorkOrder(all, "2026-12-07")).slice(0, 3), ["2026-12", "2026-11", "2026-10"]);
    assert.equal(order(monthsInWorkOrder(all, "2026-12-07")).at(-1), "2026-1");
  });

  it("puts the current month first mid-year and the months to come after the past ones", () => {
    assert.deepEqual(order(monthsInWorkOrder(all, "2026-06-15")), [
      ...["2026-6", "2026-5", "2026-4", "2026-3", "2026-2", "2026-1"],
      ...["2026-7", "2026-8", "2026-9", "2026-10", "2026-11", "2026-12"],
    ]);
  });

  it("lists a past year newest first and a future year from January", () => {
    assert.deepEqual(order(monthsInWorkOrder(year(2025, [10, 11, 12]), "2026-01-03")), [
      "2025-12",
      "2025-11",
      "2025-10",
    ]);
    assert.deepEqual(order(monthsInWorkOrder(year(2027, [3, 1, 2]), "2026-12-07")), ["2027-1", "2027-2", "2027-3"]);
  });

  it("keeps two SKP periods of the same month together and does not change its input", () => {
    const rows = [...year(2026, [3, 4]), { year: 2026, month: 3, skpId: "b" }];
    const copy = [...rows];
    assert.deepEqual(order(monthsInWorkOrder(rows, "2026-04-30")), ["2026-4", "2026-3", "2026-3"]);
    assert.deepEqual(rows, copy);
  });

  it("knows the current month by the WIB date only", () => {
    assert.equal(isCurrentMonth({ year: 2026, month: 12 }, "2026-12-01"), true);
    assert.equal(isCurrentMonth({ year: 2025, month: 12 }, "2026-12-01"), false);
    assert.equal(isCurrentMonth({ year: 2026, month: 11 }, "2026-12-01"), false);
  });
});
