import type { MessageKey } from "../../i18n/catalog";

/** Every action the server records, grouped by its prefix (the part before the dot). */
export const knownActions = [
  "unit.created",
  "unit.updated",
  "position.created",
  "position.updated",
  "employee.created",
  "employee.updated",
  "employee.imported",
  "placement.created",
  "placement.updated",
  "placement.ended",
  "placement.deleted",
  "account.password_reset",
  "account.roles_changed",
  "auth.signed_in",
  "auth.signed_out",
  "auth.password_changed",
  "auth.first_admin_created",
  "auth.sign_in_delayed",
  "auth.address_limited",
  "auth.second_factor_enabled",
  "auth.second_factor_disabled",
  "auth.recovery_codes_regenerated",
  "account.second_factor_reset",
  "account.reset_by_cli",
  "seed.demo_office",
] as const;
type KnownAction = (typeof knownActions)[number];

export const actionGroups = ["unit", "position", "employee", "placement", "account", "auth", "seed"] as const;
type ActionGroup = (typeof actionGroups)[number];

const subjectTypes = [
  "org_unit",
  "position",
  "employee",
  "placement",
  "user_account",
  "system",
  "sign_in_name",
  "address",
] as const;
type SubjectType = (typeof subjectTypes)[number];

const isKnownAction = (action: string): action is KnownAction => (knownActions as readonly string[]).includes(action);
const isSubjectType = (type: string): type is SubjectType => (subjectTypes as readonly string[]).includes(type);

/** The catalogue key of an action's label, or null for an action this screen does not know (shown raw). */
export function actionKey(action: string): MessageKey | null {
  return isKnownAction(action) ? `audit.action.${action}` : null;
}

export function subjectTypeKey(type: string): MessageKey | null {
  return isSubjectType(type) ? `audit.subjectType.${type}` : null;
}

export function groupKey(group: ActionGroup): MessageKey {
  return `audit.group.${group}`;
}

/** Where a subject can be opened in the app, when it has a page. */
export function subjectLink(type: string, id: string): string | null {
  if (type === "employee") {
    return `/admin/employees/${id}`;
  }
  if (type === "org_unit") {
    return `/admin/units?unitId=${id}`;
  }
  return null;
}
