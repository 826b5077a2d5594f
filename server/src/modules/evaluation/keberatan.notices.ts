import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import type { EvaluationRow } from "./evaluation.repo";
import * as repo from "./keberatan.repo";
import * as texts from "./keberatan.texts";

const linkOf = (e: EvaluationRow) => `/keberatan/${e.id}`;

async function nameOf(db: Db, id: string | null, fallback: string) {
  return id ? ((await repo.people(db, [id])).get(id)?.name ?? fallback) : fallback;
}

/** A filed keberatan goes to the atasan of the rater; the rater is asked for an explanation (PP 30/2019 Pasal 59(3)). */
export async function notifyFiled(ctx: RequestContext, trx: Db, e: EvaluationRow, keberatanId: string) {
  const employee = await nameOf(trx, e.employee_id, "Pegawai");
  if (e.atasan_external === 0) {
    await notifyStep(ctx, trx, {
      key: `keberatan_filed:${keberatanId}`,
      to: e.atasan_employee_id,
      kind: "keberatan_filed",
      subjectId: keberatanId,
      link: linkOf(e),
      ...texts.filedText(e.period_code, e.year, employee),
    });
  }
  await notifyStep(ctx, trx, {
    key: `keberatan_explanation_requested:${keberatanId}`,
    to: e.rater_employee_id,
    kind: "keberatan_explanation_requested",
    subjectId: keberatanId,
    link: linkOf(e),
    ...texts.explanationRequestedText(e.period_code, e.year, employee),
  });
}

/** The rater's explanation reaches the atasan who decides. */
export async function notifyExplained(ctx: RequestContext, trx: Db, e: EvaluationRow, keberatanId: string) {
  if (e.atasan_external === 1) {
    return;
  }
  const employee = await nameOf(trx, e.employee_id, "Pegawai");
  await notifyStep(ctx, trx, {
    key: `keberatan_explained:${keberatanId}`,
    to: e.atasan_employee_id,
    kind: "keberatan_explained",
    subjectId: keberatanId,
    link: linkOf(e),
    ...texts.explainedText(e.period_code, e.year, employee),
  });
}

/** The final decision goes to the employee and to the rater. */
export async function notifyDecided(
  ctx: RequestContext,
  trx: Db,
  e: EvaluationRow,
  keberatanId: string,
  granted: boolean,
) {
  const employee = await nameOf(trx, e.employee_id, "Pegawai");
  for (const [to, mine] of [
    [e.employee_id, true],
    [e.rater_employee_id, false],
  ] as const) {
    await notifyStep(ctx, trx, {
      key: `keberatan_decided:${keberatanId}:${to}`,
      to,
      kind: "keberatan_decided",
      subjectId: keberatanId,
      link: linkOf(e),
      ...texts.decidedText(e.period_code, e.year, employee, granted, mine),
    });
  }
}
