import type { Dialogue } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { DialogueFollowUpTable, PerformanceDialogueTable } from "../../db/schema";
import { inListScope, type ListScope, partiesOf, partyNameColumns } from "./coaching.repo";

/** A follow-up action with the parties of its dialogue, as the access checks read it. */
export type FollowUpWithParties = Pick<Selectable<DialogueFollowUpTable>, "id" | "dialogue_id" | "done_at"> &
  Pick<PerformanceDialogueTable, "employee_id" | "rater_employee_id">;

/** Dialogues in the scope, newest first, with their follow-up actions. */
export async function listInScope(db: Db, scope: ListScope): Promise<Dialogue[]> {
  const rows = await selectDialogues(db)
    .where((eb) => inListScope(scope, eb.ref("d.employee_id"), eb.ref("d.rater_employee_id")))
    .orderBy("d.date", "desc")
    .orderBy("d.id", "desc")
    .execute();
  return withFollowUps(db, rows);
}

export async function findById(db: Db, id: string): Promise<Dialogue | undefined> {
  const rows = await selectDialogues(db).where("d.id", "=", id).execute();
  const [dialogue] = await withFollowUps(db, rows);
  return dialogue;
}

export async function insert(
  db: Db,
  row: Selectable<PerformanceDialogueTable>,
  followUps: readonly Selectable<DialogueFollowUpTable>[],
): Promise<void> {
  await db.insertInto("performance_dialogue").values(row).execute();
  if (followUps.length > 0) {
    await db.insertInto("dialogue_follow_up").values(followUps).execute();
  }
}

export function findFollowUp(db: Db, id: string): Promise<FollowUpWithParties | undefined> {
  return db
    .selectFrom("dialogue_follow_up as f")
    .innerJoin("performance_dialogue as d", "d.id", "f.dialogue_id")
    .select(["f.id", "f.dialogue_id", "f.done_at", "d.employee_id", "d.rater_employee_id"])
    .where("f.id", "=", id)
    .executeTakeFirst();
}

export async function markFollowUpDone(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable("dialogue_follow_up").set({ done_at: at }).where("id", "=", id).execute();
}

function selectDialogues(db: Db) {
  return db
    .selectFrom("performance_dialogue as d")
    .innerJoin("employee as e", "e.id", "d.employee_id")
    .innerJoin("employee as r", "r.id", "d.rater_employee_id")
    .selectAll("d")
    .select(partyNameColumns);
}

type DialogueRow = Awaited<ReturnType<ReturnType<typeof selectDialogues>["execute"]>>[number];

async function withFollowUps(db: Db, rows: DialogueRow[]): Promise<Dialogue[]> {
  const followUps =
    rows.length === 0
      ? []
      : await db
          .selectFrom("dialogue_follow_up")
          .selectAll()
          .where(
            "dialogue_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("due_date")
          .orderBy("id")
          .execute();
  return rows.map((r) => ({
    id: r.id,
    ...partiesOf(r),
    date: r.date,
    topics: r.topics,
    agreements: r.agreements,
    followUps: followUps
      .filter((f) => f.dialogue_id === r.id)
      .map((f) => ({ id: f.id, action: f.action, dueDate: f.due_date, doneAt: f.done_at })),
  }));
}
