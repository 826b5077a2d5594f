import {
  type Coaching,
  canActOnCoaching,
  canReadCoaching,
  type coachingFeedbackInputSchema,
  type coachingInputSchema,
  type competencyEvaluationInputSchema,
} from "@simkin/domain";
import type { z } from "zod";
import type { Db } from "../../db";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import { listVisible, newRecord, recordOf, relationTo } from "./coaching.access";
import { notifyCoachingAnswered, notifyCoachingAssigned } from "./coaching.notices";
import * as sessions from "./coaching.repo";

type CoachingInput = z.output<typeof coachingInputSchema>;
type FeedbackInput = z.output<typeof coachingFeedbackInputSchema>;
type EvaluationInput = z.output<typeof competencyEvaluationInputSchema>;

/** Bimbingan kinerja (REGULATIONS.md §2.3, §6.6), visible to the same people as dialogues. */
export function listCoaching(ctx: RequestContext, employeeId: string | undefined): Promise<Coaching[]> {
  return listVisible(ctx, employeeId, sessions.listInScope);
}

/** The rater records a coaching session with one of the employees they rate today. */
export async function createCoaching(ctx: RequestContext, input: CoachingInput): Promise<Coaching> {
  const base = await newRecord(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      ...base,
      topic: input.topic,
      notes: input.notes,
      feedback_json: null,
      feedback_at: null,
      evaluation_json: null,
      evaluation_at: null,
    };
    await sessions.insert(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.created",
      subjectType: "coaching_session",
      subjectId: base.id,
      after: row,
    });
    await notifyCoachingAssigned(ctx, trx, row);
  });
  nudgeOutbox();
  return getCoaching(ctx.db, base.id);
}

/** Format B.1.8: the coached employee answers the nine statements once; the form is then handed on, not edited. */
export async function giveFeedback(ctx: RequestContext, id: string, input: FeedbackInput): Promise<Coaching> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, rel } = await readable(ctx, trx, id);
    if (!canActOnCoaching(rel, "give_feedback", recordOf(row))) {
      throw new ForbiddenError("Hanya pegawai yang dibimbing yang dapat mengisi umpan balik bimbingan");
    }
    const at = ctx.now.toISOString();
    // The null guard in the update also stops a second answer racing the first.
    if (!(await sessions.answerFeedback(trx, row.id, JSON.stringify(input), at))) {
      throw new ConflictError("already_answered", "Umpan balik bimbingan ini sudah Anda isi");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.feedback_given",
      subjectType: "coaching_session",
      subjectId: row.id,
      after: { ...input, at },
    });
    await notifyCoachingAnswered(ctx, trx, row);
  });
  nudgeOutbox();
  return getCoaching(ctx.db, id);
}

/** Format B.1.9: the rater scores competencies 1-5 with reasons as follow-up; they may revise it. */
export async function evaluate(ctx: RequestContext, id: string, input: EvaluationInput): Promise<Coaching> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, rel } = await readable(ctx, trx, id);
    if (!canActOnCoaching(rel, "evaluate", recordOf(row))) {
      throw new ForbiddenError("Hanya pejabat penilai pegawai ini yang dapat mengisi evaluasi kompetensi");
    }
    const at = ctx.now.toISOString();
    await sessions.saveEvaluation(trx, row.id, JSON.stringify(input), at);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "coaching.evaluated",
      subjectType: "coaching_session",
      subjectId: row.id,
      before: sessions.evaluationOf(row),
      after: { ...input, at },
    });
  });
  return getCoaching(ctx.db, id);
}

/** Loads a session the caller may read, or answers 404 as if it did not exist. */
export async function readable(ctx: RequestContext, db: Db, id: string) {
  const row = await sessions.findRow(db, id);
  if (!row) {
    throw new NotFoundError("bimbingan kinerja");
  }
  const rel = await relationTo(ctx, db, row.employee_id);
  if (!canReadCoaching(rel, recordOf(row))) {
    throw new NotFoundError("bimbingan kinerja");
  }
  return { row, rel };
}

export async function getCoaching(db: Db, id: string): Promise<Coaching> {
  const coaching = await sessions.findById(db, id);
  if (!coaching) {
    throw new NotFoundError("bimbingan kinerja");
  }
  return coaching;
}
