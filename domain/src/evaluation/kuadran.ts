import type { Predikat, Rating } from "./evaluation.enums";

/**
 * The kuadran kinerja (PermenPANRB 6/2022 lampiran; REGULATIONS.md §3.4), rows rating hasil kerja, columns rating
 * perilaku: KUADRAN[hasilKerja][perilaku]. Behaviour below expectation is misconduct whatever the results, unless
 * the results are also below (sangat kurang).
 */
export const KUADRAN: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  di_atas_ekspektasi: {
    di_atas_ekspektasi: "sangat_baik",
    sesuai_ekspektasi: "baik",
    di_bawah_ekspektasi: "kurang",
  },
  sesuai_ekspektasi: {
    di_atas_ekspektasi: "baik",
    sesuai_ekspektasi: "baik",
    di_bawah_ekspektasi: "kurang",
  },
  di_bawah_ekspektasi: {
    di_atas_ekspektasi: "butuh_perbaikan",
    sesuai_ekspektasi: "butuh_perbaikan",
    di_bawah_ekspektasi: "sangat_kurang",
  },
};

/** Stored with every predikat so a later change of the table never rewrites an old result silently. */
export const KUADRAN_RULE_VERSION = "permenpanrb-6-2022";

/** The predikat kinerja pegawai: never typed by hand, always read from the kuadran. */
export function predikatFor(ratingHasilKerja: Rating, ratingPerilaku: Rating): Predikat {
  return KUADRAN[ratingHasilKerja][ratingPerilaku];
}
