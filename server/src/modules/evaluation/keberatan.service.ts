import {
  type DecideKeberatanInput,
  type ExternalDecisionInput,
  KEBERATAN_PAGE_SIZE,
  type KeberatanView,
  KUADRAN_RULE_VERSION,
  type keberatanListQuerySchema,
  predikatFor,
  type RatingSnapshot,
  RuleViolation,
  readsAllRecords,
} from "@simkin/domain";
import type { z } from "zod";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, ForbiddenError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import type { EvaluationRow } from "./evaluation.repo";
import { can, type Loaded, loadByKeberatan, loadReadable, viewOf } from "./keberatan.access";
import { notifyDecided, notifyExplained, notifyFiled } from "./keberatan.notices";
import * as repo from "./keberatan.repo";

/** An evaluation's keberatan as its parties (and those who read all records) see it. */
export async function getView(ctx: RequestContext, evaluationId: string): Promise<KeberatanView> {
  return viewOf(ctx, ctx.db, await loadReadable(ctx, ctx.db, evaluationId));
}

/** The keberatan the caller may read: all for the pengelola, auditor and admin; else those they are a party of. */
export async function listKeberatan(ctx: RequestContext, query: z.output<typeof keberatanListQuerySchema>) {
  const employeeId = ctx.actor.employeeId;
  const scope: repo.ListScope | null = readsAllRecords(ctx.actor.roles)
    ? { all: true }
    : employeeId
      ? { all: false, employeeId }
      : null;
  const { items, total } = scope ? await repo.list(ctx.db, scope, query.status, query.page) : { items: [], total: 0 };
  return { items, total, page: query.page, pageSize: KEBERATAN_PAGE_SIZE };
}

const windowClosed = () =>
  new RuleViolation(
    "keberatan_window_closed",
    "Batas waktu pengajuan keberatan telah lewat (14 hari sejak hasil evaluasi diterima)",
  );
const alreadyFiled = () =>
  new ConflictError("keberatan_already_filed", "Keberatan atas hasil evaluasi ini sudah diajukan");
const locked = () =>
  new RuleViolation("evaluation_locked", "Hasil evaluasi sudah terkunci dan tidak dapat diubah lagi");
const notPending = () => new RuleViolation("keberatan_not_pending", "Keberatan ini sudah diputus");

/** The employee objects to their delivered result, with reasons, within the window (PP 30/2019 Pasal 59(1)-(2)). */
export async function fileKeberatan(
  ctx: RequestContext,
  evaluationId: string,
  input: { reasons: string; version: number },
): Promise<KeberatanView> {
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadReadable(ctx, trx, evaluationId);
    const { evaluation: e } = loaded;
    if (!can(ctx, loaded, "file_keberatan")) {
      if (ctx.actor.employeeId !== e.employee_id) {
        throw new ForbiddenError("Hanya pegawai yang dinilai yang dapat mengajukan keberatan");
      }
      if (loaded.keberatan) {
        throw alreadyFiled();
      }
      if (e.status === "draft") {
        throw new RuleViolation("evaluation_not_delivered", "Hasil evaluasi belum ditetapkan dan diterimakan");
      }
      throw windowClosed();
    }
    if (input.version !== e.version) {
      throw new StaleVersionError("evaluasi");
    }
    const at = ctx.now.toISOString();
    const row: repo.KeberatanRow = {
      id: newId(ctx.now.getTime()),
      evaluation_id: e.id,
      status: "diajukan",
      reasons: input.reasons,
      filed_at: at,
      explanation: null,
      explained_at: null,
      explained_by: null,
      outcome: null,
      decision: null,
      decided_at: null,
      decided_by: null,
      source: null,
      recorded_by: null,
      letter_number: null,
      letter_date: null,
      before_json: null,
      after_json: null,
      version: 1,
      updated_at: at,
    };
    if (!(await repo.insert(trx, row))) {
      throw alreadyFiled();
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "keberatan.filed",
      subjectType: "keberatan",
      subjectId: row.id,
      after: { evaluationId: e.id, reasons: row.reasons },
    });
    await notifyFiled(ctx, trx, e, row.id);
  });
  nudgeOutbox();
  return getView(ctx, evaluationId);
}

