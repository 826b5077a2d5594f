import {
  type Coaching,
  coachingFeedbackInputSchema,
  competencyEvaluationInputSchema,
  displayName,
} from "@simkin/domain";
import { type Expression, expressionBuilder, type Selectable, type SqlBool } from "kysely";
import type { Db } from "../../db";
import type { CoachingSessionTable, Database } from "../../db/schema";

export type CoachingSessionRow = Selectable<CoachingSessionTable>;

/**
 * Which records a list shows: `employees` whose records are all visible, plus those `recordedBy` the caller
 * (limited to `of` when one employee was asked for). Null means nothing.
 */
export type ListScope = { employees: string[]; recordedBy: string | null; of: string | null };

/** The list scope as a filter on a dialogue's or a coaching session's employee and rater columns. */
export function inListScope(
  scope: ListScope,
  employee: Expression<string>,
  rater: Expression<string>,
): Expression<SqlBool> {
  const eb = expressionBuilder<Database, never>();
  const visible = [];
  if (scope.employees.length > 0) {
    visible.push(eb(employee, "in", scope.employees));
  }
  if (scope.recordedBy) {
    const recorded = eb(rater, "=", scope.recordedBy);
    visible.push(scope.of ? eb.and([recorded, eb(employee, "=", scope.of)]) : recorded);
  }
  return eb.or(visible);
}

/** The names of a record's employee (`e`) and rater (`r`), joined by both record types' list queries. */
export const partyNameColumns = [
  "e.name as e_name",
  "e.front_title as e_front",
  "e.back_title as e_back",
  "r.name as r_name",
  "r.front_title as r_front",
  "r.back_title as r_back",
] as const;

type PartyNames = { e_name: string; e_front: string | null; e_back: string | null } & {
  r_name: string;
  r_front: string | null;
  r_back: string | null;
};

/** Who the record is about and who recorded it, as both record types show them. */
export function partiesOf(r: PartyNames & { employee_id: string; rater_employee_id: string }) {
  return {
    employeeId: r.employee_id,
    employeeName: displayName(r.e_front, r.e_name, r.e_back),
    raterEmployeeId: r.rater_employee_id,
    raterName: displayName(r.r_front, r.r_name, r.r_back),
  };
}

/** Sessions in the scope, newest first. */
export async function listInScope(db: Db, scope: ListScope): Promise<Coaching[]> {
  const rows = await selectSessions(db)
    .where((eb) => inListScope(scope, eb.ref("s.employee_id"), eb.ref("s.rater_employee_id")))
    .orderBy("s.date", "desc")
    .orderBy("s.id", "desc")
    .execute();
  return rows.map(toCoaching);
}

export async function findById(db: Db, id: string): Promise<Coaching | undefined> {
  const row = await selectSessions(db).where("s.id", "=", id).executeTakeFirst();
  return row && toCoaching(row);
}

/** The stored row, as the access checks and the audit trail read it. */
export function findRow(db: Db, id: string): Promise<CoachingSessionRow | undefined> {
  return db.selectFrom("coaching_session").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insert(db: Db, row: CoachingSessionRow): Promise<void> {
  await db.insertInto("coaching_session").values(row).execute();
}

/** Stores the B.1.8 answers unless some are there already (the null guard stops a second answer racing the first). */
export async function answerFeedback(db: Db, id: string, json: string, at: string): Promise<boolean> {
  const answered = await db
    .updateTable("coaching_session")
    .set({ feedback_json: json, feedback_at: at })
    .where("id", "=", id)
    .where("feedback_json", "is", null)
    .executeTakeFirst();
  return Number(answered.numUpdatedRows) === 1;
}

export async function saveEvaluation(db: Db, id: string, json: string, at: string): Promise<void> {
  await db
    .updateTable("coaching_session")
    .set({ evaluation_json: json, evaluation_at: at })
    .where("id", "=", id)
    .execute();
}

function selectSessions(db: Db) {
  return db
    .selectFrom("coaching_session as s")
    .innerJoin("employee as e", "e.id", "s.employee_id")
    .innerJoin("employee as r", "r.id", "s.rater_employee_id")
    .selectAll("s")
    .select(partyNameColumns);
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof selectSessions>["execute"]>>[number];

// Stored JSON is parsed with the input schemas, so a malformed row fails loudly instead of reaching the client.
const parseFeedback = (json: string) => coachingFeedbackInputSchema.parse(JSON.parse(json));
const parseEvaluation = (json: string) => competencyEvaluationInputSchema.parse(JSON.parse(json));

/** The stored B.1.9 evaluation with its time, or null before the rater filled it. */
export function evaluationOf(r: Pick<CoachingSessionRow, "evaluation_json" | "evaluation_at">) {
  return r.evaluation_json && r.evaluation_at ? { ...parseEvaluation(r.evaluation_json), at: r.evaluation_at } : null;
}

function toCoaching(r: SessionRow): Coaching {
  return {
    id: r.id,
    ...partiesOf(r),
    date: r.date,
    topic: r.topic,
    notes: r.notes,
    feedback: r.feedback_json && r.feedback_at ? { ...parseFeedback(r.feedback_json), at: r.feedback_at } : null,
    evaluation: evaluationOf(r),
  };
}
