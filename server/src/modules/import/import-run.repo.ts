import {
  displayName,
  type ImportKind,
  type ImportRowError,
  type ImportRun,
  type ImportRunStatus,
  importRowErrorSchema,
} from "@simkin/domain";
import { z } from "zod";
import type { Db } from "../../db";
import type { ImportRunTable } from "../../db/schema-import";

const errorsSchema = z.array(importRowErrorSchema);

export type NewRun = {
  id: string;
  kind: ImportKind;
  userId: string;
  fileName: string;
  status: ImportRunStatus;
  errorCode: string | null;
  rowsTotal: number;
  rowsOk: number;
  rowsFailed: number;
  errors: readonly ImportRowError[];
};

export async function insert(db: Db, run: NewRun, at: string): Promise<void> {
  await db
    .insertInto("import_run")
    .values({
      id: run.id,
      kind: run.kind,
      user_id: run.userId,
      file_name: run.fileName,
      status: run.status,
      error_code: run.errorCode,
      rows_total: run.rowsTotal,
      rows_ok: run.rowsOk,
      rows_failed: run.rowsFailed,
      errors_json: JSON.stringify(run.errors),
      created_at: at,
      dismissed_at: null,
      version: 1,
    })
    .execute();
}

function runs(db: Db) {
  return db
    .selectFrom("import_run")
    .innerJoin("user_account", "user_account.id", "import_run.user_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .selectAll("import_run")
    .select(["user_account.username", "employee.name", "employee.front_title", "employee.back_title"]);
}

type Row = ImportRunTable & {
  username: string;
  name: string | null;
  front_title: string | null;
  back_title: string | null;
};

function toRun(r: Row, userId: string): ImportRun {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    status: r.status,
    errorCode: r.error_code,
    rowsTotal: r.rows_total,
    rowsOk: r.rows_ok,
    rowsFailed: r.rows_failed,
    errors: errorsSchema.catch([]).parse(JSON.parse(r.errors_json)),
    createdAt: r.created_at,
    ranBy: r.name === null ? r.username : displayName(r.front_title, r.name, r.back_title),
    mine: r.user_id === userId,
    dismissedAt: r.dismissed_at,
    version: r.version,
  };
}

/** One page of runs, newest first (ids are time-ordered). */
export async function listPage(db: Db, userId: string, page: number, pageSize: number) {
  const total = await db
    .selectFrom("import_run")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const rows = await runs(db)
    .orderBy("import_run.created_at", "desc")
    .orderBy("import_run.id", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map((r) => toRun(r, userId)), total: Number(total.n) };
}

export async function findById(db: Db, id: string, userId: string): Promise<ImportRun | undefined> {
  const row = await runs(db).where("import_run.id", "=", id).executeTakeFirst();
  return row ? toRun(row, userId) : undefined;
}

/** The person's failed runs not yet dismissed (the "Impor dengan galat" task); on (user_id, dismissed_at). */
export async function openFailures(db: Db, userId: string) {
  return db
    .selectFrom("import_run")
    .select(["id", "file_name", "created_at", "rows_failed"])
    .where("user_id", "=", userId)
    .where("dismissed_at", "is", null)
    .where("status", "!=", "imported")
    .orderBy("created_at")
    .execute();
}

/** Marks one run dismissed if still at `version`; false when someone changed it meanwhile. */
export async function dismiss(db: Db, id: string, version: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable("import_run")
    .set({ dismissed_at: at, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("dismissed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A successful import settles the same person's earlier failed runs of that kind; returns their ids. */
export async function settleFailures(db: Db, userId: string, kind: ImportKind, at: string): Promise<string[]> {
  const open = await db
    .selectFrom("import_run")
    .select("id")
    .where("user_id", "=", userId)
    .where("dismissed_at", "is", null)
    .where("kind", "=", kind)
    .where("status", "!=", "imported")
    .execute();
  if (open.length > 0) {
    await db
      .updateTable("import_run")
      .set((eb) => ({ dismissed_at: at, version: eb("version", "+", 1) }))
      .where(
        "id",
        "in",
        open.map((r) => r.id),
      )
      .execute();
  }
  return open.map((r) => r.id);
}
