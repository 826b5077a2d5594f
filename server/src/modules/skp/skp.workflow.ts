import { assertSubmittable, emptyExpectations, RuleViolation, type SkpDetail } from "@simkin/domain";
import { newId } from "../../db/ids";
import { ConflictError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { valuesOf } from "./berakhlak.repo";
import { linkContextOf } from "./rhk-links.repo";
import { reviewSettingOf } from "./skp.detail";
import { notifySkpStep } from "./skp.notices";
import * as skps from "./skp.repo";
import { changeSkp, getSkp } from "./skp.service";
import { keepReturnedContent } from "./skp-changes.service";

/** The employee submits a complete SKP to the rater resolved for its period. */
export function submitSkp(ctx: RequestContext, id: string, version: number): Promise<SkpDetail> {
  return changeSkp(ctx, id, "submit", version, async (trx, skp, parties) => {
    if (!parties.raterEmployeeId) {
      throw new RuleViolation(
        "no_rater",
        "Pejabat penilai kinerja Anda belum ditetapkan; hubungi pengelola kinerja",
        {},
      );
    }
    const { context } = await linkContextOf(trx, skp, parties);
    const rhk = await skps.loadRhk(trx, id);
    const lampiran = await skps.loadLampiran(trx, id);
    assertSubmittable(
      {
        model: skp.model,
        approach: skp.approach,
        periodStart: skp.period_start,
        periodEnd: skp.period_end,
        rhk,
        lampiran,
      },
      context.raterRhkIds,
      context.carriedExternal,
    );
    // A resubmitted SKP is a new version: any earlier review does not cover it.
    return {
      values: { submitted_at: ctx.now.toISOString(), return_reason: null, reviewed_at: null, reviewed_by: null },
      event: "submitted",
      afterward: (eventId) => notifySkpStep(ctx, trx, { name: "submitted", skp, parties, eventId }),
    };
  });
}

/**
 * The rater approves; an approved revision replaces the one before it, which is kept as "diganti". Empty Ekspektasi
 * Khusus Pimpinan do not stop it (optional, REGULATIONS.md §9.1) but the audit event says how many and which.
 */
export function approveSkp(ctx: RequestContext, id: string, version: number): Promise<SkpDetail> {
  return changeSkp(ctx, id, "approve", version, async (trx, skp, parties) => {
    const expectations = await skps.loadExpectations(trx, id);
    const empty = emptyExpectations(
      (await valuesOf(trx, skp.behaviour_set)).map((v) => ({ ...v, expectation: expectations.get(v.code) ?? null })),
    );
    if (skp.previous_id) {
      await skps.setStatus(trx, skp.previous_id, "diganti", ctx.now.toISOString());
      await skps.addEvent(trx, {
        skpId: skp.previous_id,
        at: ctx.now,
        actorId: ctx.actor.userId,
        action: "superseded",
      });
    }
    return {
      values: { approved_at: ctx.now.toISOString(), approved_by: ctx.actor.employeeId },
      event: "approved",
      audit: {
        before: {},
        after: { emptyExpectations: empty.length, emptyExpectationValues: empty.map((e) => e.name) },
      },
      afterward: (eventId) => notifySkpStep(ctx, trx, { name: "approved", skp, parties, eventId }),
    };
  });
}

export function returnSkp(ctx: RequestContext, id: string, reason: string, version: number): Promise<SkpDetail> {
  return changeSkp(ctx, id, "return", version, async (trx, skp, parties) => ({
    values: { return_reason: reason },
    event: "returned",
    note: reason,
    afterward: async (eventId) => {
      await keepReturnedContent(trx, skp, eventId);
      await notifySkpStep(ctx, trx, { name: "returned", skp, parties, eventId, note: reason });
    },
  }));
}

/**
 * The pengelola kinerja's Reviu Rencana SKP (REGULATIONS.md §6.7). With the year's review required it marks the
 * submitted version reviewed, so the rater may approve it; the catatan is optional. With the review off it is only a
 * catatan perbaikan, which must then say something, and the status stays "diajukan".
 */
export function reviewSkp(ctx: RequestContext, id: string, note: string, version: number): Promise<SkpDetail> {
  return changeSkp(ctx, id, "review", version, async (trx, skp, parties) => {
    if ((await reviewSettingOf(trx, skp.year)) === "required") {
      return {
        values: { reviewed_at: ctx.now.toISOString(), reviewed_by: ctx.actor.userId },
        event: "reviewed",
        note: note || undefined,
        afterward: (eventId) => notifySkpStep(ctx, trx, { name: "reviewed", skp, parties, eventId }),
      };
    }
    if (note === "") {
      throw new RuleViolation("review_note_required", "Tuliskan catatan perbaikan untuk pegawai", {}, "note");
    }
    return {
      values: {},
      event: "review_noted",
      note,
      afterward: (eventId) => notifySkpStep(ctx, trx, { name: "review_noted", skp, parties, eventId, note }),
    };
  });
}

/** The pengelola kinerja sends a submitted SKP back to the employee with catatan perbaikan, before the rater sees it. */
export function reviewReturnSkp(ctx: RequestContext, id: string, note: string, version: number): Promise<SkpDetail> {
  return changeSkp(ctx, id, "review_return", version, async (trx, skp, parties) => ({
    values: { return_reason: note, reviewed_at: null, reviewed_by: null },
    event: "review_returned",
    note,
    afterward: async (eventId) => {
      await keepReturnedContent(trx, skp, eventId);
      await notifySkpStep(ctx, trx, { name: "review_returned", skp, parties, eventId, note });
    },
  }));
}

/** A change after approval is a new revision: a draft copy; the approved SKP stays in force until it is approved. */
export async function reviseSkp(ctx: RequestContext, id: string, version: number): Promise<SkpDetail> {
  const revisionId = newId();
  await changeSkp(ctx, id, "revise", version, async (trx, skp) => {
    if (await skps.nextRevisionOf(trx, id)) {
      throw new ConflictError("revision_exists", "Revisi SKP ini sudah dibuat");
    }
    const at = ctx.now.toISOString();
    await skps.insert(trx, {
      ...skp,
      id: revisionId,
      revision: skp.revision + 1,
      previous_id: skp.id,
      status: "draft",
      return_reason: null,
      submitted_at: null,
      approved_at: null,
      approved_by: null,
      reviewed_at: null,
      reviewed_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    // The copy keeps its RHK atasan from outside SIMKIN and its PK targets (issue 9 rules 6-7).
    const rhk = (await skps.loadRhk(trx, id)).map(skps.rhkAsInput);
    await skps.replaceContent(trx, revisionId, rhk, await skps.loadLampiran(trx, id));
    const expectations = await skps.loadExpectations(trx, id);
    await skps.replaceExpectations(
      trx,
      revisionId,
      [...expectations].map(([valueCode, text]) => ({ valueCode, text })),
    );
    await skps.copyExpectationVersions(trx, id, revisionId);
    await skps.addEvent(trx, { skpId: revisionId, at: ctx.now, actorId: ctx.actor.userId, action: "revision_started" });
    return { values: {}, event: "revision_started" };
  });
  return getSkp(ctx, revisionId);
}
