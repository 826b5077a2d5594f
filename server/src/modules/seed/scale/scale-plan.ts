import type { Database } from "../../../db/schema";
import { angkaKreditPlan } from "./scale-plan-angka-kredit";
import { evaluationPlan } from "./scale-plan-evaluation";
import { runtimePlan } from "./scale-plan-runtime";

export type TableName = keyof Database;

/**
 * What the scale clone does with one column of a cloned row. Every column of every table is named here: the compiler
 * refuses a table or column missing from schema.ts, and scale-plan.test.ts one missing from the migrated database.
 */
export type ColumnRole =
  /** Primary key: a fresh UUIDv7 in each copy. */
  | "id"
  /** A reference: the copy's own row when the target is cloned, unchanged when it is a shared (government) row. */
  | { ref: TableName }
  /** An id of a row of any table (audit subject, notification subject): remapped like a reference. */
  | "ref_any"
  /** NIP or NI PPPK: its birth date shifted by the copy's day offset, so it stays valid and becomes unique. */
  | "nip"
  /** A NIP printed in a snapshot (who signed): the copy's NIP of the same person. */
  | "printed_nip"
  /** Shifted like the NIP it is printed in. */
  | "birth_date"
  /** A NIP username follows the new NIP; a persona name ("camat") gets the copy's number ("camat.0042"). */
  | "username"
  /** A personal address: the copy's number goes into the domain. */
  | "email"
  /** Unique per installation: "KEL-BGK" becomes "KEL-BGK-0042". */
  | "unit_code"
  /** A name of the office's places: "Kecamatan Plaju" becomes "Kecamatan Plaju 0042". */
  | "place_name"
  /** Copied as it is. */
  | "copy";

type Columns<T extends TableName> = { [C in keyof Database[T] & string]-?: ColumnRole };
type ColumnOf<T extends TableName> = keyof Database[T] & string;

/**
 * Which rows of a table belong to the office (and are cloned): those whose `column` points at a row of the office;
 * `root` marks the office's top row; `referencedBy` takes the rows an office row of another table points at.
 */
export type Owner<T extends TableName> =
  | { column: ColumnOf<T>; root?: { column: ColumnOf<T>; equals: string } }
  | { referencedBy: { table: TableName; column: string } };

export type TablePlan<T extends TableName> =
  /** Cloned per copy; `currentYearOnly` names the year or date column of rows kept only for the seeded year. */
  | { kind: "office"; owner: Owner<T>; currentYearOnly?: ColumnOf<T>; columns: Columns<T> }
  /** Government-wide (the Pemkot, the Sekda, the years, the calendar): seeded once, never cloned. */
  | { kind: "shared"; columns: Columns<T> }
  /** Written by the running app (sessions, outbox...): must be empty after the demo seed, never cloned. */
  | { kind: "runtime"; columns: Columns<T> };

export type ScalePlan = { [T in TableName]: TablePlan<T> };

/** Any table's plan, as the clone reads it with table names that come from the database. */
export type AnyTablePlan = {
  kind: "office" | "shared" | "runtime";
  owner?:
    | { column: string; root?: { column: string; equals: string } }
    | { referencedBy: { table: TableName; column: string } };
  currentYearOnly?: string;
  columns: Readonly<Record<string, ColumnRole>>;
};

/** The demo office's top unit: the kecamatan under the Pemerintah Kota. */
export const OFFICE_ROOT_CODE = "KEC";

const stamps = { version: "copy", created_at: "copy", updated_at: "copy" } as const;
const employee = { ref: "employee" } as const;
const account = { ref: "user_account" } as const;
const report = { ref: "monthly_report" } as const;
const rhk = { ref: "skp_rhk" } as const;
const skp = { ref: "skp" } as const;

