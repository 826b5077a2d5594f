import type { Db } from "../../db";
import type { EmployeeTable, MonthlyReportTable, SkpTable } from "../../db/schema";

/** What the reminder scan reads; rows keep the column names that the report rules (reportDate) take. */
export type ApprovedSkp = Pick<SkpTable, "id" | "employee_id" | "year" | "period_start" | "period_end">;
export type ReportState = Pick<MonthlyReportTable, "id" | "employee_id" | "year" | "month" | "status">;
export type SubmittedReport = Pick<
  MonthlyReportTable,
  "id" | "employee_id" | "year" | "month" | "last_submitted_at" | "updated_at"
> &
  Pick<SkpTable, "period_start" | "period_end"> &
  Pick<EmployeeTable, "name" | "front_title" | "back_title">;

export function approvedSkpsOf(db: Db, years: readonly number[]): Promise<ApprovedSkp[]> {
  return db
    .selectFrom("skp")
    .select(["id", "employee_id", "year", "period_start", "period_end"])
    .where("status", "=", "disetujui")
    .where("year", "in", years)
    .execute();
}

export function reportsOf(db: Db, years: readonly number[]): Promise<ReportState[]> {
  return db
    .selectFrom("monthly_report")
    .select(["id", "employee_id", "year", "month", "status"])
    .where("year", "in", years)
    .execute();
}

/** Submitted reports with their SKP's period and the employee's name, for the rater's reminder. */
export function submittedReports(db: Db): Promise<SubmittedReport[]> {
  return db
    .selectFrom("monthly_report")
    .innerJoin("skp", "skp.id", "monthly_report.skp_id")
    .innerJoin("employee", "employee.id", "monthly_report.employee_id")
    .select([
      "monthly_report.id",
      "monthly_report.employee_id",
      "monthly_report.year",
      "monthly_report.month",
      "monthly_report.last_submitted_at",
      "monthly_report.updated_at",
      "skp.period_start",
      "skp.period_end",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
    ])
    .where("monthly_report.status", "=", "diajukan")
    .execute();
}
