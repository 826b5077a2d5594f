import type { Capaian, Rating } from "./evaluation.enums";

/**
 * For the head of a unit (the Camat for the kecamatan, a Lurah for the kelurahan) the unit's capaian kinerja becomes
 * the rating hasil kerja (SE MenPANRB 3/2023; REGULATIONS.md §2.4 step 3, §3.1). The mapping itself is UNCONFIRMED:
 * this default is configurable per office.
 */
export type HeadRatingMapping = Readonly<Record<Capaian, Rating>>;

export const DEFAULT_HEAD_RATING: HeadRatingMapping = {
  istimewa: "di_atas_ekspektasi",
  baik: "sesuai_ekspektasi",
  butuh_perbaikan: "di_bawah_ekspektasi",
  kurang: "di_bawah_ekspektasi",
  sangat_kurang: "di_bawah_ekspektasi",
};

export function headRatingHasilKerja(capaian: Capaian, mapping: HeadRatingMapping = DEFAULT_HEAD_RATING): Rating {
  return mapping[capaian];
}
