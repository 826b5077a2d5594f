import {
  availableEvaluationActions,
  type EvaluationAction,
  type EvaluationParties,
  type EvaluationState,
  effectiveEvaluationStatus,
  type FileRemoval,
  type KeberatanView,
  keberatanDeadline,
  keberatanFileRemoval,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { policyParties, readableEvaluation, stateFrom } from "./evaluation.access";
import type { EvaluationRow } from "./evaluation.repo";
import { settingsForYear } from "./evaluation-setting.repo";
import * as repo from "./keberatan.repo";

/** An evaluation with its keberatan (if any) as the rules see them now. */
export type Loaded = {
  evaluation: EvaluationRow;
  keberatan: repo.KeberatanRow | undefined;
  parties: EvaluationParties;
  state: EvaluationState;
  days: number;
};

/** The evaluation and its keberatan, or 404 for a record the caller may not read (as for a random id). */
export async function loadReadable(ctx: RequestContext, db: Db, evaluationId: string): Promise<Loaded> {
  const evaluation = await readableEvaluation(ctx, db, evaluationId);
  const [keberatan, settings] = await Promise.all([
    repo.findByEvaluation(db, evaluationId),
    settingsForYear(db, evaluation.year),
  ]);
  const days = settings.keberatanDays;
  const state = stateFrom(evaluation, keberatan?.status ?? "none", days, ctx.now);
  return { evaluation, keberatan, parties: policyParties(evaluation), state, days };
}

/** The same, from a keberatan's id; 404 when it does not exist or the caller may not read it. */
export async function loadByKeberatan(ctx: RequestContext, db: Db, keberatanId: string): Promise<Loaded> {
  const row = await repo.findById(db, keberatanId);
  if (!row) {
    throw new NotFoundError("keberatan");
  }
  try {
    return await loadReadable(ctx, db, row.evaluation_id);
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError("keberatan") : error;
  }
}

/** Whether the caller may remove a file of the keberatan now (keberatanFileRemoval). */
export const fileRemoval = (ctx: RequestContext, loaded: Loaded, file: repo.FileRow): FileRemoval =>
  keberatanFileRemoval(
    ctx.actor,
    { createdBy: file.created_by },
    { status: effectiveEvaluationStatus(loaded.state), keberatan: loaded.state.keberatan },
  );

export const can = (ctx: RequestContext, loaded: Loaded, action: EvaluationAction) =>
  availableEvaluationActions(ctx.actor, loaded.parties, loaded.state).includes(action);

/** The view the screens show: the evaluation, its window, the keberatan with its files, and the caller's actions. */
export async function viewOf(ctx: RequestContext, db: Db, loaded: Loaded): Promise<KeberatanView> {
  const { evaluation: e, keberatan: k } = loaded;
  const names = await repo.people(db, [
    e.employee_id,
    e.rater_employee_id,
    e.atasan_employee_id,
    k?.explained_by ?? null,
    k?.decided_by ?? null,
  ]);
  const personOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const files = k ? await repo.filesOf(db, k.id) : [];
  const receivedOn = e.received_at ? wibDate(new Date(e.received_at)) : null;
  return {
    evaluation: {
      id: e.id,
      year: e.year,
      periodCode: e.period_code,
      status: effectiveEvaluationStatus(loaded.state),
      employee: personOf(e.employee_id),
      rater: personOf(e.rater_employee_id),
      atasan: personOf(e.atasan_employee_id),
      atasanExternal: e.atasan_external === 1,
      ratingHasilKerja: e.rating_hasil_kerja,
      ratingPerilaku: e.rating_perilaku,
      predikat: e.predikat,
      receivedAt: e.received_at,
      deadline: receivedOn ? keberatanDeadline(receivedOn, loaded.days) : null,
      windowOpen: loaded.state.windowOpen,
      version: e.version,
    },
    keberatan: k ? repo.toKeberatan(k, files, names, (file) => fileRemoval(ctx, loaded, file) === "allowed") : null,
    actions: availableEvaluationActions(ctx.actor, loaded.parties, loaded.state),
  };
}
