import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_HEAD_RATING, headRatingHasilKerja } from "./unit-head";

const cells = [
  ["istimewa", "di_atas_ekspektasi"],
  ["baik", "sesuai_ekspektasi"],
  ["butuh_perbaikan", "di_bawah_ekspektasi"],
  ["kurang", "di_bawah_ekspektasi"],
  ["sangat_kurang", "di_bawah_ekspektasi"],
] as const;

for (const [capaian, rating] of cells) {
  test(`a unit head's rating hasil kerja follows the unit: ${capaian} gives ${rating}`, () => {
    assert.equal(headRatingHasilKerja(capaian), rating);
  });
}

test("an office's own mapping replaces the default", () => {
  const mapping = { ...DEFAULT_HEAD_RATING, butuh_perbaikan: "sesuai_ekspektasi" } as const;
  assert.equal(headRatingHasilKerja("butuh_perbaikan", mapping), "sesuai_ekspektasi");
  assert.equal(headRatingHasilKerja("kurang", mapping), "di_bawah_ekspektasi");
});
