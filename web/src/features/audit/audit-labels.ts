import {
  type AuditAction,
  type AuditGroup,
  type AuditSubjectType,
  auditActions,
  auditGroups,
  auditSubjectTypes,
} from "@simkin/domain";
import { catalog, type MessageKey } from "../../i18n/catalog";

export { auditActions, auditGroups, auditSubjectTypes };

const isKnownAction = (action: string): action is AuditAction => (auditActions as readonly string[]).includes(action);
const isSubjectType = (type: string): type is AuditSubjectType =>
  (auditSubjectTypes as readonly string[]).includes(type);

/** The catalogue key of an action's label; null only for an event older than the catalogue (shown raw). */
export function actionKey(action: string): MessageKey | null {
  return isKnownAction(action) ? `audit.action.${action}` : null;
}

export function subjectTypeKey(type: string): MessageKey | null {
  return isSubjectType(type) ? `audit.subjectType.${type}` : null;
}

export function groupKey(group: AuditGroup): MessageKey {
  return `audit.group.${group}`;
}

/** The label key of a field of the recorded data, or null for a field without one (shown by its name). */
export function fieldKey(name: string): MessageKey | null {
  const key = `audit.field.${name}`;
  return key in catalog.id ? (key as MessageKey) : null; // a key of the catalogue, just checked
}

/** Where a subject can be opened in the app, when it has a page. */
export function subjectLink(type: string, id: string): string | null {
  if (type === "employee") {
    return `/admin/employees/${id}`;
  }
  if (type === "org_unit") {
    return `/admin/units?unitId=${id}`;
  }
  if (type === "skp") {
    return `/skp/${id}`;
  }
  if (type === "monthly_report") {
    return `/reports/${id}`;
  }
  return null;
}
