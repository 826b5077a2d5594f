import {
  canActOnCoaching,
  canReadCoaching,
  type Dialogue,
  type dialogueInputSchema,
  RuleViolation,
} from "@simkin/domain";
import type { z } from "zod";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import { listVisible, newRecord, recordOf, relationTo } from "./coaching.access";
import { notifyDialogueRecorded } from "./coaching.notices";
import * as dialogues from "./dialogue.repo";

type DialogueInput = z.output<typeof dialogueInputSchema>;

/** Dialog kinerja (REGULATIONS.md §2.3), for one employee or for the caller and their team (listVisible). */
export function listDialogues(ctx: RequestContext, employeeId: string | undefined): Promise<Dialogue[]> {
  return listVisible(ctx, employeeId, dialogues.listInScope);
}

/** The rater records a dialogue held with one of the employees they rate today, with its follow-up actions. */
export async function createDialogue(ctx: RequestContext, input: DialogueInput): Promise<Dialogue> {
  const base = await newRecord(ctx, input, () => assertFollowUpsAfter(input));
  const id = base.id;
  await ctx.db.transaction().execute(async (trx) => {
    const row = { ...base, topics: input.topics, agreements: input.agreements };
    const followUps = input.followUps.map((f) => ({
      id: newId(ctx.now.getTime()),
      dialogue_id: id,
      action: f.action,
      due_date: f.dueDate,
      done_at: null,
    }));
    await dialogues.insert(trx, row, followUps);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "dialogue.created",
      subjectType: "performance_dialogue",
      subjectId: id,
      after: { ...row, followUps },
    });
    await notifyDialogueRecorded(ctx, trx, row, followUps.length);
  });
  nudgeOutbox();
  return getDialogue(ctx.db, id);
}

/** A follow-up is due on or after the dialogue it comes from. */
function assertFollowUpsAfter(input: DialogueInput): void {
  const early = input.followUps.findIndex((f) => f.dueDate < input.date);
  if (early >= 0) {
    throw new RuleViolation(
      "due_before_dialogue",
      "Batas waktu tindak lanjut tidak boleh sebelum tanggal dialog",
      {},
      `followUps/${early}/dueDate`,
    );
  }
}

/** Marks a follow-up action done; the employee or their rater may. Done twice keeps the first time. */
export async function completeFollowUp(ctx: RequestContext, followUpId: string): Promise<Dialogue> {
  const dialogueId = await ctx.db.transaction().execute(async (trx) => {
    const row = await dialogues.findFollowUp(trx, followUpId);
    if (!row) {
      throw new NotFoundError("tindak lanjut");
    }
    const rel = await relationTo(ctx, trx, row.employee_id);
    if (!canReadCoaching(rel, recordOf(row))) {
      throw new NotFoundError("tindak lanjut");
    }
    if (!canActOnCoaching(rel, "mark_follow_up_done", recordOf(row))) {
      throw new ForbiddenError("Hanya pegawai dan pejabat penilainya yang dapat menandai tindak lanjut selesai");
    }
    if (row.done_at === null) {
      const at = ctx.now.toISOString();
      await dialogues.markFollowUpDone(trx, row.id, at);
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
  const dialogue = await dialogues.findById(db, id);
  if (!dialogue) {
    throw new NotFoundError("dialog kinerja");
  }
  return dialogue;
}
