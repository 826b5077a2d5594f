import { z } from "zod";
import { isoDateSchema, text } from "../http/common";
import { RuleViolation } from "../rule-violation";
import { berakhlakValueCodes } from "./berakhlak";

/** The first day the SE MenPANRB 20/2021 wording is in force: the first performance year under PermenPANRB 6/2022. */
export const BERAKHLAK_SE_20_2021_FROM = "2022-01-01";

const valueCodeSchema = z.enum(berakhlakValueCodes, { message: "Nilai BerAKHLAK tidak dikenal" });

export const berakhlakVersionSchema = z.object({
  version: z.string(),
  title: z.string(),
  effectiveFrom: z.string(),
  values: z.array(z.object({ code: valueCodeSchema, name: z.string(), indicators: z.array(z.string()) })),
});
export type BerakhlakVersion = z.infer<typeof berakhlakVersionSchema>;

const indicator = text("Panduan perilaku", 500);

/**
 * A new master version of the BerAKHLAK texts (REGULATIONS.md §3.2: "store the indicator text as versioned master
 * data ... and print the form version the instansi uses"): all 7 core values, each with exactly its 3 panduan
 * perilaku, and the date from which new SKPs take it.
 */
export const createBerakhlakVersionSchema = z
  .strictObject({
    version: text("Kode versi", 30).regex(/^[A-Z0-9-]+$/, "Kode versi hanya huruf besar, angka dan tanda -"),
    title: text("Dasar/judul versi", 200),
    effectiveFrom: isoDateSchema,
    values: z.array(
      z.strictObject({
        code: valueCodeSchema,
        name: text("Nama nilai", 100),
        indicators: z.array(indicator).length(3, "Setiap nilai harus memiliki tepat 3 panduan perilaku"),
      }),
    ),
  })
  .superRefine((input, ctx) => {
    berakhlakValueCodes.forEach((code, i) => {
      const found = input.values.filter((v) => v.code === code).length;
      if (found !== 1) {
        ctx.addIssue({
          code: "custom",
          path: ["values", i],
          message:
            found === 0
              ? `Nilai ${code} belum diisi: versi harus memuat ketujuh nilai BerAKHLAK`
              : `Nilai ${code} diisi lebih dari sekali`,
        });
      }
    });
  });
export type CreateBerakhlakVersion = z.infer<typeof createBerakhlakVersionSchema>;

type Dated = { version: string; effectiveFrom: string };

/**
 * The version a new SKP takes: the one in force on the SKP's first day, i.e. the latest that starts on or before it.
 * A version is in force from its date until the next one starts; before the first version, the first one applies.
 */
export function berakhlakVersionFor(versions: readonly Dated[], date: string): string | null {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const inForce = sorted.filter((v) => v.effectiveFrom <= date).at(-1) ?? sorted[0];
  return inForce?.version ?? null;
}

/** Two versions may not claim the same days: with open-ended versions that means no two start on the same date. */
export function assertNoVersionOverlap(versions: readonly Dated[], candidate: Dated): void {
  const clash = versions.find((v) => v.effectiveFrom === candidate.effectiveFrom);
  if (clash) {
    throw new RuleViolation(
      "berakhlak_version_overlap",
      `Versi ${clash.version} sudah berlaku mulai ${clash.effectiveFrom}; pilih tanggal berlaku lain`,
      { version: clash.version, effectiveFrom: clash.effectiveFrom },
      "effectiveFrom",
    );
  }
}
