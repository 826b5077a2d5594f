import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import * as texts from "../notification/step-texts";
import * as employees from "../org/employee.repo";

type Record = { id: string; employee_id: string; rater_employee_id: string; date: string };

const nameOf = async (db: Db, employeeId: string, fallback: string) =>
  (await employees.findById(db, employeeId))?.displayName ?? fallback;

/** A coaching session recorded by the rater hands Format B.1.8 to the employee (issue 11): told at once. */
export async function notifyCoachingAssigned(ctx: RequestContext, trx: Db, row: Record & { topic: string }) {
  const by = await nameOf(trx, row.rater_employee_id, "Pejabat penilai kinerja");
  await notifyStep(ctx, trx, {
    key: `coaching_assigned:${row.id}`,
    to: row.employee_id,
    kind: "coaching_assigned",
    subjectId: row.id,
    link: "/team/dialogues?tab=bimbingan",
    ...texts.coachingAssignedText(row.date, by, row.topic),
  });
}

/** The employee's B.1.8 answer hands the evaluation (Format B.1.9) to the rater who held the session. */
export async function notifyCoachingAnswered(ctx: RequestContext, trx: Db, row: Record) {
  const employee = await nameOf(trx, row.employee_id, "Pegawai");
  await notifyStep(ctx, trx, {
    key: `coaching_answered:${row.id}`,
    to: row.rater_employee_id,
    kind: "coaching_answered",
    subjectId: row.id,
    link: "/team/dialogues?tab=bimbingan",
    ...texts.coachingAnsweredText(row.date, employee),
  });
}

/** A recorded dialogue gives the employee its agreements and follow-up actions to do. */
export async function notifyDialogueRecorded(ctx: RequestContext, trx: Db, row: Record, followUps: number) {
  const by = await nameOf(trx, row.rater_employee_id, "Pejabat penilai kinerja");
  await notifyStep(ctx, trx, {
    key: `dialogue_recorded:${row.id}`,
    to: row.employee_id,
    kind: "dialogue_recorded",
    subjectId: row.id,
    link: "/team/dialogues",
    ...texts.dialogueRecordedText(row.date, by, followUps),
  });
}
