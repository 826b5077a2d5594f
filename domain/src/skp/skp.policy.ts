import { type Role, readsAllRecords } from "../auth/roles";
import type { SkpReview } from "../period/period.schema";
import type { SkpStatus } from "./skp.schema";
import { legalSkpActions, type SkpAction } from "./skp.workflow";

export type SkpActor = { employeeId: string | null; roles: readonly Role[] };
export type SkpParties = { employeeId: string; raterEmployeeId: string | null; atasanEmployeeId: string | null };

/**
 * Who may attempt an action on an SKP. Only the employee edits, submits and revises; only their rater (as resolved
 * for the date) approves, returns and sets expectations; a pengelola kinerja reviews or sends back with catatan
 * perbaikan, but never on their own SKP nor on one they rate: the review is a check before the rater agrees
 * (PP 30/2019; REGULATIONS.md §3.6). Nobody acts as rater on their own SKP. Whether the move is legal now is
 * nextSkpStatus()'s job.
 */
export function canActOnSkp(actor: SkpActor, action: SkpAction, skp: SkpParties): boolean {
  const isOwner = actor.employeeId !== null && actor.employeeId === skp.employeeId;
  const isRater = actor.employeeId !== null && actor.employeeId === skp.raterEmployeeId && !isOwner;
  switch (action) {
    case "edit":
    case "submit":
    case "revise":
      return isOwner;
    case "approve":
    case "return":
    case "set_expectations":
      return isRater;
    case "review":
    case "review_return":
      return (
        actor.roles.includes("pengelola_kinerja") &&
        !isOwner &&
        !(actor.employeeId !== null && actor.employeeId === skp.raterEmployeeId)
      );
  }
}

/** The employee, their rater and the rater's superior, the pengelola kinerja, the auditor and the super admin. */
export function canReadSkp(actor: SkpActor, skp: SkpParties): boolean {
  if (readsAllRecords(actor.roles)) {
    return true;
  }
  return (
    actor.employeeId !== null && [skp.employeeId, skp.raterEmployeeId, skp.atasanEmployeeId].includes(actor.employeeId)
  );
}

/** What this actor may do on the SKP now: legal in its status under the year's setting, and theirs to do. */
export function availableSkpActions(
  status: SkpStatus,
  review: SkpReview,
  actor: SkpActor,
  skp: SkpParties,
): SkpAction[] {
  return legalSkpActions(status, review).filter((action) => canActOnSkp(actor, action, skp));
}
