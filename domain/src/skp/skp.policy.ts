import type { Role } from "../auth/roles";
import type { SkpAction } from "./skp.rules";

export type SkpActor = { employeeId: string | null; roles: readonly Role[] };
export type SkpParties = { employeeId: string; raterEmployeeId: string | null; atasanEmployeeId: string | null };

/**
 * Who may attempt an action on an SKP. Only the employee edits, submits and revises; only their rater (as resolved
 * for the date) approves, returns and sets expectations; the pengelola kinerja reviews. Nobody acts as rater on
 * their own SKP. Whether the move is legal now is nextSkpStatus()'s job.
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
      return actor.roles.includes("pengelola_kinerja") && !isOwner;
  }
}

/** The employee, their rater and the rater's superior, the pengelola kinerja, the auditor and the super admin. */
export function canReadSkp(actor: SkpActor, skp: SkpParties): boolean {
  if (actor.roles.some((r) => r === "pengelola_kinerja" || r === "auditor" || r === "super_admin")) {
    return true;
  }
  return (
    actor.employeeId !== null && [skp.employeeId, skp.raterEmployeeId, skp.atasanEmployeeId].includes(actor.employeeId)
  );
}
