import { type EvaluationScan, scanKindSchema, scanKindValues } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EvaluationFileTable } from "../../db/schema-evaluation";
import { accountNames } from "./evaluation-pdf/evaluation-pdf.repo";

export type FileRow = Selectable<EvaluationFileTable>;

export async function insert(db: Db, row: FileRow): Promise<void> {
  await db.insertInto("evaluation_file").values(row).execute();
}

/** The scans of one record, newest first (the latest upload of a kind is the one in force). */
export async function listOf(db: Db, ownerType: "evaluation" | "unit_evaluation", ownerId: string): Promise<FileRow[]> {
  return db
    .selectFrom("evaluation_file")
    .selectAll()
    .where("owner_type", "=", ownerType)
    .where("owner_id", "=", ownerId)
    .where("kind", "in", [...scanKindValues])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** A wet-signed scan by id; keberatan attachments and letters in the same table are not scans. */
export async function findScan(db: Db, id: string): Promise<FileRow | undefined> {
  return db
    .selectFrom("evaluation_file")
    .selectAll()
    .where("id", "=", id)
    .where("owner_type", "in", ["evaluation", "unit_evaluation"])
    .where("kind", "in", [...scanKindValues])
    .executeTakeFirst();
}

/** Removes one scan row; the bytes stay in the content-addressed store (decision 0063). */
export async function remove(db: Db, id: string): Promise<void> {
  await db.deleteFrom("evaluation_file").where("id", "=", id).execute();
}

/** Whether the record keeps another scan of this kind besides the given one. */
export async function sameKindLeft(db: Db, file: FileRow): Promise<boolean> {
  const other = await db
    .selectFrom("evaluation_file")
    .select("id")
    .where("owner_type", "=", file.owner_type)
    .where("owner_id", "=", file.owner_id)
    .where("kind", "=", file.kind)
    .where("id", "!=", file.id)
    .executeTakeFirst();
  return other !== undefined;
}

/** The scans as the API gives them; `canDelete` answers for the caller, given all the record's scans. */
export async function toScans(
  db: Db,
  rows: readonly FileRow[],
  canDelete: (row: FileRow) => boolean,
): Promise<EvaluationScan[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.created_by),
  );
  return rows.flatMap((row) => {
    const kind = scanKindSchema.safeParse(row.kind);
    return kind.success
      ? [
          {
            id: row.id,
            kind: kind.data,
            name: row.name,
            mimeType: row.mime_type,
            size: row.size,
            contentHash: row.content_hash,
            createdAt: row.created_at,
            createdByName: names.get(row.created_by) ?? null,
            canDelete: canDelete(row),
          },
        ]
      : [];
  });
}
