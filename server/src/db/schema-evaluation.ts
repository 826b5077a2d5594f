import type {
  BerakhlakValueCode,
  Capaian,
  DecisionSource,
  EvaluationStatus,
  KeberatanState,
  Predikat,
  Rating,
} from "@simkin/domain";

// Tables of migration 2026_12_07_031_evaluation (issue 12), kept beside schema.ts to keep it short.

/** The capaian kinerja organisasi of a unit for a period, set by the head one level up or recorded from a letter. */
export interface OrgCapaianTable {
  id: string;
  unit_id: string;
  year: number;
  period_code: string;
  capaian: Capaian;
  reason: string;
  source: DecisionSource;
  /** Who decided, when in SIMKIN; null for a decision recorded from a letter. */
  set_by_employee_id: string | null;
  recorded_by: string;
  letter_number: string | null;
  letter_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A unit's distribution for a period, finalised by its head; a broken pattern needs a justification. */
export interface UnitEvaluationTable {
  id: string;
  unit_id: string;
  year: number;
  period_code: string;
  finalised_by: string;
  finalised_at: string;
  justification: string | null;
  /** JSON of the DistributionViolation list at finalisation. */
  violations_json: string;
  /** JSON of the PredikatCounts at finalisation. */
  counts_json: string;
  version: number;
  /** Evaluations still draft at finalisation (migration 035); null before it. */
  draft_count: number | null;
}

/** One evaluation of one SKP for one period; the last period of the year is also the annual one. */
export interface EvaluationTable {
  id: string;
  skp_id: string;
  employee_id: string;
  year: number;
  period_code: string;
  /** The unit whose curve counts this evaluation: the kecamatan, or the employee's kelurahan. */
  unit_id: string;
  status: EvaluationStatus;
  rater_employee_id: string | null;
  atasan_employee_id: string | null;
  /** 1 when the atasan penilai does not use SIMKIN (the Sekda): the pengelola records their keberatan decision. */
  atasan_external: number;
  /** 1 when the employee heads the unit: the rating hasil kerja follows the unit's capaian. */
  head_of_unit: number;
  capaian_id: string | null;
  /** The capaian as it was when used. */
  capaian: Capaian | null;
  rating_hasil_kerja: Rating | null;
  rating_perilaku: Rating | null;
  /** predikatFor(hasil kerja, perilaku), never typed. */
  predikat: Predikat | null;
  /** KUADRAN_RULE_VERSION of the table that produced the predikat. */
  rule_version: string | null;
  catatan: string;
  rekomendasi: string;
  /** JSON snapshot { pegawai, penilai, atasan } as printed (name, nip, pangkat, jabatan, unit) on the day it was set. */
  parties_json: string;
  finalised_at: string | null;
  finalised_by: string | null;
  /** When the final result was delivered to the employee: the keberatan window counts from this day. */
  received_at: string | null;
  acknowledged_at: string | null;
  locked_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EvaluationRhkTable {
  evaluation_id: string;
  rhk_id: string;
  realisation: string;
  feedback: string;
  /** The monthly feedback this summarises, as text at the time it was set. */
  monthly_feedback: string;
}

export interface EvaluationIkiTable {
  evaluation_id: string;
  iki_id: string;
  realisation: string;
}

export interface EvaluationBehaviourTable {
  evaluation_id: string;
  value_code: BerakhlakValueCode;
  feedback: string;
}

export interface SelfAssessmentTable {
  evaluation_id: string;
  rating_hasil_kerja: Rating | null;
  rating_perilaku: Rating | null;
  summary: string;
  submitted_at: string | null;
  version: number;
  updated_at: string;
}

/** Anonymous behaviour input from a colleague: no author column, only a keyed hash that stops duplicates. */
export interface PeerInputTable {
  id: string;
  evaluation_id: string;
  author_key: string;
  value_code: BerakhlakValueCode;
  text: string;
  created_at: string;
}

export interface KeberatanTable {
  id: string;
  evaluation_id: string;
  status: Exclude<KeberatanState, "none">;
  reasons: string;
  filed_at: string;
  explanation: string | null;
  explained_at: string | null;
  explained_by: string | null;
  /** dikabulkan (ratings changed), ditolak (kept). */
  outcome: "dikabulkan" | "ditolak" | null;
  decision: string | null;
  decided_at: string | null;
  decided_by: string | null;
  source: DecisionSource | null;
  recorded_by: string | null;
  letter_number: string | null;
  letter_date: string | null;
  /** JSON { ratingHasilKerja, ratingPerilaku, predikat } before and after the decision. */
  before_json: string | null;
  after_json: string | null;
  version: number;
  updated_at: string;
}

/** A file kept with an evaluation record: a keberatan attachment, a decision letter, a wet-signed scan. */
export interface EvaluationFileTable {
  id: string;
  owner_type: "evaluation" | "keberatan" | "org_capaian" | "unit_evaluation";
  owner_id: string;
  kind: string;
  name: string;
  mime_type: string;
  size: number;
  content_hash: string;
  created_by: string;
  created_at: string;
}

/** The year's evaluation settings; a year without a row uses the defaults of the domain rules. */
export interface EvaluationSettingTable {
  year: number;
  keberatan_days: number;
  /** JSON HeadRatingMapping. */
  head_mapping_json: string;
  /** JSON SuggestionBands. */
  suggestion_json: string;
  /** JSON DistributionRounding. */
  rounding_json: string;
  /** Which SKP gives the annual predikat of an employee with several: the one held longest, or the latest. */
  annual_rule: "longest" | "latest";
  version: number;
  updated_at: string;
}

/** The evaluation tables as part of the Database interface (schema.ts extends it). */
export interface EvaluationDatabase {
  org_capaian: OrgCapaianTable;
  unit_evaluation: UnitEvaluationTable;
  evaluation: EvaluationTable;
  evaluation_rhk: EvaluationRhkTable;
  evaluation_iki: EvaluationIkiTable;
  evaluation_behaviour: EvaluationBehaviourTable;
  self_assessment: SelfAssessmentTable;
  peer_input: PeerInputTable;
  keberatan: KeberatanTable;
  evaluation_file: EvaluationFileTable;
  evaluation_setting: EvaluationSettingTable;
}
