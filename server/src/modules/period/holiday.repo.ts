import type { Holiday, HolidayInput, HolidaySet, ReportDueRule } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { HolidayTable } from "../../db/schema";

export async function listForYear(db: Db, year: number): Promise<Holiday[]> {
  const rows = await db
    .selectFrom("holiday")
    .selectAll()
    .where("date", ">=", `${year}-01-01`)
    .where("date", "<=", `${year}-12-31`)
    .orderBy("date")
    .execute();
  return rows.map(toHoliday);
}

export async function findById(db: Db, id: string): Promise<Holiday | undefined> {
  const row = await db.selectFrom("holiday").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toHoliday(row);
}

export async function findByDate(db: Db, date: string): Promise<Holiday | undefined> {
  const row = await db.selectFrom("holiday").selectAll().where("date", "=", date).executeTakeFirst();
  return row && toHoliday(row);
}

export async function insert(db: Db, id: string, input: HolidayInput, at: string): Promise<void> {
  await db
    .insertInto("holiday")
    .values({ id, ...input, version: 1, created_at: at, updated_at: at })
    .execute();
}

/** Optimistic update; false when someone else saved since `version`. */
export async function update(db: Db, id: string, input: HolidayInput, version: number, at: string) {
  const result = await db
    .updateTable("holiday")
    .set({ ...input, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function remove(db: Db, id: string, version: number) {
  const result = await db.deleteFrom("holiday").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The days off from 1 January of `fromYear` to the end of February after `toYear` (December's reports fall due then). */
export async function holidaySet(db: Db, fromYear: number, toYear: number): Promise<HolidaySet> {
  const rows = await db
    .selectFrom("holiday")
    .select("date")
    .where("date", ">=", `${fromYear}-01-01`)
    .where("date", "<=", `${toYear + 1}-02-28`)
    .execute();
  return new Set(rows.map((r) => r.date));
}

export type ReportCalendar = {
  holidays: HolidaySet;
  /** The year's report due rule; a year not opened yet falls back to the 5th, moved to the next working day. */
  ruleFor: (year: number) => ReportDueRule;
};

/** Everything the deadlines of the monthly reports of these years depend on, read once. */
export async function reportCalendar(db: Db, years: readonly number[]): Promise<ReportCalendar> {
  const fallback: ReportDueRule = { dueDay: 5, shift: "next_working_day" };
  if (years.length === 0) {
    return { holidays: new Set(), ruleFor: () => fallback };
  }
  const rows = await db
    .selectFrom("performance_year")
    .select(["year", "report_due_day", "report_due_shift"])
    .where("year", "in", [...years])
    .execute();
  const rules = new Map(rows.map((r) => [r.year, { dueDay: r.report_due_day, shift: r.report_due_shift }]));
  return {
    holidays: await holidaySet(db, Math.min(...years), Math.max(...years)),
    ruleFor: (year) => rules.get(year) ?? fallback,
  };
}

function toHoliday(row: Selectable<HolidayTable>): Holiday {
  return { id: row.id, date: row.date, name: row.name, kind: row.kind, version: row.version };
}
