import { evaluationPeriods, type PerformanceYear, type YearWithPeriods } from "@simkin/domain";
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db";
import type { PerformanceYearTable } from "../../db/schema";

export async function listAll(db: Db): Promise<YearWithPeriods[]> {
  const rows = await db.selectFrom("performance_year").selectAll().orderBy("year", "desc").execute();
  return rows.map(withPeriods);
}

export async function findById(db: Db, id: string): Promise<YearWithPeriods | undefined> {
  const row = await db.selectFrom("performance_year").selectAll().where("id", "=", id).executeTakeFirst();
  return row && withPeriods(row);
}

export async function findByYear(db: Db, year: number): Promise<YearWithPeriods | undefined> {
  const row = await db.selectFrom("performance_year").selectAll().where("year", "=", year).executeTakeFirst();
  return row && withPeriods(row);
}

type YearValues = Omit<Insertable<PerformanceYearTable>, "id" | "version" | "created_at" | "updated_at">;

export async function insert(db: Db, id: string, values: YearValues, at: string): Promise<void> {
  await db
    .insertInto("performance_year")
    .values({ id, ...values, version: 1, created_at: at, updated_at: at })
    .execute();
}

export async function update(db: Db, id: string, values: Omit<YearValues, "year">, version: number, at: string) {
  const result = await db
    .updateTable("performance_year")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function withPeriods(row: Selectable<PerformanceYearTable>): YearWithPeriods {
  const year: PerformanceYear = {
    id: row.id,
    year: row.year,
    status: row.status,
    skpDeadline: row.skp_deadline,
    cadence: row.cadence,
    reportDueDay: row.report_due_day,
    version: row.version,
    skpReview: row.skp_review,
    reportDueShift: row.report_due_shift,
  };
  return { ...year, periods: evaluationPeriods(row.year, row.cadence) };
}
