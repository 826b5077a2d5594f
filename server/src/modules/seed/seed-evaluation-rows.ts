import { berakhlakValueCodes, type EvaluationPeriod, type Rating } from "@simkin/domain";
import type { Insertable } from "kysely";
import type {
  EvaluationBehaviourTable,
  EvaluationIkiTable,
  EvaluationRhkTable,
  SelfAssessmentTable,
} from "../../db/schema-evaluation";
import type { Random } from "./people";
import { ikiRealisation, type MonthlyWords, monthlyFeedbackText, type SeedEvalSkp } from "./seed-evaluation-context";
import { behaviourFeedbackFor, rhkFeedbackFor, selfSummaries } from "./seed-evaluation-text";

/** The rows an evaluation carries besides itself, gathered for batch inserts. */
export type DetailRows = {
  evaluation_rhk: Insertable<EvaluationRhkTable>[];
  evaluation_iki: Insertable<EvaluationIkiTable>[];
  evaluation_behaviour: Insertable<EvaluationBehaviourTable>[];
  self_assessment: Insertable<SelfAssessmentTable>[];
};

export function emptyDetails(): DetailRows {
  return { evaluation_rhk: [], evaluation_iki: [], evaluation_behaviour: [], self_assessment: [] };
}

const monthOf = (date: string) => Number(date.slice(5, 7));

/**
 * Per RHK the realisation so far from the monthly reports with the rater's umpan balik and the monthly feedback it
 * sums up; per IKI its realisation; per BerAKHLAK value the rater's feedback. A rater who has not rated yet has
 * written no feedback (the realisation is there from the reports); one half way has done the hasil kerja only.
 */
export function addDetails(
  rows: DetailRows,
  r: Random,
  input: {
    evaluationId: string;
    skp: SeedEvalSkp;
    words: MonthlyWords | undefined;
    period: EvaluationPeriod;
    hasilKerja: Rating | null;
    perilaku: Rating | null;
  },
) {
  const { evaluationId, skp, words, period } = input;
  const first = Math.max(monthOf(period.start), monthOf(skp.periodStart));
  const last = Math.min(monthOf(period.end), monthOf(skp.periodEnd));
  for (const rhk of skp.rhk) {
    const lines = rhk.ikis.map((iki) => {
      const value = ikiRealisation(iki, words?.values.get(iki.id), last);
      rows.evaluation_iki.push({ evaluation_id: evaluationId, iki_id: iki.id, realisation: value.text });
      return value.summary;
    });
    rows.evaluation_rhk.push({
      evaluation_id: evaluationId,
      rhk_id: rhk.id,
      realisation: lines.join("\n"),
      feedback: input.hasilKerja ? rhkFeedbackFor(r, input.hasilKerja, period.label) : "",
      monthly_feedback: monthlyFeedbackText(words?.feedback.get(rhk.id), first, last),
    });
  }
  if (input.perilaku) {
    for (const { value, feedback } of behaviourFeedbackFor(r, input.perilaku, berakhlakValueCodes)) {
      rows.evaluation_behaviour.push({ evaluation_id: evaluationId, value_code: value, feedback });
    }
  }
}

/** Some employees fill the penilaian diri before their rater (issue 12); most think a notch above their rater. */
export function maybeSelfAssessment(
  rows: DetailRows,
  r: Random,
  input: { evaluationId: string; at: string; rated: { hasilKerja: Rating; perilaku: Rating } | null },
) {
  if (r.next() >= 0.3) {
    return;
  }
  const up = (rating: Rating): Rating => (rating === "di_bawah_ekspektasi" ? "sesuai_ekspektasi" : rating);
  const own = input.rated ?? { hasilKerja: "sesuai_ekspektasi", perilaku: "sesuai_ekspektasi" };
  rows.self_assessment.push({
    evaluation_id: input.evaluationId,
    rating_hasil_kerja: r.next() < 0.6 ? up(own.hasilKerja) : "di_atas_ekspektasi",
    rating_perilaku: up(own.perilaku),
    summary: r.pick(selfSummaries),
    submitted_at: input.at,
    version: 1,
    updated_at: input.at,
  });
}
