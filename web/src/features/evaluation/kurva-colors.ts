import type { Capaian, Predikat } from "@simkin/domain";

/** One colour per level, the same on the list, the chart and the rules (green good, red poor). */
export const capaianColor: Record<Capaian, string> = {
  istimewa: "teal",
  baik: "blue",
  butuh_perbaikan: "yellow",
  kurang: "orange",
  sangat_kurang: "red",
};

export const predikatColor: Record<Predikat, string> = {
  sangat_baik: "teal",
  baik: "blue",
  butuh_perbaikan: "yellow",
  kurang: "orange",
  sangat_kurang: "red",
};
