import { z } from "zod";

/**
 * Golongan/ruang PNS and their pangkat (PP 99/2000 jo. PP 12/2002; REGULATIONS.md §7.4),
 * and golongan PPPK I-XVII (Perpres 98/2020, [UNCONFIRMED]; PPPK have no pangkat).
 */
export const golonganPnsValues = [
  "I/a",
  "I/b",
  "I/c",
  "I/d",
  "II/a",
  "II/b",
  "II/c",
  "II/d",
  "III/a",
  "III/b",
  "III/c",
  "III/d",
  "IV/a",
  "IV/b",
  "IV/c",
  "IV/d",
  "IV/e",
] as const;
export type GolonganPns = (typeof golonganPnsValues)[number];

export const pangkatByGolongan: Record<GolonganPns, string> = {
  "I/a": "Juru Muda",
  "I/b": "Juru Muda Tingkat I",
  "I/c": "Juru",
  "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda",
  "II/b": "Pengatur Muda Tingkat I",
  "II/c": "Pengatur",
  "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda",
  "III/b": "Penata Muda Tingkat I",
  "III/c": "Penata",
  "III/d": "Penata Tingkat I",
  "IV/a": "Pembina",
  "IV/b": "Pembina Tingkat I",
  "IV/c": "Pembina Utama Muda",
  "IV/d": "Pembina Utama Madya",
  "IV/e": "Pembina Utama",
};

export const golonganPppkValues = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
] as const;
export type GolonganPppk = (typeof golonganPppkValues)[number];

export const employmentStatusSchema = z.enum(["pns", "pppk"]);
export type EmploymentStatus = z.infer<typeof employmentStatusSchema>;

export const golonganSchema = z.enum([...golonganPnsValues, ...golonganPppkValues], {
  message: "Golongan tidak dikenal",
});

export function isGolonganFor(status: EmploymentStatus, golongan: string): boolean {
  return status === "pns"
    ? (golonganPnsValues as readonly string[]).includes(golongan)
    : (golonganPppkValues as readonly string[]).includes(golongan);
}

/** "Penata Muda Tingkat I" for III/b; null for a PPPK golongan, which has no pangkat. */
export function pangkatFor(golongan: string): string | null {
  return Object.hasOwn(pangkatByGolongan, golongan) ? pangkatByGolongan[golongan as GolonganPns] : null;
}

/** The label printed on official forms: "Penata Muda Tingkat I (III/b)" or "Golongan IX" for a PPPK. */
export function pangkatLabel(golongan: string): string {
  const pangkat = pangkatFor(golongan);
  return pangkat ? `${pangkat} (${golongan})` : `Golongan ${golongan}`;
}
