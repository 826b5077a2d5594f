import assert from "node:assert/strict";
import { test } from "node:test";
import { KUADRAN_RULE_VERSION, predikatFor } from "./kuadran";

// REGULATIONS.md §3.4, cell by cell.
const cells = [
  ["di_atas_ekspektasi", "di_atas_ekspektasi", "sangat_baik"],
  ["di_atas_ekspektasi", "sesuai_ekspektasi", "baik"],
  ["di_atas_ekspektasi", "di_bawah_ekspektasi", "kurang"],
  ["sesuai_ekspektasi", "di_atas_ekspektasi", "baik"],
  ["sesuai_ekspektasi", "sesuai_ekspektasi", "baik"],
  ["sesuai_ekspektasi", "di_bawah_ekspektasi", "kurang"],
  ["di_bawah_ekspektasi", "di_atas_ekspektasi", "butuh_perbaikan"],
  ["di_bawah_ekspektasi", "sesuai_ekspektasi", "butuh_perbaikan"],
  ["di_bawah_ekspektasi", "di_bawah_ekspektasi", "sangat_kurang"],
] as const;

for (const [hasilKerja, perilaku, predikat] of cells) {
  test(`kuadran: hasil kerja ${hasilKerja} and perilaku ${perilaku} give ${predikat}`, () => {
    assert.equal(predikatFor(hasilKerja, perilaku), predikat);
  });
}

test("the rule table carries a version stored with each predikat", () => {
  assert.equal(KUADRAN_RULE_VERSION, "permenpanrb-6-2022");
});
