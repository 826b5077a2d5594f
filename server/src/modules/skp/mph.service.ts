import { RuleViolation, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as mph from "./mph.repo";
import * as skps from "./skp.repo";
import { subordinates } from "./team.service";

/**
 * Matriks Peran Hasil (REGULATIONS.md §2.2, issue 9 rule 17): the leader's approved IKI across (grouped under their
 * RHK), the subordinates they rate down, the peran-hasil in the cells.
 */
export async function matrix(ctx: RequestContext, year: number) {
  const me = ctx.actor.employeeId;
  const mine = me ? await skps.approvedFor(ctx.db, me, year, wibDate(ctx.now)) : undefined;
  return {
    skpId: mine?.id ?? null,
    rhk: mine ? await mph.rhkWithIkis(ctx.db, mine.id) : [],
    subordinates: await subordinates(ctx.db, me, ctx.now),
    assignments: me ? (await mph.listForLeader(ctx.db, me, year)).map(mph.toAssignment) : [],
  };
}

/**
 * Gives a subordinate a peran-hasil under one of the leader's approved IKI. It becomes a proposed RHK of the
 * subordinate's draft now (intervening the IKI's RHK), or of the draft they start later.
 */
export async function assign(ctx: RequestContext, input: { raterIkiId: string; employeeId: string; text: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const iki = await mph.findIki(trx, input.raterIkiId);
    if (!iki || iki.employee_id !== ctx.actor.employeeId || iki.status !== "disetujui") {
      throw new RuleViolation("mph_iki_invalid", "Pilih IKI Anda sendiri yang sudah disetujui", {}, "raterIkiId");
    }
    const team = await subordinates(trx, ctx.actor.employeeId, ctx.now);
    if (!team.some((m) => m.employeeId === input.employeeId)) {
      throw new RuleViolation("mph_not_subordinate", "Pegawai ini bukan bawahan yang Anda nilai", {}, "employeeId");
    }
    const row = {
      id: newId(),
      year: iki.year,
      rater_employee_id: iki.employee_id,
      rater_rhk_id: iki.rhk_id,
      rater_iki_id: iki.iki_id,
      employee_id: input.employeeId,
      text: input.text,
      version: 1,
      created_at: ctx.now.toISOString(),
    };
    await mph.insert(trx, row);
    await proposeToDraft(trx, ctx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "mph.assigned",
      subjectType: "mph_assignment",
      subjectId: row.id,
      after: row,
    });
    return mph.toAssignment(row);
  });
}

/** The leader rewords a cell. An RHK already proposed from it stays the subordinate's to edit in their draft. */
export async function update(ctx: RequestContext, id: string, input: { text: string; version: number }) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownAssignment(ctx, trx, id);
    if (!(await mph.updateText(trx, id, input.version, input.text))) {
      throw new StaleVersionError("peran hasil");
    }
    const after = { ...row, text: input.text, version: input.version + 1 };
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "mph.updated",
      subjectType: "mph_assignment",
      subjectId: id,
      before: row,
      after,
    });
    return mph.toAssignment(after);
  });
}

export async function unassign(ctx: RequestContext, id: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownAssignment(ctx, trx, id);
    await mph.remove(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "mph.unassigned",
      subjectType: "mph_assignment",
      subjectId: id,
      before: row,
    });
    return { ok: true as const };
  });
}

/** Only the leader who made an assignment changes it; for anyone else it does not exist. */
async function ownAssignment(ctx: RequestContext, db: Db, id: string) {
  const row = await mph.findById(db, id);
  if (!row || row.rater_employee_id !== ctx.actor.employeeId) {
    throw new NotFoundError("peran hasil");
  }
  return row;
}

async function proposeToDraft(
  db: Db,
  ctx: RequestContext,
  a: { id: string; year: number; employee_id: string; rater_rhk_id: string; text: string },
) {
  const draft = (await skps.listForEmployee(db, a.employee_id, a.year)).find(
    (s) => s.status === "draft" || s.status === "dikembalikan",
  );
  if (!draft) {
    return;
  }
  const proposal = {
    kind: "utama" as const,
    text: a.text,
    parentRhkId: a.rater_rhk_id,
    perspektif: null,
    fromAssignmentId: a.id,
    ikis: [],
  };
  await skps.appendRhk(db, draft.id, [proposal], await skps.countRhk(db, draft.id));
  await skps.update(db, draft.id, draft.version, {}, ctx.now.toISOString());
  await skps.addEvent(db, {
    skpId: draft.id,
    at: ctx.now,
    actorId: ctx.actor.userId,
    action: "proposed_from_matrix",
    note: a.text,
  });
}
