import { z } from "zod";

/**
 * How an IKI's monthly realisations add up to its progress so far (issue 9 rule 11): `sum` for counts (documents
 * served), `latest` for a stock reported as its position to date (PBB-P2 collected so far, % of the year's target),
 * `average` for rates measured afresh each month (% of requests done on time, an index).
 */
export const accumulationSchema = z.enum(["sum", "latest", "average"], { message: "Cara akumulasi tidak dikenal" });
export type Accumulation = z.infer<typeof accumulationSchema>;

/**
 * The default by satuan when the IKI does not declare one (docs/decisions/0011-iki-accumulation-defaults.md):
 * percentages, indices and scores are rates, durations are averaged; every other satuan is a count. A stock
 * percentage such as "Persentase realisasi PBB-P2" must be declared `latest` on its IKI.
 */
const defaultsBySatuan: Readonly<Record<string, Accumulation>> = {
  persen: "average",
  "%": "average",
  persentase: "average",
  prosentase: "average",
  nilai: "average",
  "nilai indeks": "average",
  indeks: "average",
  skor: "average",
  poin: "average",
  hari: "average",
  "hari kerja": "average",
  jam: "average",
  menit: "average",
};

/** Case and spacing do not matter: "Nilai  Indeks" is "nilai indeks". */
function normalised(unit: string): string {
  return unit.trim().replace(/\s+/g, " ").toLowerCase();
}

export function defaultAccumulationFor(unit: string | null): Accumulation {
  return (unit !== null && defaultsBySatuan[normalised(unit)]) || "sum";
}

/** What the IKI declared, or the default for its satuan. */
export function accumulationFor(iki: { accumulation: Accumulation | null; unit: string | null }): Accumulation {
  return iki.accumulation ?? defaultAccumulationFor(iki.unit);
}
