import { reportActions } from "../report/report.rules";
import { skpActions } from "../skp/skp.workflow";

/**
 * Every action the audit trail records, by its group (the part before the dot). The server may record only these
 * (its `record` is typed with them) and the audit screen has a label for each, so no raw code reaches a reader.
 */
export const auditActionsByGroup = {
  auth: [
    "signed_in",
    "signed_out",
    "password_changed",
    "first_admin_created",
    "setup_refused",
    "reset_token_refused",
    "sign_in_refused",
    "sign_in_delayed",
    "address_limited",
    "second_factor_enabled",
    "second_factor_disabled",
    "recovery_codes_regenerated",
  ],
  account: [
    "password_reset",
    "roles_changed",
    "deactivated",
    "reactivated",
    "activation_link_sent",
    "reset_link_sent",
    "password_set_by_link",
    "refused",
    "second_factor_reset",
    "reset_by_cli",
  ],
  unit: ["created", "updated"],
  position: ["created", "updated"],
  employee: ["created", "updated", "imported"],
  placement: ["created", "updated", "ended", "deleted"],
  year: ["opened", "updated", "closed", "reopened"],
  holiday: ["created", "updated", "deleted"],
  pk_target: ["created", "updated", "deleted"],
  berakhlak: ["version_added"],
  skp: ["created", "batch_start", "blocker_reminded", ...skpActions],
  mph: ["assigned", "updated", "unassigned"],
  report: ["created", ...reportActions],
  evidence: ["added", "removed"],
  dialogue: ["created", "follow_up_done"],
  coaching: ["created", "evaluated", "feedback_given"],
  seed: ["demo_office", "scale_offices"],
  notification: ["email_preferences_set"],
  import: ["run_recorded", "run_dismissed"],
  evaluation: ["created", "rated", "finalised", "acknowledged", "self_assessed", "peer_input", "locked"],
  capaian: ["set", "recorded"],
  distribution: ["finalised"],
  keberatan: ["filed", "explained", "decided", "external_recorded", "file_added", "file_removed"],
  evaluation_scan: ["uploaded", "deleted"],
  employee_rank: ["added", "removed"],
  ak_master: ["updated"],
  ak_dasar: ["set"],
  evaluation_setting: ["saved"],
} as const;

type Groups = typeof auditActionsByGroup;
export type AuditGroup = keyof Groups;
export type AuditAction = { [G in AuditGroup]: `${G}.${Groups[G][number]}` }[AuditGroup];

export const auditGroups = Object.keys(auditActionsByGroup) as AuditGroup[]; // the keys of a literal object
export const auditActions: readonly AuditAction[] = auditGroups.flatMap(
  (group) => auditActionsByGroup[group].map((name) => `${group}.${name}` as AuditAction), // group and name of the table above
);

/** The kinds of record an audit event is about. */
export const auditSubjectTypes = [
  "org_unit",
  "position",
  "employee",
  "placement",
  "user_account",
  "system",
  "sign_in_name",
  "address",
  "performance_year",
  "holiday",
  "pk_target",
  "behaviour_version",
  "skp",
  "mph_assignment",
  "monthly_report",
  "evidence",
  "performance_dialogue",
  "dialogue_follow_up",
  "coaching_session",
  "import_run",
  "evaluation",
  "org_capaian",
  "unit_evaluation",
  "keberatan",
  "evaluation_file",
  "employee_rank",
  "ak_master",
  "evaluation_setting",
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];

/** The actions a filter names: one action ("skp.approve") or a whole group ("skp"); null when it names neither. */
export function actionsOfFilter(filter: string): readonly AuditAction[] | null {
  if ((auditActions as readonly string[]).includes(filter)) {
    return auditActions.filter((a) => a === filter);
  }
  const group = auditGroups.find((g) => g === filter);
  return group ? auditActions.filter((a) => a.startsWith(`${group}.`)) : null;
}
