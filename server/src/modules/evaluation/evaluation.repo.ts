import {
  type BerakhlakValueCode,
  type EvaluationPartiesSnapshot,
  evaluationPartiesSchema,
  type KeberatanState,
} from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EvaluationTable, SelfAssessmentTable } from "../../db/schema-evaluation";

/**
 * The one mapping of evaluation rows (issue 12): the keberatan and PDF parts read the same tables through these
 * functions, so a column means the same thing everywhere.
 */
export type EvaluationRow = Selectable<EvaluationTable>;
export type SelfAssessmentRow = Selectable<SelfAssessmentTable>;

export async function findById(db: Db, id: string): Promise<EvaluationRow | undefined> {
  return db.selectFrom("evaluation").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findBySkpPeriod(db: Db, skpId: string, periodCode: string): Promise<EvaluationRow | undefined> {
  return db
    .selectFrom("evaluation")
    .selectAll()
    .where("skp_id", "=", skpId)
    .where("period_code", "=", periodCode)
    .executeTakeFirst();
}

export function listForEmployeeYear(db: Db, employeeId: string, year: number): Promise<EvaluationRow[]> {
  return db
    .selectFrom("evaluation")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .where("year", "=", year)
    .execute();
}

export async function insert(db: Db, row: EvaluationRow): Promise<void> {
  await db.insertInto("evaluation").values(row).execute();
}

/** Optimistic update; false when someone else saved since `version`. */
export async function update(db: Db, id: string, version: number, values: Partial<EvaluationRow>, at: string) {
  const result = await db
    .updateTable("evaluation")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The parties as they were when the evaluation was set (the snapshot printed on its documents). */
export function partiesOf(row: Pick<EvaluationRow, "parties_json">): EvaluationPartiesSnapshot {
  const parsed = evaluationPartiesSchema.safeParse(JSON.parse(row.parties_json));
  return parsed.success ? parsed.data : { pegawai: null, penilai: null, atasan: null };
}

export async function rhkLines(db: Db, evaluationId: string) {
  return db.selectFrom("evaluation_rhk").selectAll().where("evaluation_id", "=", evaluationId).execute();
}

export async function ikiLines(db: Db, evaluationId: string) {
  return db.selectFrom("evaluation_iki").selectAll().where("evaluation_id", "=", evaluationId).execute();
}

export async function behaviourLines(db: Db, evaluationId: string) {
  return db.selectFrom("evaluation_behaviour").selectAll().where("evaluation_id", "=", evaluationId).execute();
}

/** Replaces the rater's per-RHK, per-IKI and per-value texts with what the form sent (empty rows are not kept). */
export async function replaceLines(
  db: Db,
  evaluationId: string,
  lines: {
    rhk: readonly { rhkId: string; realisation: string; feedback: string; monthlyFeedback: string }[];
    ikis: readonly { ikiId: string; realisation: string }[];
    behaviours: readonly { code: BerakhlakValueCode; feedback: string }[];
  },
) {
  await db.deleteFrom("evaluation_rhk").where("evaluation_id", "=", evaluationId).execute();
  await db.deleteFrom("evaluation_iki").where("evaluation_id", "=", evaluationId).execute();
  await db.deleteFrom("evaluation_behaviour").where("evaluation_id", "=", evaluationId).execute();
  const rhk = lines.rhk
    .filter((l) => l.realisation !== "" || l.feedback !== "")
    .map((l) => ({
      evaluation_id: evaluationId,
      rhk_id: l.rhkId,
      realisation: l.realisation,
      feedback: l.feedback,
      monthly_feedback: l.monthlyFeedback,
    }));
  const ikis = lines.ikis
    .filter((l) => l.realisation !== "")
    .map((l) => ({ evaluation_id: evaluationId, iki_id: l.ikiId, realisation: l.realisation }));
  const behaviours = lines.behaviours
    .filter((l) => l.feedback !== "")
    .map((l) => ({ evaluation_id: evaluationId, value_code: l.code, feedback: l.feedback }));
  if (rhk.length > 0) {
    await db.insertInto("evaluation_rhk").values(rhk).execute();
  }
  if (ikis.length > 0) {
    await db.insertInto("evaluation_iki").values(ikis).execute();
  }
  if (behaviours.length > 0) {
    await db.insertInto("evaluation_behaviour").values(behaviours).execute();
  }
}

export async function selfAssessmentOf(db: Db, evaluationId: string): Promise<SelfAssessmentRow | undefined> {
  return db.selectFrom("self_assessment").selectAll().where("evaluation_id", "=", evaluationId).executeTakeFirst();
}

export async function saveSelfAssessment(db: Db, row: SelfAssessmentRow) {
  const { evaluation_id: _id, ...values } = row;
  await db
    .insertInto("self_assessment")
    .values(row)
    .onConflict((oc) => oc.column("evaluation_id").doUpdateSet(values))
    .execute();
}

/** Evaluation ids (of the given) with a submitted self-assessment. */
export async function selfAssessed(db: Db, evaluationIds: readonly string[]): Promise<Set<string>> {
  if (evaluationIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom("self_assessment")
    .select("evaluation_id")
    .where("evaluation_id", "in", [...evaluationIds])
    .where("submitted_at", "is not", null)
    .execute();
  return new Set(rows.map((r) => r.evaluation_id));
}

/** Peer input of an evaluation: texts per value and the keys of their (unnamed) authors. */
export async function peerInputOf(db: Db, evaluationId: string) {
  return db
    .selectFrom("peer_input")
    .select(["author_key", "value_code", "text"])
    .where("evaluation_id", "=", evaluationId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** One author's input replaces what the same author gave before (the keyed hash finds it, never a name). */
export async function replacePeerInput(
  db: Db,
  evaluationId: string,
  authorKey: string,
  rows: readonly { id: string; valueCode: BerakhlakValueCode; text: string }[],
  at: string,
) {
  await db
    .deleteFrom("peer_input")
    .where("evaluation_id", "=", evaluationId)
    .where("author_key", "=", authorKey)
    .execute();
  await db
    .insertInto("peer_input")
    .values(
      rows.map((r) => ({
        id: r.id,
        evaluation_id: evaluationId,
        author_key: authorKey,
        value_code: r.valueCode,
        text: r.text,
        created_at: at,
      })),
    )
    .execute();
}

/** The unit's capaian kinerja organisasi for the period, when the head one level up has set it. */
export async function capaianOf(db: Db, unitId: string, year: number, periodCode: string) {
  return db
    .selectFrom("org_capaian")
    .select(["id", "capaian"])
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .executeTakeFirst();
}

/** The keberatan state of an evaluation as the policy reads it. */
export async function keberatanStateOf(db: Db, evaluationId: string): Promise<KeberatanState> {
  const row = await db
    .selectFrom("keberatan")
    .select("status")
    .where("evaluation_id", "=", evaluationId)
    .executeTakeFirst();
  return row?.status ?? "none";
}
