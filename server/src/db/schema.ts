import type {
  Accumulation,
  Approach,
  Aspek,
  BerakhlakValueCode,
  Cadence,
  DeactivationReason,
  EmploymentStatus,
  HolidayKind,
  Jenjang,
  LampiranKind,
  PlacementKind,
  PositionKind,
  ReportDueShift,
  ReportStatus,
  Role,
  SkpModel,
  SkpReview,
  SkpStatus,
  UnitKind,
  YearStatus,
} from "@simkin/domain";
import type { Generated } from "kysely";
import type { AngkaKreditDatabase } from "./schema-angka-kredit";
import type { EvaluationDatabase } from "./schema-evaluation";
import type { ImportRunTable } from "./schema-import";
import type {
  NotificationEmailPrefTable,
  NotificationTable,
  OutboundEmailTable,
  ReminderClaimTable,
} from "./schema-notification";
import type {
  AccountAttemptTable,
  AccountTokenTable,
  IdempotencyKeyTable,
  InstanceMarkerTable,
  LoginFailureTable,
  RateLimitWindowTable,
  RecoveryCodeTable,
  SignInChallengeTable,
  UserSecondFactorTable,
} from "./schema-security";
import type {
  BehaviourVersionTable,
  SkpEventPartyTable,
  SkpExpectationVersionTable,
  SkpReturnSnapshotTable,
  SkpRhkPkTargetTable,
  SkpRhkTable,
} from "./schema-skp";

export type {
  NotificationEmailPrefTable,
  NotificationTable,
  OutboundEmailTable,
  ReminderClaimTable,
} from "./schema-notification";
export type { AccountAttemptTable, AccountTokenTable } from "./schema-security";

// Portable column types only: text ids (UUIDs made by the app), ISO-8601 UTC text timestamps written by the app,
// YYYY-MM-DD text dates, integers, no booleans (nullable *_at instead), JSON only as text parsed at the edge.
export interface Database extends EvaluationDatabase, AngkaKreditDatabase {
  org_unit: OrgUnitTable;
  position: PositionTable;
  employee: EmployeeTable;
  placement: PlacementTable;
  user_account: UserAccountTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  user_second_factor: UserSecondFactorTable;
  recovery_code: RecoveryCodeTable;
  sign_in_challenge: SignInChallengeTable;
  audit_event: AuditEventTable;
  performance_year: PerformanceYearTable;
  pk_target: PkTargetTable;
  behaviour_indicator: BehaviourIndicatorTable;
  skp: SkpTable;
  skp_rhk: SkpRhkTable;
  skp_iki: SkpIkiTable;
  skp_lampiran: SkpLampiranTable;
  skp_expectation: SkpExpectationTable;
  skp_event: SkpEventTable;
  mph_assignment: MphAssignmentTable;
  document_verification: DocumentVerificationTable;
  monthly_report: MonthlyReportTable;
  report_realisation: ReportRealisationTable;
  report_action: ReportActionTable;
  report_feedback: ReportFeedbackTable;
  evidence: EvidenceTable;
  report_comment: ReportCommentTable;
  report_event: ReportEventTable;
  notification: NotificationTable;
  reminder_claim: ReminderClaimTable;
  outbound_email: OutboundEmailTable;
  performance_dialogue: PerformanceDialogueTable;
  dialogue_follow_up: DialogueFollowUpTable;
  coaching_session: CoachingSessionTable;
  account_token: AccountTokenTable;
  account_attempt: AccountAttemptTable;
  skp_event_party: SkpEventPartyTable;
  skp_expectation_version: SkpExpectationVersionTable;
  behaviour_version: BehaviourVersionTable;
  report_behaviour_feedback: ReportBehaviourFeedbackTable;
  holiday: HolidayTable;
  rate_limit_window: RateLimitWindowTable;
  idempotency_key: IdempotencyKeyTable;
  instance_marker: InstanceMarkerTable;
  skp_rhk_pk_target: SkpRhkPkTargetTable;
  notification_email_pref: NotificationEmailPrefTable;
  skp_return_snapshot: SkpReturnSnapshotTable;
  import_run: ImportRunTable;
}

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  version: number;
  created_at: string;
  updated_at: string;
  /** The instansi printed on forms when the name is not enough (a pemerintah daerah); null: the name. */
  header_name: string | null;
  /** The tempat of signature lines; null: derived from the name. */
  signing_place: string | null;
}

