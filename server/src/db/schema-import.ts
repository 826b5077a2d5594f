// The import runs table (issue 11), kept beside schema.ts to keep it short.
import type { ImportKind, ImportRunStatus } from "@simkin/domain";

/** One upload of an import file, kept whether it imported, was refused row by row, or could not be read. */
export interface ImportRunTable {
  id: string;
  kind: ImportKind;
  user_id: string;
  file_name: string;
  status: ImportRunStatus;
  /** The refusal's code (import_invalid, import_unreadable, ...); null when it imported. */
  error_code: string | null;
  rows_total: number;
  rows_ok: number;
  rows_failed: number;
  /** JSON: the first row errors ({ row, column, message }), at most IMPORT_RUN_ERRORS_KEPT. */
  errors_json: string;
  created_at: string;
  /** When the person who ran it dismissed it (or a later successful run of the same kind settled it). */
  dismissed_at: string | null;
  version: number;
}
