import type { EmploymentStatus, Jenjang, PlacementKind, PositionKind, Role, UnitKind } from "@simkin/domain";

// Portable column types only: text ids (UUIDs made by the app), ISO-8601 UTC text timestamps written by the app,
// YYYY-MM-DD text dates, integers, no booleans (nullable *_at instead), JSON only as text parsed at the edge.
export interface Database {
  org_unit: OrgUnitTable;
  position: PositionTable;
  employee: EmployeeTable;
  placement: PlacementTable;
  user_account: UserAccountTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  audit_event: AuditEventTable;
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
}

export interface LoginFailureTable {
  id: string;
  identifier: string;
  ip: string;
  at: string;
}

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
}
