import { type Role, readsAllRecords } from "../auth/roles";
import type { EvaluationStatus } from "./evaluation.enums";

/**
 * Who may do what on an evaluation (PP 30/2019 Pasal 59; PermenPANRB 6/2022; REGULATIONS.md §3.6):
 * the pegawai never rates; the pejabat penilai rates until the result is set; the atasan penilai changes a rating only
 * by deciding a keberatan; the pengelola kinerja never rates but records a decision made outside SIMKIN from its
 * official letter; the auditor reads.
 */
export const evaluationActions = [
  "self_assess",
  "rate",
  "finalise",
  "acknowledge",
  "file_keberatan",
  "explain_keberatan",
  "decide_keberatan",
  "record_external_decision",
  "upload_scan",
] as const;
export type EvaluationAction = (typeof evaluationActions)[number];

export type EvaluationActor = { employeeId: string | null; roles: readonly Role[] };

/** The people of record: the pegawai, the pejabat penilai and the atasan penilai as set for the period. */
export type EvaluationParties = {
  employeeId: string;
  raterEmployeeId: string | null;
  atasanEmployeeId: string | null;
};

export type KeberatanState = "none" | "diajukan" | "dijelaskan" | "diputus";

export type EvaluationState = {
  status: EvaluationStatus;
  keberatan: KeberatanState;
  /** Whether the keberatan window is still open (keberatanOpen). */
  windowOpen: boolean;
  /** The atasan penilai does not use SIMKIN (the Sekda): the pengelola records their decision from the letter. */
  atasanExternal: boolean;
};

type Relation = { owner: boolean; rater: boolean; atasan: boolean; pengelola: boolean };

function relationOf(actor: EvaluationActor, parties: EvaluationParties): Relation {
  const me = actor.employeeId;
  const owner = me !== null && me === parties.employeeId;
  return {
    owner,
    rater: me !== null && !owner && me === parties.raterEmployeeId,
    atasan: me !== null && !owner && me === parties.atasanEmployeeId,
    // A pengelola never records a decision on their own evaluation nor on one they rate.
    pengelola: actor.roles.includes("pengelola_kinerja") && !owner && !(me !== null && me === parties.raterEmployeeId),
  };
}

// A locked result takes no more steps, even with a keberatan left open by a correction of the record.
const keberatanPending = (state: EvaluationState) =>
  state.status !== "locked" && (state.keberatan === "diajukan" || state.keberatan === "dijelaskan");
const delivered = (state: EvaluationState) => state.status === "ditetapkan" || state.status === "diterima";

function allowed(action: EvaluationAction, who: Relation, given: EvaluationState): boolean {
  // Judge by the status as of now: a closed window has locked the result even before a job writes it down.
  const state = { ...given, status: effectiveEvaluationStatus(given) };
  switch (action) {
    case "self_assess":
      return who.owner && state.status === "draft";
    case "rate":
    case "finalise":
      return who.rater && state.status === "draft";
    case "acknowledge":
      return who.owner && state.status === "ditetapkan" && !keberatanPending(state);
    case "file_keberatan":
      return who.owner && delivered(state) && state.keberatan === "none" && state.windowOpen;
    case "explain_keberatan":
      return who.rater && keberatanPending(state) && state.keberatan === "diajukan";
    case "decide_keberatan":
      return who.atasan && !state.atasanExternal && keberatanPending(state);
    case "record_external_decision":
      return who.pengelola && state.atasanExternal && keberatanPending(state);
    case "upload_scan":
      return (who.rater || who.pengelola) && state.status !== "draft";
  }
}

/** What this actor may do on the evaluation now. */
export function availableEvaluationActions(
  actor: EvaluationActor,
  parties: EvaluationParties,
  state: EvaluationState,
): EvaluationAction[] {
  const who = relationOf(actor, parties);
  return evaluationActions.filter((action) => allowed(action, who, state));
}

export function canActOnEvaluation(
  actor: EvaluationActor,
  action: EvaluationAction,
  parties: EvaluationParties,
  state: EvaluationState,
): boolean {
  return allowed(action, relationOf(actor, parties), state);
}

/** The pegawai, the penilai, the atasan penilai, and whoever reads all records (pengelola, auditor, super admin). */
export function canReadEvaluation(actor: EvaluationActor, parties: EvaluationParties): boolean {
  if (readsAllRecords(actor.roles)) {
    return true;
  }
  const me = actor.employeeId;
  return me !== null && [parties.employeeId, parties.raterEmployeeId, parties.atasanEmployeeId].includes(me);
}

/**
 * The status as of now: a delivered result locks once its keberatan window has closed with no keberatan pending, or
 * once a keberatan has been decided (the decision is final, PP 30/2019 Pasal 59(4)).
 */
export function effectiveEvaluationStatus(state: EvaluationState): EvaluationStatus {
  if (state.status === "draft" || state.status === "locked") {
    return state.status;
  }
  if (state.keberatan === "diputus") {
    return "locked";
  }
  if (!state.windowOpen && state.keberatan === "none") {
    return "locked";
  }
  return state.status;
}
