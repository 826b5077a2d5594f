import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RuleViolation } from "../rule-violation";
import {
  assertRatingsComplete,
  evaluationMonths,
  evaluationRaterDate,
  overlaps,
  PEER_MIN_CONTRIBUTORS,
  peerInputVisible,
  targetShareDue,
} from "./evaluation.rules";

const year = { start: "2026-01-01", end: "2026-12-31" };
const tw1 = { start: "2026-01-01", end: "2026-03-31" };
const tw3 = { start: "2026-07-01", end: "2026-09-30" };
const at = (iso: string) => new Date(iso);

describe("overlaps", () => {
  it("is true when the SKP and the period share a day, false otherwise", () => {
    assert.equal(overlaps(year, tw1), true);
    assert.equal(overlaps({ start: "2026-03-31", end: "2026-12-31" }, tw1), true);
    assert.equal(overlaps({ start: "2026-04-01", end: "2026-12-31" }, tw1), false);
    assert.equal(overlaps({ start: "2026-01-01", end: "2026-06-30" }, tw3), false);
  });
});

describe("evaluationRaterDate", () => {
  it("takes today while the period runs", () => {
    assert.equal(evaluationRaterDate(tw1, year, at("2026-03-16T03:00:00Z")), "2026-03-16");
  });
  it("takes the period's end once it is over (today is later)", () => {
    assert.equal(evaluationRaterDate(tw1, year, at("2026-11-16T03:00:00Z")), "2026-03-31");
  });
  it("takes the period's start before it begins", () => {
    assert.equal(evaluationRaterDate(tw3, year, at("2026-03-16T03:00:00Z")), "2026-07-01");
  });
  it("keeps within the SKP: a seat left in May is rated as of its last day", () => {
    const moved = { start: "2026-01-01", end: "2026-05-15" };
    assert.equal(
      evaluationRaterDate({ start: "2026-04-01", end: "2026-06-30" }, moved, at("2026-11-01T00:00:00Z")),
      "2026-05-15",
    );
  });
  it("reads today in WIB (17:00 UTC is already the next day)", () => {
    assert.equal(evaluationRaterDate(tw1, year, at("2026-03-16T17:00:00Z")), "2026-03-17");
  });
});

describe("evaluationMonths", () => {
  it("lists the period's months the SKP covers", () => {
    assert.deepEqual(evaluationMonths(tw1, year), [1, 2, 3]);
    assert.deepEqual(evaluationMonths(tw3, { start: "2026-08-10", end: "2026-12-31" }), [8, 9]);
    assert.deepEqual(evaluationMonths(tw3, { start: "2026-01-01", end: "2026-06-30" }), []);
  });
});

describe("targetShareDue", () => {
  it("prorates a count by the months so far", () => {
    assert.equal(targetShareDue("sum", 3, 12), 0.25);
    assert.equal(targetShareDue("sum", 12, 12), 1);
    assert.equal(targetShareDue("sum", 3, 6), 0.5);
  });
  it("compares stocks and rates with the whole target", () => {
    assert.equal(targetShareDue("latest", 3, 12), 1);
    assert.equal(targetShareDue("average", 3, 12), 1);
  });
  it("never exceeds the whole target nor divides by nothing", () => {
    assert.equal(targetShareDue("sum", 14, 12), 1);
    assert.equal(targetShareDue("sum", 3, 0), 1);
  });
});

describe("peer input visibility", () => {
  it("shows nothing below three contributors", () => {
    assert.equal(PEER_MIN_CONTRIBUTORS, 3);
    assert.deepEqual([0, 1, 2, 3, 7].map(peerInputVisible), [false, false, false, true, true]);
  });
});

describe("assertRatingsComplete", () => {
  it("passes with both ratings", () => {
    assertRatingsComplete({ hasilKerja: "sesuai_ekspektasi", perilaku: "di_atas_ekspektasi" });
  });
  it("refuses either missing, naming the field", () => {
    for (const [ratings, field] of [
      [{ hasilKerja: null, perilaku: "sesuai_ekspektasi" }, "ratingHasilKerja"],
      [{ hasilKerja: "sesuai_ekspektasi", perilaku: null }, "ratingPerilaku"],
    ] as const) {
      assert.throws(
        () => assertRatingsComplete(ratings),
        (e: unknown) => e instanceof RuleViolation && e.code === "evaluation_incomplete" && e.field === field,
      );
    }
  });
});
