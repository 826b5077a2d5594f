import type { ScalePlan } from "./scale-plan";

const account = { ref: "user_account" } as const;
const employee = { ref: "employee" } as const;
const evaluation = { ref: "evaluation" } as const;
const unit = { ref: "org_unit" } as const;

/** The evaluation tables (issue 12): cloned with the office, the seeded year only, like the SKPs they evaluate. */
export const evaluationPlan: Pick<
  ScalePlan,
  | "org_capaian"
  | "unit_evaluation"
  | "evaluation"
  | "evaluation_rhk"
  | "evaluation_iki"
  | "evaluation_behaviour"
  | "self_assessment"
  | "peer_input"
  | "keberatan"
  | "evaluation_file"
  | "evaluation_setting"
> = {
  org_capaian: {
    kind: "office",
    owner: { column: "unit_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      unit_id: unit,
      year: "copy",
      period_code: "copy",
      capaian: "copy",
      reason: "copy",
      source: "copy",
      set_by_employee_id: employee,
      recorded_by: account,
      letter_number: "copy",
      letter_date: "copy",
      version: "copy",
      created_at: "copy",
      updated_at: "copy",
    },
  },
  unit_evaluation: {
    kind: "office",
    owner: { column: "unit_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      unit_id: unit,
      year: "copy",
      period_code: "copy",
      finalised_by: employee,
      finalised_at: "copy",
      justification: "copy",
      violations_json: "copy",
      counts_json: "copy",
      version: "copy",
      draft_count: "copy",
    },
  },
  evaluation: {
    kind: "office",
    owner: { column: "employee_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      skp_id: { ref: "skp" },
      employee_id: employee,
      year: "copy",
      period_code: "copy",
      unit_id: unit,
      status: "copy",
      rater_employee_id: employee,
      atasan_employee_id: employee,
      atasan_external: "copy",
      head_of_unit: "copy",
      capaian_id: { ref: "org_capaian" },
      capaian: "copy",
      rating_hasil_kerja: "copy",
      rating_perilaku: "copy",
      predikat: "copy",
      rule_version: "copy",
      catatan: "copy",
      rekomendasi: "copy",
      // Printed names and NIPs of the three parties; a copy keeps the original office's print, as SKP snapshots do.
      parties_json: "copy",
      finalised_at: "copy",
      finalised_by: employee,
      received_at: "copy",
      acknowledged_at: "copy",
      locked_at: "copy",
      version: "copy",
      created_at: "copy",
      updated_at: "copy",
    },
  },
  evaluation_rhk: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: {
      evaluation_id: evaluation,
      rhk_id: { ref: "skp_rhk" },
      realisation: "copy",
      feedback: "copy",
      monthly_feedback: "copy",
    },
  },
  evaluation_iki: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: { evaluation_id: evaluation, iki_id: { ref: "skp_iki" }, realisation: "copy" },
  },
  evaluation_behaviour: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: { evaluation_id: evaluation, value_code: "copy", feedback: "copy" },
  },
  self_assessment: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: {
      evaluation_id: evaluation,
      rating_hasil_kerja: "copy",
      rating_perilaku: "copy",
      summary: "copy",
      submitted_at: "copy",
      version: "copy",
      updated_at: "copy",
    },
  },
  peer_input: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: {
      id: "id",
      evaluation_id: evaluation,
      author_key: "copy",
      value_code: "copy",
      text: "copy",
      created_at: "copy",
    },
  },
  keberatan: {
    kind: "office",
    owner: { column: "evaluation_id" },
    columns: {
      id: "id",
      evaluation_id: evaluation,
      status: "copy",
      reasons: "copy",
      filed_at: "copy",
      explanation: "copy",
      explained_at: "copy",
      explained_by: employee,
      outcome: "copy",
      decision: "copy",
      decided_at: "copy",
      decided_by: employee,
      source: "copy",
      recorded_by: account,
      letter_number: "copy",
      letter_date: "copy",
      before_json: "copy",
      after_json: "copy",
      version: "copy",
      updated_at: "copy",
    },
  },
  // Uploaded letters and scans: files on disk the clone does not copy, so the demo seed writes none.
  evaluation_file: {
    kind: "runtime",
    columns: {
      id: "id",
      owner_type: "copy",
      owner_id: "ref_any",
      kind: "copy",
      name: "copy",
      mime_type: "copy",
      size: "copy",
      content_hash: "copy",
      created_by: account,
      created_at: "copy",
    },
  },
  evaluation_setting: {
    kind: "shared",
    columns: {
      year: "copy",
      keberatan_days: "copy",
      head_mapping_json: "copy",
      suggestion_json: "copy",
      rounding_json: "copy",
      annual_rule: "copy",
      version: "copy",
      updated_at: "copy",
    },
  },
};
