import { isOverseer, type Role } from "../auth/roles";

export type CoachingActor = { employeeId: string | null; roles: readonly Role[] };
/** The employee's Pejabat Penilai and Atasan Pejabat Penilai today, as the org chart resolves them. */
export type CoachingParties = { employeeId: string; raterEmployeeId: string | null; atasanEmployeeId: string | null };

/**
 * How the caller stands today to one employee (REGULATIONS.md §3.6): the employee themselves, their Pejabat Penilai,
 * the Atasan Pejabat Penilai, or an overseer (pengelola kinerja, auditor).
 */
export type Relation = { me: string | null; self: boolean; rater: boolean; atasan: boolean; overseer: boolean };

/** A dialogue or coaching session names who recorded it; that rater keeps it after the employee moves. */
export type CoachingRecord = { raterEmployeeId: string };

export type CoachingAction = "record" | "give_feedback" | "evaluate" | "mark_follow_up_done";

export function relationOf(actor: CoachingActor, parties: CoachingParties): Relation {
  const me = actor.employeeId;
  const self = me !== null && me === parties.employeeId;
  return {
    me,
    self,
    rater: me !== null && !self && parties.raterEmployeeId === me,
    atasan: me !== null && !self && parties.atasanEmployeeId === me,
    overseer: isOverseer(actor.roles),
  };
}

/** Sees every record of the employee, whoever recorded it. */
export function seesAllCoaching(rel: Relation): boolean {
  return rel.self || rel.rater || rel.atasan || rel.overseer;
}

/** A record is readable by those who see all of the employee's, and by whoever recorded it (even after a move). */
export function canReadCoaching(rel: Relation, record: CoachingRecord): boolean {
  return seesAllCoaching(rel) || (rel.me !== null && rel.me === record.raterEmployeeId);
}

/** The rater of a record: who recorded it, or the employee's rater today (a new rater takes over the follow-up). */
export function isRecordRater(rel: Relation, record: CoachingRecord): boolean {
  return !rel.self && (rel.rater || (rel.me !== null && rel.me === record.raterEmployeeId));
}

/**
 * Only the Pejabat Penilai today records a dialogue or coaching session; the employee answers Format B.1.8, the
 * record's rater fills Format B.1.9; both mark a dialogue's follow-up done (PermenPANRB 6/2022 lampiran; REGULATIONS.md §6.6).
 * Overseers read, never act. A new record has no rater yet, so `record` is null there.
 */
export function canActOnCoaching(rel: Relation, action: CoachingAction, record: CoachingRecord | null): boolean {
  switch (action) {
    case "record":
      return rel.rater && rel.me !== null;
    case "give_feedback":
      return rel.self;
    case "evaluate":
      return record !== null && isRecordRater(rel, record);
    case "mark_follow_up_done":
      return record !== null && (rel.self || isRecordRater(rel, record));
  }
}
