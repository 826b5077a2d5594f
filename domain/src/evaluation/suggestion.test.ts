import assert from "node:assert/strict";
import { test } from "node:test";
import { averageAchievement, suggestedRating } from "./suggestion";

test("default bands: above 100 di atas, 90 to 100 sesuai, below 90 di bawah", () => {
  assert.equal(suggestedRating(100.1), "di_atas_ekspektasi");
  assert.equal(suggestedRating(100), "sesuai_ekspektasi");
  assert.equal(suggestedRating(90), "sesuai_ekspektasi");
  assert.equal(suggestedRating(89.9), "di_bawah_ekspektasi");
  assert.equal(suggestedRating(null), null);
});

test("an office's bands: 90 and above di atas, 50 and above sesuai", () => {
  const bands = { aboveFrom: 90, aboveInclusive: true, meetsFrom: 50 };
  assert.equal(suggestedRating(90, bands), "di_atas_ekspektasi");
  assert.equal(suggestedRating(50, bands), "sesuai_ekspektasi");
  assert.equal(suggestedRating(49, bands), "di_bawah_ekspektasi");
});

test("average achievement skips lines without a numeric target or realisation", () => {
  assert.equal(
    averageAchievement([
      { target: 10, realisation: 12 },
      { target: 4, realisation: 3 },
      { target: null, realisation: 5 },
      { target: 0, realisation: 5 },
      { target: 8, realisation: null },
    ]),
    97.5,
  );
  assert.equal(averageAchievement([]), null);
});
