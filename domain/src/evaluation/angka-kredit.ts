import { z } from "zod";
import { RuleViolation } from "../rule-violation";
import type { Predikat } from "./evaluation.enums";

/** Jenjang jabatan fungsional that earn angka kredit (PermenPANRB 1/2023; REGULATIONS.md §4.1). */
export const akJenjangValues = [
  "pemula",
  "terampil",
  "mahir",
  "penyelia",
  "ahli_pertama",
  "ahli_muda",
  "ahli_madya",
  "ahli_utama",
] as const;
export const akJenjangSchema = z.enum(akJenjangValues, { message: "Jenjang fungsional tidak dikenal" });
export type AkJenjang = z.infer<typeof akJenjangSchema>;

/** Persentase angka kredit per predikat (Peraturan BKN 3/2023; REGULATIONS.md §4.1, §5 PERSEN_AK). */
export const AK_PERCENT: Readonly<Record<Predikat, number>> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

/** Annual capaian is capped at 150% of the jenjang's annual coefficient (Peraturan BKN 11/2022 Pasal 30(2)). */
export const AK_CAP_PERCENT = 150;

/**
 * Per jenjang: koefisien tahunan and the angka kredit needed for the next pangkat and the next jenjang (REGULATIONS.md
 * §4.1). Master data: an office may correct it. Pemula's 3.75 is UNCONFIRMED; Terampil's 60 for the next jenjang
 * conflicts with another source's 40; null where there is no next jenjang.
 */
export type AkJenjangRow = { coefficient: number; forPangkat: number; forJenjang: number | null };
export const AK_JENJANG: Readonly<Record<AkJenjang, AkJenjangRow>> = {
  pemula: { coefficient: 3.75, forPangkat: 15, forJenjang: 15 },
  terampil: { coefficient: 5, forPangkat: 20, forJenjang: 60 },
  mahir: { coefficient: 12.5, forPangkat: 50, forJenjang: 100 },
  penyelia: { coefficient: 25, forPangkat: 100, forJenjang: null },
  ahli_pertama: { coefficient: 12.5, forPangkat: 50, forJenjang: 100 },
  ahli_muda: { coefficient: 25, forPangkat: 100, forJenjang: 200 },
  ahli_madya: { coefficient: 37.5, forPangkat: 150, forJenjang: 450 },
  ahli_utama: { coefficient: 50, forPangkat: 200, forJenjang: null },
};

export type AngkaKreditInput = {
  jenjang: AkJenjang;
  predikat: Predikat;
  /** Months in the jenjang during the year, from the placement history: 0 to 12. */
  months: number;
  /** The office's coefficient when it differs from AK_JENJANG. */
  coefficient?: number;
};

/** Three decimals, as the PAK prints angka kredit (e.g. 0,078 for a month of Pemula at Sangat Kurang). */
function roundAk(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * AK = months/12 x persentase(predikat) x koefisien tahunan, at most 150% of the coefficient
 * (REGULATIONS.md §4.1, §9.7).
 */
export function angkaKredit({ jenjang, predikat, months, coefficient }: AngkaKreditInput): number {
  if (!Number.isFinite(months) || months < 0 || months > 12) {
    throw new RuleViolation("ak_months_invalid", "Jumlah bulan harus antara 0 dan 12", { months }, "months");
  }
  const annual = coefficient ?? AK_JENJANG[jenjang].coefficient;
  const earned = (months / 12) * (AK_PERCENT[predikat] / 100) * annual;
  return roundAk(Math.min(earned, (AK_CAP_PERCENT / 100) * annual));
}

/**
 * A year's angka kredit from several parts (an employee who changed jenjang or SKP during the year): each part by its
 * months, the sum capped at 150% of the coefficient of the jenjang held longest.
 */
export function annualAngkaKredit(parts: readonly AngkaKreditInput[]): number {
  if (parts.length === 0) {
    return 0;
  }
  const months = parts.reduce((sum, part) => sum + part.months, 0);
  if (months > 12) {
    throw new RuleViolation("ak_months_invalid", "Jumlah bulan dalam setahun melebihi 12", { months }, "months");
  }
  const longest = parts.reduce((a, b) => (b.months > a.months ? b : a));
  const cap = (AK_CAP_PERCENT / 100) * (longest.coefficient ?? AK_JENJANG[longest.jenjang].coefficient);
  return roundAk(
    Math.min(
      cap,
      parts.reduce((sum, part) => sum + angkaKredit(part), 0),
    ),
  );
}

/** What remains to reach the next pangkat and the next jenjang from a running total. */
export function angkaKreditNeeds(jenjang: AkJenjang, total: number, row: AkJenjangRow = AK_JENJANG[jenjang]) {
  return {
    forPangkat: { needed: row.forPangkat, remaining: roundAk(Math.max(0, row.forPangkat - total)) },
    forJenjang:
      row.forJenjang === null
        ? null
        : { needed: row.forJenjang, remaining: roundAk(Math.max(0, row.forJenjang - total)) },
  };
}