/** The rater of record explains the rating to the atasan (Pasal 59(3)). */
export async function explainKeberatan(
  ctx: RequestContext,
  keberatanId: string,
  input: { explanation: string; version: number },
): Promise<KeberatanView> {
  const evaluationId = await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadByKeberatan(ctx, trx, keberatanId);
    const { evaluation: e } = loaded;
    const k = pendingOf(
      loaded,
      () => isParty(ctx, e, e.rater_employee_id),
      "Hanya pejabat penilai yang menetapkan hasil evaluasi ini yang dapat memberi penjelasan",
    );
    if (!can(ctx, loaded, "explain_keberatan")) {
      throw new ConflictError("keberatan_already_explained", "Penjelasan atas keberatan ini sudah diberikan");
    }
    const at = ctx.now.toISOString();
    const values = {
      status: "dijelaskan" as const,
      explanation: input.explanation,
      explained_at: at,
      explained_by: ctx.actor.employeeId,
      updated_at: at,
    };
    if (input.version !== k.version || !(await repo.update(trx, k.id, k.version, values))) {
      throw new StaleVersionError("keberatan");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "keberatan.explained",
      subjectType: "keberatan",
      subjectId: k.id,
      before: { status: k.status },
      after: { status: values.status, explanation: values.explanation },
    });
    await notifyExplained(ctx, trx, e, k.id);
    return e.id;
  });
  nudgeOutbox();
  return getView(ctx, evaluationId);
}

/** Whether the caller is this party of record (a missing party is nobody, never an actor without an employee). */
const isParty = (ctx: RequestContext, e: EvaluationRow, party: string | null) =>
  party !== null && ctx.actor.employeeId === party && e.employee_id !== party;

/**
 * The keberatan of a loaded evaluation, once the caller is the right person (403 otherwise) and the evaluation still
 * takes a step: a locked evaluation or a decided keberatan refuse with their codes.
 */
function pendingOf(loaded: Loaded, isRightPerson: () => boolean, refusal: string): repo.KeberatanRow {
  const k = loaded.keberatan;
  if (!k || !isRightPerson()) {
    throw new ForbiddenError(refusal);
  }
  if (loaded.evaluation.status === "locked") {
    throw locked();
  }
  if (k.status === "diputus") {
    throw notPending();
  }
  return k;
}

/** The atasan of the rater decides (Pasal 59(4)): final; the ratings change or stay, and the result locks. */
export async function decideKeberatan(
  ctx: RequestContext,
  keberatanId: string,
  input: DecideKeberatanInput,
): Promise<KeberatanView> {
  return decide(ctx, keberatanId, input, (loaded) => {
    const e = loaded.evaluation;
    pendingOf(
      loaded,
      () => isParty(ctx, e, e.atasan_employee_id),
      "Hanya atasan pejabat penilai yang dapat memutus keberatan ini",
    );
    if (!can(ctx, loaded, "decide_keberatan")) {
      throw new RuleViolation(
        "keberatan_external_decision",
        "Keputusan atasan pejabat penilai ini dicatat oleh pengelola kinerja dari surat keputusannya",
      );
    }
    return { source: "internal", decidedBy: ctx.actor.employeeId, letter: null };
  });
}