export const scalePlan: ScalePlan = {
  org_unit: {
    kind: "office",
    owner: { column: "parent_id", root: { column: "code", equals: OFFICE_ROOT_CODE } },
    columns: {
      id: "id",
      parent_id: { ref: "org_unit" },
      code: "unit_code",
      name: "place_name",
      kind: "copy",
      header_name: "copy",
      signing_place: "place_name",
      ...stamps,
    },
  },
  position: {
    kind: "office",
    owner: { column: "unit_id" },
    columns: {
      id: "id",
      unit_id: { ref: "org_unit" },
      name: "place_name",
      kind: "copy",
      jenjang: "copy",
      eselon: "copy",
      parent_position_id: { ref: "position" },
      rater_position_id: { ref: "position" },
      leads_unit_id: { ref: "org_unit" },
      ...stamps,
    },
  },
  employee: {
    kind: "office",
    owner: { referencedBy: { table: "placement", column: "employee_id" } },
    columns: {
      id: "id",
      nip: "nip",
      status: "copy",
      name: "copy",
      front_title: "copy",
      back_title: "copy",
      golongan: "copy",
      gender: "copy",
      birth_date: "birth_date",
      email: "email",
      name_search: "copy",
      ...stamps,
    },
  },
  placement: {
    kind: "office",
    owner: { column: "position_id" },
    columns: {
      id: "id",
      employee_id: employee,
      position_id: { ref: "position" },
      kind: "copy",
      start_date: "copy",
      end_date: "copy",
      decree_number: "copy",
      may_rate: "copy",
      ...stamps,
    },
  },
  user_account: {
    kind: "office",
    owner: { column: "employee_id" },
    columns: {
      id: "id",
      employee_id: employee,
      username: "username",
      password_hash: "copy",
      password_reset_at: "copy",
      deactivated_at: "copy",
      deactivation_reason: "copy",
      deactivation_note: "copy",
      ...stamps,
    },
  },
  user_role: { kind: "office", owner: { column: "user_id" }, columns: { user_id: account, role: "copy" } },
  performance_year: {
    kind: "shared",
    columns: {
      id: "id",
      year: "copy",
      status: "copy",
      skp_deadline: "copy",
      cadence: "copy",
      report_due_day: "copy",
      report_due_shift: "copy",
      skp_review: "copy",
      ...stamps,
    },
  },
  pk_target: {
    kind: "office",
    owner: { column: "unit_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      year: "copy",
      unit_id: { ref: "org_unit" },
      sasaran: "copy",
      indicator: "copy",
      target: "copy",
      unit: "copy",
      ...stamps,
    },
  },
  skp: {
    kind: "office",
    owner: { column: "employee_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      year: "copy",
      employee_id: employee,
      position_id: { ref: "position" },
      revision: "copy",
      previous_id: skp,
      status: "copy",
      model: "copy",
      approach: "copy",
      behaviour_set: "copy",
      period_start: "copy",
      period_end: "copy",
      return_reason: "copy",
      submitted_at: "copy",
      approved_at: "copy",
      approved_by: employee,
      reviewed_at: "copy",
      reviewed_by: account,
      ...stamps,
    },
  },
  skp_rhk: {
    kind: "office",
    owner: { column: "skp_id" },
    columns: {
      id: "id",
      skp_id: skp,
      sort_order: "copy",
      kind: "copy",
      text: "copy",
      parent_rhk_id: rhk,
      perspektif: "copy",
      from_assignment_id: { ref: "mph_assignment" },
      external_parent_text: "copy",
      external_parent_ref: "copy",
      assigned_by: "copy",
    },
  },
  skp_rhk_pk_target: {
    kind: "office",
    owner: { column: "rhk_id" },
    columns: { rhk_id: rhk, pk_target_id: { ref: "pk_target" }, sort_order: "copy" },
  },
  skp_iki: {
    kind: "office",
    owner: { column: "rhk_id" },
    columns: {
      id: "id",
      rhk_id: rhk,
      sort_order: "copy",
      aspek: "copy",
      indicator: "copy",
      target: "copy",
      unit: "copy",
      accumulation: "copy",
    },
  },
  skp_lampiran: {
    kind: "office",
    owner: { column: "skp_id" },
    columns: { id: "id", skp_id: skp, kind: "copy", sort_order: "copy", text: "copy" },
  },
  skp_expectation: {
    kind: "office",
    owner: { column: "skp_id" },
    columns: { skp_id: skp, value_code: "copy", text: "copy" },
  },
  skp_event: {
    kind: "office",
    owner: { column: "skp_id" },
    columns: { id: "id", skp_id: skp, at: "copy", actor_id: account, action: "copy", note: "copy" },
  },
  skp_event_party: {
    kind: "office",
    owner: { column: "event_id" },
    columns: {
      event_id: { ref: "skp_event" },
      role: "copy",
      employee_id: employee,
      position_id: { ref: "position" },
      name: "copy",
      nip: "printed_nip",
      pangkat: "copy",
      position_name: "place_name",
      unit_path: "place_name",
    },
  },
  skp_return_snapshot: {
    kind: "office",
    owner: { column: "event_id" },
    columns: { event_id: { ref: "skp_event" }, content: "copy" },
  },
  skp_expectation_version: {
    kind: "office",
    owner: { column: "skp_id" },
    columns: { id: "id", skp_id: skp, value_code: "copy", text: "copy", actor_id: account, at: "copy" },
  },
  mph_assignment: {
    kind: "office",
    owner: { column: "employee_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      year: "copy",
      rater_employee_id: employee,
      rater_rhk_id: rhk,
      rater_iki_id: { ref: "skp_iki" },
      employee_id: employee,
      text: "copy",
      version: "copy",
      created_at: "copy",
    },
  },
  monthly_report: {
    kind: "office",
    owner: { column: "skp_id" },
    currentYearOnly: "year",
    columns: {
      id: "id",
      skp_id: skp,
      employee_id: employee,
      year: "copy",
      month: "copy",
      status: "copy",
      achievements: "copy",
      challenges: "copy",
      improvements: "copy",
      overall_feedback: "copy",
      revision_reason: "copy",
      submitted_at: "copy",
      last_submitted_at: "copy",
      accepted_at: "copy",
      acknowledged_at: "copy",
      ...stamps,
    },
  },
  report_realisation: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { report_id: report, iki_id: { ref: "skp_iki" }, value: "copy" },
  },
  report_action: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { report_id: report, rhk_id: rhk, plan: "copy", progress: "copy" },
  },
  report_feedback: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { report_id: report, rhk_id: rhk, went_well: "copy", to_improve: "copy", support: "copy" },
  },
  report_behaviour_feedback: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { report_id: report, value_code: "copy", text: "copy" },
  },
  evidence: {
    kind: "office",
    owner: { column: "report_id" },
    columns: {
      id: "id",
      report_id: report,
      rhk_id: rhk,
      kind: "copy",
      name: "copy",
      url: "copy",
      mime_type: "copy",
      size: "copy",
      content_hash: "copy",
      created_by: account,
      created_at: "copy",
    },
  },
  report_comment: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { id: "id", report_id: report, author_id: account, text: "copy", at: "copy" },
  },
  report_event: {
    kind: "office",
    owner: { column: "report_id" },
    columns: { id: "id", report_id: report, at: "copy", actor_id: account, action: "copy", note: "copy" },
  },
  notification: {
    kind: "office",
    owner: { column: "user_id" },
    columns: {
      id: "id",
      user_id: account,
      kind: "copy",
      subject_id: "ref_any",
      title: "copy",
      body: "copy",
      link: "copy",
      created_at: "copy",
      read_at: "copy",
    },
  },
  performance_dialogue: {
    kind: "office",
    owner: { column: "employee_id" },
    currentYearOnly: "date",
    columns: {
      id: "id",
      employee_id: employee,
      rater_employee_id: employee,
      date: "copy",
      topics: "copy",
      agreements: "copy",
      created_at: "copy",
    },
  },
  dialogue_follow_up: {
    kind: "office",
    owner: { column: "dialogue_id" },
    columns: {
      id: "id",
      dialogue_id: { ref: "performance_dialogue" },
      action: "copy",
      due_date: "copy",
      done_at: "copy",
    },
  },
  coaching_session: {
    kind: "office",
    owner: { column: "employee_id" },
    currentYearOnly: "date",
    columns: {
      id: "id",
      employee_id: employee,
      rater_employee_id: employee,
      date: "copy",
      topic: "copy",
      notes: "copy",
      feedback_json: "copy",
      feedback_at: "copy",
      evaluation_json: "copy",
      evaluation_at: "copy",
      created_at: "copy",
    },
  },
  behaviour_indicator: {
    kind: "shared",
    columns: {
      version_code: "copy",
      value_code: "copy",
      value_order: "copy",
      value_name: "copy",
      indicator_order: "copy",
      text: "copy",
    },
  },
  behaviour_version: {
    kind: "shared",
    columns: { version_code: "copy", title: "copy", effective_from: "copy", created_at: "copy", created_by: account },
  },
  holiday: { kind: "shared", columns: { id: "id", date: "copy", name: "copy", kind: "copy", ...stamps } },
  instance_marker: { kind: "shared", columns: { key: "copy", value: "copy", created_at: "copy" } },
  // The seed's own event; each scale build records one more. Per-record history lives in skp_event and report_event.
  audit_event: {
    kind: "shared",
    columns: {
      id: "id",
      at: "copy",
      actor_id: account,
      action: "copy",
      subject_type: "copy",
      subject_id: "ref_any",
      before_json: "copy",
      after_json: "copy",
      prev_hash: "copy",
      hash: "copy",
      ip: "copy",
    },
  },
  ...runtimePlan,
  ...evaluationPlan,
  ...angkaKreditPlan,
};
