import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DATE, holder, placement, plaju } from "../org/rater.fixture";
import { rateesOf } from "../org/rater.rules";
import { actingRatingSeats } from "./rating-seat";

const pltLurah = plaju({
  vacate: ["lurah-kmp"],
  add: [placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-01-02")],
});
const plhKasi = (mayRate?: boolean) =>
  plaju({
    vacate: ["kasi-trantib-bgk"],
    add: [placement(holder("seklur-bgk"), "kasi-trantib-bgk", "plh", "2026-10-01", null, mayRate)],
  });

describe("actingRatingSeats", () => {
  it("names the Plt Lurah's seat for the kelurahan's people, and no seat for the staff of his own post", () => {
    const me = holder("kasi-pem");
    const own = rateesOf(plaju(), me, DATE);
    const all = rateesOf(pltLurah, me, DATE);
    const seats = actingRatingSeats(pltLurah, me, all, DATE);
    assert.ok(own.length > 0 && all.length > own.length, "the seat adds ratees to his own");
    assert.deepEqual([...seats.keys()].sort(), all.filter((id) => !own.includes(id)).sort());
    assert.ok(seats.has(holder("seklur-kmp")));
    for (const seat of seats.values()) {
      assert.deepEqual(seat, { positionId: "lurah-kmp", acting: "plt" });
    }
  });

  it("names the Plh's seat when his appointment lets him rate", () => {
    const me = holder("seklur-bgk");
    const chart = plhKasi(true);
    const seats = actingRatingSeats(chart, me, rateesOf(chart, me, "2026-10-15"), "2026-10-15");
    assert.deepEqual([...seats], [[holder("staf-trantib-bgk"), { positionId: "kasi-trantib-bgk", acting: "plh" }]]);
  });

  it("names nothing for a Plh without that authority, before the term, or for ratees of someone else", () => {
    const me = holder("seklur-bgk");
    const chart = plhKasi(false);
    assert.equal(actingRatingSeats(chart, me, rateesOf(chart, me, "2026-10-15"), "2026-10-15").size, 0);
    assert.equal(actingRatingSeats(pltLurah, holder("kasi-pem"), [holder("seklur-kmp")], "2026-01-01").size, 0);
    assert.equal(actingRatingSeats(pltLurah, holder("camat"), [holder("seklur-kmp")], DATE).size, 0);
  });
});
