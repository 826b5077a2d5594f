import type { Rating } from "./evaluation.enums";

/**
 * A suggested rating hasil kerja from the average percentage of IKI targets achieved. Local practice, not national
 * (REGULATIONS.md §3.1: the rating is the rater's judgement): shown as a suggestion only, the bands configurable.
 * Default after [S65]: above 100% di atas, 90-100% sesuai, below 90% di bawah.
 */
export type SuggestionBands = { aboveFrom: number; aboveInclusive: boolean; meetsFrom: number };

export const DEFAULT_SUGGESTION_BANDS: SuggestionBands = { aboveFrom: 100, aboveInclusive: false, meetsFrom: 90 };

export function suggestedRating(
  percent: number | null,
  bands: SuggestionBands = DEFAULT_SUGGESTION_BANDS,
): Rating | null {
  if (percent === null || !Number.isFinite(percent)) {
    return null;
  }
  const above = bands.aboveInclusive ? percent >= bands.aboveFrom : percent > bands.aboveFrom;
  if (above) {
    return "di_atas_ekspektasi";
  }
  return percent >= bands.meetsFrom ? "sesuai_ekspektasi" : "di_bawah_ekspektasi";
}

/** Average achievement of the numeric IKI (realisation / target x 100); null when none can be computed. */
export function averageAchievement(lines: readonly { target: number | null; realisation: number | null }[]) {
  const shares = lines
    .filter((line) => line.target !== null && line.target > 0 && line.realisation !== null)
    .map((line) => ((line.realisation ?? 0) / (line.target ?? 1)) * 100);
  if (shares.length === 0) {
    return null;
  }
  return Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 10) / 10;
}
