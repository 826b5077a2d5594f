import { type Dialogue, type dialogueInputSchema, displayName, RuleViolation } from "@simkin/domain";
import type { z } from "zod";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { assertNotInFuture, assertRatee, canRead, isRecordRater, listScope, relationTo } from "./coaching.access";

type DialogueInput = z.output<typeof dialogueInputSchema>;

/** Dialog kinerja (REGULATIONS.md §2.3): what the caller may see, for one employee or for themselves and their team. */
export async function listDialogues(ctx: RequestContext, employeeId: string | undefined): Promise<Dialogue[]> {
  const scope = await listScope(ctx, employeeId);
  if (!scope) {
    return [];
  }
  const rows = await selectDialogues(ctx.db)
    .where((eb) => {
      const visible = [];
      if (scope.employees.length > 0) {
        visible.push(eb("d.employee_id", "in", scope.employees));
      }
      if (scope.recordedBy) {
        const recorded = eb("d.rater_employee_id", "=", scope.recordedBy);
        visible.push(scope.of ? eb.and([recorded, eb("d.employee_id", "=", scope.of)]) : recorded);
      }
      return eb.or(visible);
    })
    .orderBy("d.date", "desc")
    .orderBy("d.id", "desc")
    .execute();
  return withFollowUps(ctx.db, rows);
}

/** The rater records a dialogue held with one of the employees they rate today, with its follow-up actions. */
export async function createDialogue(ctx: RequestContext, input: DialogueInput): Promise<Dialogue> {
  assertNotInFuture(ctx, input.date);
  const early = input.followUps.findIndex((f) => f.dueDate < input.date);
  if (early >= 0) {
    throw new RuleViolation(
      "due_before_dialogue",
      "Batas waktu tindak lanjut tidak boleh sebelum tanggal dialog",
      {},
      `followUps/${early}/dueDate`,
    );
  }
  const id = newId(ctx.now.getTime());
  // Resolved from the org chart before the write transaction, which does not touch it.
  const raterId = await assertRatee(ctx, ctx.db, input.employeeId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id,
      employee_id: input.employeeId,
      rater_employee_id: raterId,
      date: input.date,
      topics: input.topics,
      agreements: input.agreements,
      created_at: ctx.now.toISOString(),
    };
    await trx.insertInto("performance_dialogue").values(row).execute();
    const followUps = input.followUps.map((f) => ({
      id: newId(ctx.now.getTime()),
      dialogue_id: id,
      action: f.action,
      due_date: f.dueDate,
      done_at: null,
    }));
    if (followUps.length > 0) {
      await trx.insertInto("dialogue_follow_up").values(followUps).execute();
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "dialogue.created",
      subjectType: "performance_dialogue",
      subjectId: id,
      after: { ...row, followUps },
    });
  });
  return getDialogue(ctx.db, id);
}

/** Marks a follow-up action done; the employee or their rater may. Done twice keeps the first time. */
export async function completeFollowUp(ctx: RequestContext, followUpId: string): Promise<Dialogue> {
  const dialogueId = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("dialogue_follow_up as f")
      .innerJoin("performance_dialogue as d", "d.id", "f.dialogue_id")
      .select(["f.id", "f.dialogue_id", "f.done_at", "d.employee_id", "d.rater_employee_id"])
      .where("f.id", "=", followUpId)
      .executeTakeFirst();
    if (!row) {
      throw new NotFoundError("tindak lanjut");
    }
    const rel = await relationTo(ctx, trx, row.employee_id);
    if (!canRead(rel, row)) {
      throw new NotFoundError("tindak lanjut");
    }
    if (!rel.self && !isRecordRater(rel, row)) {
      throw new ForbiddenError("Hanya pegawai dan pejabat penilainya yang dapat menandai tindak lanjut selesai");
    }
    if (row.done_at === null) {
      const at = ctx.now.toISOString();
      await trx.updateTable("dialogue_follow_up").set({ done_at: at }).where("id", "=", row.id).execute();
      await audit.record(trx, ctx.actor.userId, ctx.now, {
        action: "dialogue.follow_up_done",
        subjectType: "dialogue_follow_up",
        subjectId: row.id,
        before: { done_at: null },
        after: { done_at: at },
      });
    }
    return row.dialogue_id;
  });
  return getDialogue(ctx.db, dialogueId);
}

async function getDialogue(db: Db, id: string): Promise<Dialogue> {
  const rows = await selectDialogues(db).where("d.id", "=", id).execute();
  const [dialogue] = await withFollowUps(db, rows);
  if (!dialogue) {
    throw new NotFoundError("dialog kinerja");
  }
  return dialogue;
}

function selectDialogues(db: Db) {
  return db
    .selectFrom("performance_dialogue as d")
    .innerJoin("employee as e", "e.id", "d.employee_id")
    .innerJoin("employee as r", "r.id", "d.rater_employee_id")
    .selectAll("d")
    .select([
      "e.name as e_name",
      "e.front_title as e_front",
      "e.back_title as e_back",
      "r.name as r_name",
      "r.front_title as r_front",
      "r.back_title as r_back",
    ]);
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
    employeeId: r.employee_id,
    employeeName: displayName(r.e_front, r.e_name, r.e_back),
    raterEmployeeId: r.rater_employee_id,
    raterName: displayName(r.r_front, r.r_name, r.r_back),
    date: r.date,
    topics: r.topics,
    agreements: r.agreements,
    followUps: followUps
      .filter((f) => f.dialogue_id === r.id)
      .map((f) => ({ id: f.id, action: f.action, dueDate: f.due_date, doneAt: f.done_at })),
  }));
}
