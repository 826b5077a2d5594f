import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type AkYearResult, akLedger } from "./ak-ledger";
import { AK_JENJANG } from "./angka-kredit";
import type { Predikat } from "./evaluation.enums";
import { jenjangSpans } from "./rank-history";

const results =
  (byYear: Record<number, Predikat | null>) =>
  (year: number): AkYearResult => ({ predikat: byYear[year] ?? null, skpCount: 1, annualRule: "longest" });

describe("akLedger", () => {
  const spans = jenjangSpans([
    { kind: "jenjang", value: "ahli_pertama", tmt: "2024-01-01" },
    { kind: "jenjang", value: "ahli_muda", tmt: "2026-04-01" },
  ]);

  it("adds each year's AK to the dasar, splitting a promotion year by months", () => {
    const years = akLedger({
      fromYear: 2024,
      toYear: 2026,
      spans,
      dasar: 10,
      resultOf: results({ 2024: "baik", 2025: "sangat_baik", 2026: "baik" }),
      master: AK_JENJANG,
    });
    assert.deepEqual(
      years.map((y) => [y.year, y.ak, y.total]),
      [
        [2024, 12.5, 22.5],
        [2025, 18.75, 41.25],
        // 3/12 x 12.5 + 9/12 x 25 = 3.125 + 18.75
        [2026, 21.875, 63.125],
      ],
    );
    assert.deepEqual(years[2]?.parts, [
      { jenjang: "ahli_pertama", months: 3, coefficient: 12.5, ak: 3.125 },
      { jenjang: "ahli_muda", months: 9, coefficient: 25, ak: 18.75 },
    ]);
  });

  it("leaves a year without its annual predikat pending and the total unchanged", () => {
    const years = akLedger({
      fromYear: 2025,
      toYear: 2026,
      spans,
      dasar: 0,
      resultOf: results({ 2025: "butuh_perbaikan" }),
      master: AK_JENJANG,
    });
    assert.deepEqual(
      years.map((y) => [y.ak, y.total]),
      [
        [9.375, 9.375],
        [null, 9.375],
      ],
    );
    assert.equal(years[1]?.parts[0]?.ak, null);
  });

  it("uses the office's coefficients and gives 0 for a year before the jenjang", () => {
    const master = { ...AK_JENJANG, ahli_pertama: { coefficient: 10, forPangkat: 50, forJenjang: 100 } };
    const years = akLedger({
      fromYear: 2023,
      toYear: 2024,
      spans,
      dasar: 0,
      resultOf: results({ 2023: "baik", 2024: "kurang" }),
      master,
    });
    assert.deepEqual(
      years.map((y) => [y.ak, y.total]),
      [
        [0, 0],
        [5, 5],
      ],
    );
  });
});
