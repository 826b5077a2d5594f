import { isOverseer, type Role, readsAllRecords } from "../auth/roles";
import type { ReportAction } from "./report.rules";

export type ReportActor = { employeeId: string | null; roles: readonly Role[] };
export type ReportParties = { employeeId: string; raterEmployeeId: string | null; atasanEmployeeId: string | null };

/** The employee writes, submits, acknowledges; their rater gives feedback and decides; both may reply. */
export function canActOnReport(actor: ReportActor, action: ReportAction, report: ReportParties): boolean {
  const isOwner = actor.employeeId !== null && actor.employeeId === report.employeeId;
  const isRater = actor.employeeId !== null && actor.employeeId === report.raterEmployeeId && !isOwner;
  switch (action) {
    case "edit":
    case "submit":
    case "acknowledge":
      return isOwner;
    case "give_feedback":
    case "accept":
    case "request_revision":
      return isRater;
    case "comment":
      return isOwner || isRater;
  }
}

/** The parties, the pengelola kinerja, the auditor and the super admin read reports. */
export function canReadReport(actor: ReportActor, report: ReportParties): boolean {
  if (readsAllRecords(actor.roles)) {
    return true;
  }
  return (
    actor.employeeId !== null &&
    [report.employeeId, report.raterEmployeeId, report.atasanEmployeeId].includes(actor.employeeId)
  );
}

/** Bukti dukung: only the employee, their rater, the rater's superior, the pengelola kinerja and the auditor. */
export function canDownloadEvidence(actor: ReportActor, report: ReportParties): boolean {
  if (isOverseer(actor.roles)) {
    return true;
  }
  return (
    actor.employeeId !== null &&
    [report.employeeId, report.raterEmployeeId, report.atasanEmployeeId].includes(actor.employeeId)
  );
}
