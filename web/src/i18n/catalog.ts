import { auditMessages } from "../features/audit/audit.i18n";
import { auditFieldMessages } from "../features/audit/audit-fields.i18n";
import { authMessages } from "../features/auth/auth.i18n";
import { securityMessages } from "../features/auth/security.i18n";
import { sessionExpiryMessages } from "../features/auth/session-expiry.i18n";
import { coachingMessages } from "../features/coaching/coaching.i18n";
import { complianceMessages } from "../features/compliance/compliance.i18n";
import { akMessages } from "../features/evaluation/ak.i18n";
import { capaianMessages } from "../features/evaluation/capaian.i18n";
import { evaluationDocumentsMessages } from "../features/evaluation/documents.i18n";
import { evaluationMessages } from "../features/evaluation/evaluation.i18n";
import { evaluationAuditMessages } from "../features/evaluation/evaluation-audit.i18n";
import { keberatanMessages } from "../features/evaluation/keberatan.i18n";
import { settingMessages } from "../features/evaluation/setting.i18n";
import { helpMessages } from "../features/help/help.i18n";
import { taskMessages } from "../features/home/tasks.i18n";
import { importMessages } from "../features/import/import.i18n";
import { notificationMessages } from "../features/notification/notification.i18n";
import { accountMessages } from "../features/org/employees/account.i18n";
import { employeesMessages } from "../features/org/employees.i18n";
import { orgMessages } from "../features/org/org.i18n";
import { periodMessages } from "../features/period/period.i18n";
import { ratersMessages } from "../features/profile/raters.i18n";
import { reportMessages } from "../features/report/report.i18n";
import { skpMessages } from "../features/skp/skp.i18n";
import { skpBlockMessages } from "../features/skp/skp-block.i18n";
import { teamMessages } from "../features/skp/team/team.i18n";
import { verificationMessages } from "../features/verification/verification.i18n";
import { apiErrorMessages } from "../lib/api-errors.i18n";
import { conflictMessages } from "../lib/conflict.i18n";
import { draftMessages } from "../lib/draft.i18n";
import { formMessages } from "../lib/form.i18n";
import { commonMessages } from "./common.i18n";

export type Locale = "id" | "en";

/** Each feature owns its messages; Indonesian is the source, English must have every key. */
const parts = [
  commonMessages,
  orgMessages,
  importMessages,
  employeesMessages,
  auditMessages,
  auditFieldMessages,
  skpMessages,
  verificationMessages,
  teamMessages,
  periodMessages,
  reportMessages,
  coachingMessages,
  complianceMessages,
  authMessages,
  accountMessages,
  securityMessages,
  ratersMessages,
  formMessages,
  apiErrorMessages,
  conflictMessages,
  taskMessages,
  skpBlockMessages,
  notificationMessages,
  draftMessages,
  sessionExpiryMessages,
  helpMessages,
  evaluationMessages,
  evaluationAuditMessages,
  capaianMessages,
  keberatanMessages,
  evaluationDocumentsMessages,
  akMessages,
  settingMessages,
] as const;

type Merge<T extends readonly { id: Record<string, string> }[]> = T extends readonly [
  infer H extends { id: Record<string, string> },
  ...infer R extends readonly { id: Record<string, string> }[],
]
  ? H["id"] & Merge<R>
  : unknown;

type Messages = Merge<typeof parts>;
export type MessageKey = keyof Messages & string;

function merge(locale: Locale): Record<MessageKey, string> {
  // Each part's `en` is typed to have exactly the keys of its `id` (see defineMessages), so the union is complete.
  return Object.assign({}, ...parts.map((p) => p[locale])) as Record<MessageKey, string>;
}

export const catalog: Record<Locale, Record<MessageKey, string>> = { id: merge("id"), en: merge("en") };
