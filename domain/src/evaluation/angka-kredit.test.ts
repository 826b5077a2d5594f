import assert from "node:assert/strict";
import { test } from "node:test";
import { RuleViolation } from "../rule-violation";
import {
  AK_JENJANG,
  type AkJenjang,
  akJenjangValues,
  angkaKredit,
  angkaKreditNeeds,
  annualAngkaKredit,
} from "./angka-kredit";
import { type Predikat, predikatValues } from "./evaluation.enums";

// REGULATIONS.md §4.1: coefficient per jenjang x percentage per predikat, a whole year.
const coefficients: Record<AkJenjang, number> = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
};
const percent: Record<Predikat, number> = {
  sangat_baik: 1.5,
  baik: 1,
  butuh_perbaikan: 0.75,
  kurang: 0.5,
  sangat_kurang: 0.25,
};

for (const jenjang of akJenjangValues) {
  for (const predikat of predikatValues) {
    test(`angka kredit: ${jenjang}, ${predikat}, 12 months`, () => {
      const expected = Math.round(coefficients[jenjang] * percent[predikat] * 1000) / 1000;
      assert.equal(angkaKredit({ jenjang, predikat, months: 12 }), expected);
    });
  }
}

test("worked examples from the sources: Ahli Muda Sangat Baik 37.5, Ahli Pertama maximum 18.75", () => {
  assert.equal(angkaKredit({ jenjang: "ahli_muda", predikat: "sangat_baik", months: 12 }), 37.5);
  assert.equal(angkaKredit({ jenjang: "ahli_pertama", predikat: "sangat_baik", months: 12 }), 18.75);
});

test("part of a year is pro-rated by months and rounded to three decimals", () => {
  assert.equal(angkaKredit({ jenjang: "ahli_pertama", predikat: "baik", months: 6 }), 6.25);
  assert.equal(angkaKredit({ jenjang: "terampil", predikat: "butuh_perbaikan", months: 5 }), 1.563);
  assert.equal(angkaKredit({ jenjang: "pemula", predikat: "sangat_kurang", months: 1 }), 0.078);
  assert.equal(angkaKredit({ jenjang: "ahli_madya", predikat: "baik", months: 0 }), 0);
});

test("an office's coefficient replaces the table's", () => {
  assert.equal(angkaKredit({ jenjang: "terampil", predikat: "baik", months: 12, coefficient: 6 }), 6);
});

test("months outside 0-12 are refused", () => {
  assert.throws(() => angkaKredit({ jenjang: "mahir", predikat: "baik", months: 13 }), RuleViolation);
  assert.throws(() => angkaKredit({ jenjang: "mahir", predikat: "baik", months: -1 }), RuleViolation);
});

test("the year's sum is capped at 150% of the coefficient of the jenjang held longest", () => {
  // 7 months Ahli Muda Sangat Baik (21.875) + 5 months Ahli Madya Sangat Baik (23.438) = 45.313 > 37.5.
  const year = annualAngkaKredit([
    { jenjang: "ahli_muda", predikat: "sangat_baik", months: 7 },
    { jenjang: "ahli_madya", predikat: "sangat_baik", months: 5 },
  ]);
  assert.equal(year, 37.5);
  const below = annualAngkaKredit([
    { jenjang: "ahli_pertama", predikat: "baik", months: 4 },
    { jenjang: "ahli_pertama", predikat: "butuh_perbaikan", months: 8 },
  ]);
  assert.equal(below, 10.417);
  assert.equal(annualAngkaKredit([]), 0);
  assert.throws(
    () =>
      annualAngkaKredit([
        { jenjang: "mahir", predikat: "baik", months: 8 },
        { jenjang: "mahir", predikat: "baik", months: 8 },
      ]),
    RuleViolation,
  );
});

test("needs for the next pangkat and jenjang from a running total", () => {
  assert.deepEqual(angkaKreditNeeds("ahli_pertama", 37.5), {
    forPangkat: { needed: 50, remaining: 12.5 },
    forJenjang: { needed: 100, remaining: 62.5 },
  });
  assert.deepEqual(angkaKreditNeeds("ahli_utama", 250), {
    forPangkat: { needed: 200, remaining: 0 },
    forJenjang: null,
  });
  assert.equal(AK_JENJANG.penyelia.forJenjang, null);
});