export interface PositionTable {
  id: string;
  unit_id: string;
  name: string;
  kind: PositionKind;
  jenjang: Jenjang | null;
  eselon: string | null;
  parent_position_id: string | null;
  rater_position_id: string | null;
  leads_unit_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EmployeeTable {
  id: string;
  nip: string;
  status: EmploymentStatus;
  name: string;
  front_title: string | null;
  back_title: string | null;
  golongan: string;
  gender: "pria" | "wanita";
  birth_date: string;
  email: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** nameSearchKey(name): set by every insert and name change (nullable in the table only for the added column). */
  name_search: string;
}

export interface PlacementTable {
  id: string;
  employee_id: string;
  position_id: string;
  kind: PlacementKind;
  start_date: string;
  end_date: string | null;
  decree_number: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Plh only: 1 when the appointment gives the authority to rate; null or 0 otherwise. */
  may_rate: number | null;
}

export interface UserAccountTable {
  id: string;
  employee_id: string | null;
  username: string;
  password_hash: string | null;
  /** Set when an administrator sets the password: the user must choose their own at next sign-in. */
  password_reset_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Set while the account may not sign in (retired, moved, died...); its records stay. */
  deactivated_at: string | null;
  deactivation_reason: DeactivationReason | null;
  deactivation_note: string | null;
}

export interface UserRoleTable {
  user_id: string;
  role: Role;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield usable cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  /** When this session proved the second factor (at sign-in or enrolment); null when it did not. */
  second_factor_at: string | null;
  /** `second_factor_enrolment`: the session may only enrol a factor (contracts with that in `allowedWhile`). */
  restriction: SessionRestriction | null;
}

export type SessionRestriction = "second_factor_enrolment";

export interface AuditEventTable {
  /** UUIDv7: sorts in insertion order, which the hash chain (a later issue) will follow via prev_hash. */
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
  /** The client address of account and sign-in events (refusals included); null for ordinary changes. */
  ip: string | null;
}

export interface PerformanceYearTable {
  id: string;
  year: number;
  status: YearStatus;
  skp_deadline: string;
  cadence: Cadence;
  report_due_day: number;
  /** Whether a due day on a weekend or holiday moves to the next working day. */
  report_due_shift: Generated<ReportDueShift>;
  version: number;
  created_at: string;
  updated_at: string;
  /** Defaults to "required" in the database, so rows written before the setting existed keep the review. */
  skp_review: Generated<SkpReview>;
}

export interface PkTargetTable {
  id: string;
  year: number;
  unit_id: string;
  sasaran: string;
  indicator: string;
  target: string;
  unit: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface BehaviourIndicatorTable {
  version_code: string;
  value_code: BerakhlakValueCode;
  value_order: number;
  value_name: string;
  indicator_order: number;
  text: string;
}

export interface SkpTable {
  id: string;
  year: number;
  employee_id: string;
  position_id: string;
  revision: number;
  previous_id: string | null;
  status: SkpStatus;
  model: SkpModel;
  approach: Approach;
  behaviour_set: string;
  period_start: string;
  period_end: string;
  return_reason: string | null;
  submitted_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** The pengelola kinerja's review of the submitted version; cleared when the SKP is submitted again. */
  reviewed_at: string | null;
  /** The reviewer's account (a pengelola kinerja need not be an employee). */
  reviewed_by: string | null;
}

export interface SkpIkiTable {
  id: string;
  rhk_id: string;
  sort_order: number;
  aspek: Aspek | null;
  indicator: string;
  target: string | null;
  unit: string | null;
  /** Null: the default for the satuan. */
  accumulation: Accumulation | null;
}

export interface SkpLampiranTable {
  id: string;
  skp_id: string;
  kind: LampiranKind;
  sort_order: number;
  text: string;
}

export interface SkpExpectationTable {
  skp_id: string;
  value_code: BerakhlakValueCode;
  text: string;
}

export interface SkpEventTable {
  id: string;
  skp_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  note: string | null;
}

export interface MphAssignmentTable {
  id: string;
  year: number;
  rater_employee_id: string;
  rater_rhk_id: string;
  rater_iki_id: string | null;
  employee_id: string;
  text: string;
  version: number;
  created_at: string;
}

export interface DocumentVerificationTable {
  code: string;
  document_type: string;
  document_id: string;
  content_hash: string;
  title: string;
  subject: string;
  period: string;
  status: string;
  created_at: string;
  /** The subject's name as printed (titles included), masked for anonymous visitors; null on codes printed earlier. */
  subject_name: string | null;
  /** The issuing office, e.g. "Kecamatan Plaju, Pemerintah Kota Palembang"; null on codes printed earlier. */
  issuer: string | null;
}

export interface MonthlyReportTable {
  id: string;
  skp_id: string;
  employee_id: string;
  year: number;
  month: number;
  status: ReportStatus;
  achievements: string;
  challenges: string;
  improvements: string;
  overall_feedback: string | null;
  revision_reason: string | null;
  /** First submission: lateness is judged on it, so a revision asked for by the rater never makes a report late. */
  submitted_at: string | null;
  last_submitted_at: string | null;
  accepted_at: string | null;
  acknowledged_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ReportRealisationTable {
  report_id: string;
  iki_id: string;
  value: string;
}

export interface ReportActionTable {
  report_id: string;
  rhk_id: string;
  plan: string;
  progress: number | null;
}

export interface ReportFeedbackTable {
  report_id: string;
  rhk_id: string;
  went_well: string;
  to_improve: string;
  support: string;
}

export interface EvidenceTable {
  id: string;
  report_id: string;
  rhk_id: string;
  kind: "file" | "link";
  name: string;
  url: string | null;
  mime_type: string | null;
  size: number | null;
  content_hash: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ReportCommentTable {
  id: string;
  report_id: string;
  author_id: string;
  text: string;
  at: string;
}

export interface ReportEventTable {
  id: string;
  report_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  note: string | null;
}

export interface PerformanceDialogueTable {
  id: string;
  employee_id: string;
  rater_employee_id: string;
  date: string;
  topics: string;
  agreements: string;
  created_at: string;
}

export interface DialogueFollowUpTable {
  id: string;
  dialogue_id: string;
  action: string;
  due_date: string;
  done_at: string | null;
}

export interface CoachingSessionTable {
  id: string;
  employee_id: string;
  rater_employee_id: string;
  date: string;
  topic: string;
  notes: string;
  feedback_json: string | null;
  feedback_at: string | null;
  evaluation_json: string | null;
  evaluation_at: string | null;
  created_at: string;
}

/** Umpan balik berkelanjutan on one BerAKHLAK value in one monthly report (keyed by value, for the evaluation). */
export interface ReportBehaviourFeedbackTable {
  report_id: string;
  value_code: BerakhlakValueCode;
  text: string;
}

/** A national holiday or cuti bersama; working-day deadlines skip it. */
export interface HolidayTable {
  id: string;
  date: string;
  name: string;
  kind: HolidayKind;
  version: number;
  created_at: string;
  updated_at: string;
}
