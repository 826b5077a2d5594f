import { z } from "zod";

export const importRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** What was imported: the employee sheet today; later imports add their kind. */
export const importKindSchema = z.enum(["employees"]);
export type ImportKind = z.infer<typeof importKindSchema>;

/** imported: every row went in; invalid: rows had errors, nothing went in; unreadable: the file itself was refused. */
export const importRunStatusSchema = z.enum(["imported", "invalid", "unreadable"]);
export type ImportRunStatus = z.infer<typeof importRunStatusSchema>;

/** How many row errors a run keeps (the screen shows the first ones; the file itself is not stored). */
export const IMPORT_RUN_ERRORS_KEPT = 50;

export const importRunSchema = z.object({
  id: z.string(),
  kind: importKindSchema,
  fileName: z.string(),
  status: importRunStatusSchema,
  errorCode: z.string().nullable(),
  rowsTotal: z.number().int(),
  rowsOk: z.number().int(),
  rowsFailed: z.number().int(),
  /** The first row errors, by row. */
  errors: z.array(importRowErrorSchema),
  createdAt: z.string(),
  ranBy: z.string(),
  /** Whether the caller ran it (only they may dismiss it). */
  mine: z.boolean(),
  dismissedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

/**
 * A run's counts from its rows and errors: a row fails once however many of its cells are wrong; the errors kept are
 * the first IMPORT_RUN_ERRORS_KEPT by row. A refused file (no rows read) has no row counts.
 */
export function runCounts(rowsTotal: number, errors: readonly ImportRowError[]) {
  const rowsFailed = Math.min(rowsTotal, new Set(errors.map((e) => e.row)).size);
  const kept = [...errors].sort((a, b) => a.row - b.row).slice(0, IMPORT_RUN_ERRORS_KEPT);
  return { rowsTotal, rowsOk: rowsTotal - rowsFailed, rowsFailed, errors: kept };
}

/** The status of a run ended by `errorCode` (null: imported): row errors are "invalid", anything else "unreadable". */
export function runStatusOf(errorCode: string | null): ImportRunStatus {
  return errorCode === null ? "imported" : errorCode === "import_invalid" ? "invalid" : "unreadable";
}

/** A failed run stays a task of the person who ran it until they dismiss it (decision 0050). */
export function isOpenFailure(run: Pick<ImportRun, "status" | "dismissedAt">): boolean {
  return run.status !== "imported" && run.dismissedAt === null;
}
