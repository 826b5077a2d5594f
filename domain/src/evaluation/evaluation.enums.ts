import { z } from "zod";

/** Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022; REGULATIONS.md §3.1, §3.3, §5). */
export const ratingValues = ["di_atas_ekspektasi", "sesuai_ekspektasi", "di_bawah_ekspektasi"] as const;
export const ratingSchema = z.enum(ratingValues, { message: "Rating tidak dikenal" });
export type Rating = z.infer<typeof ratingSchema>;

/**
 * Predikat kinerja pegawai (REGULATIONS.md §3.4, §5). `kurang` is the regulation's "Kurang/Misconduct". Ordered from
 * best to worst; the kurva prints them worst first.
 */
export const predikatValues = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export const predikatSchema = z.enum(predikatValues, { message: "Predikat tidak dikenal" });
export type Predikat = z.infer<typeof predikatSchema>;

/** Capaian (predikat) kinerja organisasi (SE MenPANRB 3/2023; REGULATIONS.md §2.4 step 1, §3.5). */
export const capaianValues = ["istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export const capaianSchema = z.enum(capaianValues, { message: "Capaian kinerja organisasi tidak dikenal" });
export type Capaian = z.infer<typeof capaianSchema>;

/**
 * An evaluation's life: the rater drafts it, finalises it (ditetapkan: delivered to the employee, the keberatan window
 * opens), the employee acknowledges it (diterima), and it locks when the window closes or a keberatan is decided.
 */
export const evaluationStatusValues = ["draft", "ditetapkan", "diterima", "locked"] as const;
export const evaluationStatusSchema = z.enum(evaluationStatusValues, { message: "Status evaluasi tidak dikenal" });
export type EvaluationStatus = z.infer<typeof evaluationStatusSchema>;

/** Where a decision came from: made in SIMKIN, or recorded by the pengelola kinerja from an official letter. */
export const decisionSourceSchema = z.enum(["internal", "external"]);
export type DecisionSource = z.infer<typeof decisionSourceSchema>;

/** Labels as the official forms print them (REGULATIONS.md §3.4, §6.4). */
export const ratingLabels: Readonly<Record<Rating, string>> = {
  di_atas_ekspektasi: "Di Atas Ekspektasi",
  sesuai_ekspektasi: "Sesuai Ekspektasi",
  di_bawah_ekspektasi: "Di Bawah Ekspektasi",
};

export const predikatLabels: Readonly<Record<Predikat, string>> = {
  sangat_baik: "Sangat Baik",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang: "Kurang/Misconduct",
  sangat_kurang: "Sangat Kurang",
};

export const capaianLabels: Readonly<Record<Capaian, string>> = {
  istimewa: "Istimewa",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang: "Kurang",
  sangat_kurang: "Sangat Kurang",
};
