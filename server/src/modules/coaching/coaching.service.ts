import {
  type Coaching,
  coachingFeedbackInputSchema,
  type coachingInputSchema,
  competencyEvaluationInputSchema,
  displayName,
} from "@simkin/domain";
import type { z } from "zod";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { assertNotInFuture, assertRatee, canRead, isRecordRater, listScope, relationTo } from "./coaching.access";

type CoachingInput = z.output<typeof coachingInputSchema>;
type FeedbackInput = z.output<typeof coachingFeedbackInputSchema>;
type EvaluationInput = z.output<typeof competencyEvaluationInputSchema>;

/** Bimbingan kinerja (REGULATIONS.md §2.3, §6.6), visible to the same people as dialogues. */
export async function listCoaching(ctx: RequestContext, employeeId: string | undefined): Promise<Coaching[]> {
  const scope = await listScope(ctx, employeeId);
  if (!scope) {
    return [];
  }
  const rows = await selectSessions(ctx.db)
    .where((eb) => {
      const visible = [];
      if (scope.employees.length > 0) {
        visible.push(eb("s.employee_id", "in", scope.employees));
      }
      if (scope.recordedBy) {
        const recorded = eb("s.rater_employee_id", "=", scope.recordedBy);
        visible.push(scope.of ? eb.and([recorded, eb("s.employee_id", "=", scope.of)]) : recorded);
      }
      return eb.or(visible);
    })
    .orderBy("s.date", "desc")
    .orderBy("s.id", "desc")
    .execute();
  return rows.map(toCoaching);
}

/** The rater records a coaching session with one of the employees they rate today. */
export async function createCoaching(ctx: RequestContext, input: CoachingInput): Promise<Coaching> {
  assertNotInFuture(ctx, input.date);
  const id = newId(ctx.now.getTime());
  // Resolved from the org chart before the write transaction, which does not touch it.
  const raterId = await assertRatee(ctx, ctx.db, input.employeeId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id,
      employee_id: input.employeeId,
      rater_employee_id: raterId,
      date: input.date,
      topic: input.topic,
      notes: input.notes,
      feedback_json: null,
      feedback_at: null,
      evaluation_json: null,
      evaluation_at: null,
      created_at: ctx.now.toISOString(),
    };
    await trx.insertInto("coaching_session").values(row).execute();
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.created",
      subjectType: "coaching_session",
      subjectId: id,
      after: row,
    });
  });
  return getCoaching(ctx.db, id);
}

/** Format B.1.8: the coached employee answers the nine statements once; the form is then handed on, not edited. */
export async function giveFeedback(ctx: RequestContext, id: string, input: FeedbackInput): Promise<Coaching> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, rel } = await readable(ctx, trx, id);
    if (!rel.self) {
      throw new ForbiddenError("Hanya pegawai yang dibimbing yang dapat mengisi umpan balik bimbingan");
    }
    const at = ctx.now.toISOString();
    const answered = await trx
      .updateTable("coaching_session")
      .set({ feedback_json: JSON.stringify(input), feedback_at: at })
      .where("id", "=", row.id)
      .where("feedback_json", "is", null)
      .executeTakeFirst();
    // The null guard in the update also stops a second answer racing the first.
    if (Number(answered.numUpdatedRows) !== 1) {
      throw new ConflictError("already_answered", "Umpan balik bimbingan ini sudah Anda isi");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.feedback_given",
      subjectType: "coaching_session",
      subjectId: row.id,
      after: { ...input, at },
    });
  });
  return getCoaching(ctx.db, id);
}

/** Format B.1.9: the rater scores competencies 1-5 with reasons as follow-up; they may revise it. */
export async function evaluate(ctx: RequestContext, id: string, input: EvaluationInput): Promise<Coaching> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, rel } = await readable(ctx, trx, id);
    if (!isRecordRater(rel, row)) {
      throw new ForbiddenError("Hanya pejabat penilai pegawai ini yang dapat mengisi evaluasi kompetensi");
    }
    const at = ctx.now.toISOString();
    await trx
      .updateTable("coaching_session")
      .set({ evaluation_json: JSON.stringify(input), evaluation_at: at })
      .where("id", "=", row.id)
      .execute();
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.evaluated",
      subjectType: "coaching_session",
      subjectId: row.id,
      before: row.evaluation_json === null ? null : { ...parseEvaluation(row.evaluation_json), at: row.evaluation_at },
      after: { ...input, at },
    });
  });
  return getCoaching(ctx.db, id);
}

/** Loads a session the caller may read, or answers 404 as if it did not exist. */
export async function readable(ctx: RequestContext, db: Db, id: string) {
  const row = await db.selectFrom("coaching_session").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) {
    throw new NotFoundError("bimbingan kinerja");
  }
  const rel = await relationTo(ctx, db, row.employee_id);
  if (!canRead(rel, row)) {
    throw new NotFoundError("bimbingan kinerja");
  }
  return { row, rel };
}

export async function getCoaching(db: Db, id: string): Promise<Coaching> {
  const row = await selectSessions(db).where("s.id", "=", id).executeTakeFirst();
  if (!row) {
    throw new NotFoundError("bimbingan kinerja");
  }
  return toCoaching(row);
}

function selectSessions(db: Db) {
  return db
    .selectFrom("coaching_session as s")
    .innerJoin("employee as e", "e.id", "s.employee_id")
    .innerJoin("employee as r", "r.id", "s.rater_employee_id")
    .selectAll("s")
    .select([
      "e.name as e_name",
      "e.front_title as e_front",
      "e.back_title as e_back",
      "r.name as r_name",
      "r.front_title as r_front",
      "r.back_title as r_back",
    ]);
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof selectSessions>["execute"]>>[number];

// Stored JSON is parsed with the input schemas, so a malformed row fails loudly instead of reaching the client.
const parseFeedback = (json: string) => coachingFeedbackInputSchema.parse(JSON.parse(json));
const parseEvaluation = (json: string) => competencyEvaluationInputSchema.parse(JSON.parse(json));

function toCoaching(r: SessionRow): Coaching {
  return {
    id: r.id,
    employeeId: r.employee_id,
    employeeName: displayName(r.e_front, r.e_name, r.e_back),
    raterEmployeeId: r.rater_employee_id,
    raterName: displayName(r.r_front, r.r_name, r.r_back),
    date: r.date,
    topic: r.topic,
    notes: r.notes,
    feedback: r.feedback_json && r.feedback_at ? { ...parseFeedback(r.feedback_json), at: r.feedback_at } : null,
    evaluation:
      r.evaluation_json && r.evaluation_at ? { ...parseEvaluation(r.evaluation_json), at: r.evaluation_at } : null,
  };
}
