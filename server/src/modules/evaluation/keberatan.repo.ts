import {
  displayName,
  KEBERATAN_PAGE_SIZE,
  type Keberatan,
  type KeberatanFile,
  type KeberatanFileKind,
  type KeberatanListItem,
  type RatingSnapshot,
  ratingSnapshotSchema,
} from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EvaluationFileTable, KeberatanTable } from "../../db/schema-evaluation";
import type { EvaluationRow } from "./evaluation.repo";

export type KeberatanRow = Selectable<KeberatanTable>;
export type FileRow = Selectable<EvaluationFileTable>;
export type Person = { id: string; name: string; nip: string | null };

export function findByEvaluation(db: Db, evaluationId: string): Promise<KeberatanRow | undefined> {
  return db.selectFrom("keberatan").selectAll().where("evaluation_id", "=", evaluationId).executeTakeFirst();
}

export function findById(db: Db, id: string): Promise<KeberatanRow | undefined> {
  return db.selectFrom("keberatan").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts the evaluation's keberatan; false when one was filed first (two requests at once meet the unique key). */
export async function insert(db: Db, row: KeberatanRow): Promise<boolean> {
  const result = await db
    .insertInto("keberatan")
    .values(row)
    .onConflict((oc) => oc.column("evaluation_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A versioned update; false when someone saved first. */
export async function update(
  db: Db,
  id: string,
  version: number,
  values: Partial<Omit<KeberatanRow, "id" | "evaluation_id" | "version">>,
): Promise<boolean> {
  const result = await db
    .updateTable("keberatan")
    .set({ ...values, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The decision's effect on the evaluation: the ratings (changed or kept) and the lock; false when stale. */
export async function lockEvaluation(
  db: Db,
  row: EvaluationRow,
  values: Pick<EvaluationRow, "rating_hasil_kerja" | "rating_perilaku" | "predikat" | "rule_version"> & { at: string },
): Promise<boolean> {
  const { at, ...ratings } = values;
  const result = await db
    .updateTable("evaluation")
    .set({ ...ratings, status: "locked", locked_at: at, updated_at: at, version: row.version + 1 })
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Names as printed, of the few people an evaluation concerns. */
export async function people(db: Db, ids: readonly (string | null)[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("employee")
    .select(["id", "nip", "name", "front_title", "back_title"])
    .where("id", "in", wanted)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, nip: r.nip, name: displayName(r.front_title, r.name, r.back_title) }]),
  );
}

export function filesOf(db: Db, keberatanId: string): Promise<FileRow[]> {
  return db
    .selectFrom("evaluation_file")
    .selectAll()
    .where("owner_type", "=", "keberatan")
    .where("owner_id", "=", keberatanId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function insertFile(db: Db, row: FileRow): Promise<void> {
  await db.insertInto("evaluation_file").values(row).execute();
}

export function findFile(db: Db, id: string): Promise<FileRow | undefined> {
  return db
    .selectFrom("evaluation_file")
    .selectAll()
    .where("id", "=", id)
    .where("owner_type", "=", "keberatan")
    .executeTakeFirst();
}

/** Removes one file row; its bytes stay in the content-addressed store (decision 0063). */
export async function removeFile(db: Db, id: string): Promise<void> {
  await db.deleteFrom("evaluation_file").where("id", "=", id).where("owner_type", "=", "keberatan").execute();
}

/** The file as the caller sees it, with whether they may remove it now. */
export function toFile(row: FileRow, canDelete: boolean): KeberatanFile {
  return { ...fileRecord(row), canDelete };
}

/** The file as the audit trail keeps it. */
export function fileRecord(row: FileRow): Omit<KeberatanFile, "canDelete"> {
  return {
    id: row.id,
    // Written only by this module, with a kind the upload validated.
    kind: row.kind as KeberatanFileKind,
    name: row.name,
    mimeType: row.mime_type,
    size: row.size,
    createdAt: row.created_at,
  };
}

const snapshot = (json: string | null): RatingSnapshot | null =>
  json === null ? null : ratingSnapshotSchema.parse(JSON.parse(json));

export function toKeberatan(
  row: KeberatanRow,
  files: FileRow[],
  names: Map<string, Person>,
  canDelete: (file: FileRow) => boolean,
): Keberatan {
  const nameOf = (id: string | null) => (id ? (names.get(id)?.name ?? null) : null);
  return {
    id: row.id,
    status: row.status,
    reasons: row.reasons,
    filedAt: row.filed_at,
    explanation: row.explanation,
    explainedAt: row.explained_at,
    explainedByName: nameOf(row.explained_by),
    outcome: row.outcome,
    decision: row.decision,
    decidedAt: row.decided_at,
    decidedByName: nameOf(row.decided_by),
    source: row.source,
    letterNumber: row.letter_number,
    letterDate: row.letter_date,
    before: snapshot(row.before_json),
    after: snapshot(row.after_json),
    files: files.map((file) => toFile(file, canDelete(file))),
    version: row.version,
  };
}

/** Who sees which keberatan in the list: everything for those who read all records, else their own parts. */
export type ListScope = { all: true } | { all: false; employeeId: string };

/** Pending first (the oldest filed first), then decided ones (the latest decided first); one page. */
export async function list(
  db: Db,
  scope: ListScope,
  status: "pending" | "all",
  page: number,
): Promise<{ items: KeberatanListItem[]; total: number }> {
  let base = db
    .selectFrom("keberatan")
    .innerJoin("evaluation", "evaluation.id", "keberatan.evaluation_id")
    .innerJoin("employee", "employee.id", "evaluation.employee_id");
  if (!scope.all) {
    const me = scope.employeeId;
    base = base.where((eb) =>
      eb.or([
        eb("evaluation.atasan_employee_id", "=", me),
        eb("evaluation.rater_employee_id", "=", me),
        eb("evaluation.employee_id", "=", me),
      ]),
    );
  }
  if (status === "pending") {
    base = base.where("keberatan.status", "in", ["diajukan", "dijelaskan"]);
  }
  const counted = await base.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
  const rows = await base
    .select([
      "keberatan.id",
      "keberatan.evaluation_id",
      "keberatan.status",
      "keberatan.outcome",
      "keberatan.filed_at",
      "keberatan.decided_at",
      "evaluation.year",
      "evaluation.period_code",
      "evaluation.atasan_external",
      "employee.nip",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
    ])
    .select((eb) => eb.case().when("keberatan.status", "=", "diputus").then(1).else(0).end().as("decided"))
    .orderBy("decided")
    // Within the pending group the oldest filed first; within the decided group the latest decided first.
    .orderBy((eb) =>
      eb.case().when("keberatan.status", "=", "diputus").then(null).else(eb.ref("keberatan.filed_at")).end(),
    )
    .orderBy("keberatan.decided_at", "desc")
    .orderBy("keberatan.id")
    .limit(KEBERATAN_PAGE_SIZE)
    .offset((page - 1) * KEBERATAN_PAGE_SIZE)
    .execute();
  return {
    total: Number(counted?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      evaluationId: r.evaluation_id,
      status: r.status,
      year: r.year,
      periodCode: r.period_code,
      employeeName: displayName(r.front_title, r.name, r.back_title),
      employeeNip: r.nip,
      atasanExternal: r.atasan_external === 1,
      outcome: r.outcome,
      filedAt: r.filed_at,
      decidedAt: r.decided_at,
    })),
  };
}
