import {
  cadenceSchema,
  evaluationPeriods,
  type Predikat,
  predikatLabels,
  type Rating,
  ratingLabels,
} from "@simkin/domain";

/** The period's official name ("Triwulan I") for its code, whatever the year's cadence; the code when unknown. */
export function periodName(code: string, year: number): string {
  for (const cadence of cadenceSchema.options) {
    const found = evaluationPeriods(year, cadence).find((p) => p.code === code);
    if (found) {
      return `${found.label} ${year}`;
    }
  }
  return `${code} ${year}`;
}

/** Ratings and predikat keep their official Indonesian names in both languages (as the printed forms do). */
export const ratingName = (rating: Rating | null) => (rating ? ratingLabels[rating] : "–");
export const predikatName = (predikat: Predikat | null) => (predikat ? predikatLabels[predikat] : "–");
