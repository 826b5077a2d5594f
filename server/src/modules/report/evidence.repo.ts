import type { Evidence } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EvidenceTable, MonthlyReportTable } from "../../db/schema";

export type EvidenceRow = Selectable<EvidenceTable>;

/** A stored file with the report it supports, as the download's access check reads it. */
export type EvidenceDownload = Pick<EvidenceRow, "kind" | "name" | "mime_type" | "content_hash"> &
  Pick<MonthlyReportTable, "employee_id" | "year" | "month" | "skp_id">;

export async function insert(db: Db, row: EvidenceRow): Promise<void> {
  await db.insertInto("evidence").values(row).execute();
}

/** The evidence, only when it belongs to the report. */
export function findOnReport(db: Db, reportId: string, id: string): Promise<EvidenceRow | undefined> {
  return db
    .selectFrom("evidence")
    .selectAll()
    .where("id", "=", id)
    .where("report_id", "=", reportId)
    .executeTakeFirst();
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.deleteFrom("evidence").where("id", "=", id).execute();
}

export function findForDownload(db: Db, id: string): Promise<EvidenceDownload | undefined> {
  return db
    .selectFrom("evidence")
    .innerJoin("monthly_report", "monthly_report.id", "evidence.report_id")
    .select([
      "evidence.kind",
      "evidence.name",
      "evidence.mime_type",
      "evidence.content_hash",
      "monthly_report.employee_id",
      "monthly_report.year",
      "monthly_report.month",
      "monthly_report.skp_id",
    ])
    .where("evidence.id", "=", id)
    .executeTakeFirst();
}

export function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    rhkId: row.rhk_id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    mimeType: row.mime_type,
    size: row.size,
    createdAt: row.created_at,
  };
}