/** The pengelola kinerja records a decision the atasan made outside SIMKIN, from its letter and scan. */
export async function recordExternalDecision(
  ctx: RequestContext,
  keberatanId: string,
  input: ExternalDecisionInput,
): Promise<KeberatanView> {
  return decide(ctx, keberatanId, input, async (loaded, trx) => {
    const e = loaded.evaluation;
    const me = ctx.actor.employeeId;
    const k = pendingOf(
      loaded,
      () => ctx.actor.roles.includes("pengelola_kinerja") && me !== e.employee_id && me !== e.rater_employee_id,
      "Hanya pengelola kinerja (bukan pegawai atau penilainya) yang dapat mencatat keputusan dari surat",
    );
    if (!can(ctx, loaded, "record_external_decision")) {
      throw new RuleViolation(
        "keberatan_not_external",
        "Atasan pejabat penilai memakai SIMKIN: keberatan ini diputus olehnya sendiri",
      );
    }
    const scan = await repo.findFile(trx, input.scanFileId);
    if (scan?.owner_id !== k.id || scan.kind !== "surat_keputusan") {
      throw new RuleViolation(
        "keberatan_scan_required",
        "Unggah pindaian surat keputusan keberatan ini terlebih dahulu",
        {},
        "scanFileId",
      );
    }
    return {
      source: "external",
      decidedBy: e.atasan_employee_id,
      letter: { number: input.letterNumber, date: input.letterDate },
    };
  });
}

type Decider = {
  source: "internal" | "external";
  decidedBy: string | null;
  letter: { number: string; date: string } | null;
};

async function decide(
  ctx: RequestContext,
  keberatanId: string,
  input: DecideKeberatanInput,
  authorise: (loaded: Loaded, trx: Db) => Decider | Promise<Decider>,
): Promise<KeberatanView> {
  const evaluationId = await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadByKeberatan(ctx, trx, keberatanId);
    const who = await authorise(loaded, trx);
    const { evaluation: e } = loaded;
    // Safe: authorise threw unless the keberatan exists and is pending.
    const k = loaded.keberatan as repo.KeberatanRow;
    if (input.version !== k.version) {
      throw new StaleVersionError("keberatan");
    }
    const before: RatingSnapshot = {
      ratingHasilKerja: e.rating_hasil_kerja,
      ratingPerilaku: e.rating_perilaku,
      predikat: e.predikat,
    };
    const after = afterOf(before, input);
    const at = ctx.now.toISOString();
    const values = {
      status: "diputus" as const,
      outcome: input.outcome,
      decision: input.decision,
      decided_at: at,
      decided_by: who.decidedBy,
      source: who.source,
      recorded_by: ctx.actor.userId,
      letter_number: who.letter?.number ?? null,
      letter_date: who.letter?.date ?? null,
      before_json: JSON.stringify(before),
      after_json: JSON.stringify(after),
      updated_at: at,
    };
    const ratings = {
      rating_hasil_kerja: after.ratingHasilKerja,
      rating_perilaku: after.ratingPerilaku,
      predikat: after.predikat,
      rule_version: input.outcome === "dikabulkan" ? KUADRAN_RULE_VERSION : e.rule_version,
      at,
    };
    if (!(await repo.update(trx, k.id, k.version, values)) || !(await repo.lockEvaluation(trx, e, ratings))) {
      throw new StaleVersionError("keberatan");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: who.source === "external" ? "keberatan.external_recorded" : "keberatan.decided",
      subjectType: "keberatan",
      subjectId: k.id,
      before: { status: k.status, ...before },
      after: {
        status: values.status,
        outcome: values.outcome,
        decision: values.decision,
        letter: who.letter,
        ...after,
      },
    });
    await notifyDecided(ctx, trx, e, k.id, input.outcome === "dikabulkan");
    return e.id;
  });
  nudgeOutbox();
  return getView(ctx, evaluationId);
}

/** Granted: the new ratings and the predikat the kuadran gives them; rejected: as before. */
function afterOf(before: RatingSnapshot, input: DecideKeberatanInput): RatingSnapshot {
  if (input.outcome === "ditolak") {
    return before;
  }
  if (input.ratingHasilKerja === before.ratingHasilKerja && input.ratingPerilaku === before.ratingPerilaku) {
    throw new RuleViolation(
      "keberatan_ratings_unchanged",
      "Keberatan yang dikabulkan mengubah sekurang-kurangnya satu rating; jika rating tetap, pilih ditolak",
      {},
      "ratingHasilKerja",
    );
  }
  return {
    ratingHasilKerja: input.ratingHasilKerja,
    ratingPerilaku: input.ratingPerilaku,
    predikat: predikatFor(input.ratingHasilKerja, input.ratingPerilaku),
  };
}
