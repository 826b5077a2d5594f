import { monthsOf, reportDeadline, type Task } from "@simkin/domain";
import { reportCalendar } from "../../period/holiday.repo";
import * as reports from "../../report/report.repo";
import * as skps from "../../skp/skp.repo";
import type { TaskContext } from "../task.registry";
import { task } from "./task.build";

/**
 * The pegawai's monthly reports (REGULATIONS.md §2.3): each begun month of an approved SKP not yet submitted (due on
 * the period calendar's day of the next month), a revision the rater asked for, and feedback to acknowledge. In
 * January, last year's December report is still this month's work.
 */
export async function myReportTasks(tc: TaskContext): Promise<Task[]> {
  const employeeId = tc.employeeId;
  if (!employeeId) {
    return [];
  }
  const years = tc.month === 1 ? [tc.year - 1, tc.year] : [tc.year];
  const calendar = await reportCalendar(tc.ctx.db, years);
  const tasks: Task[] = [];
  for (const year of years) {
    const approved = (await skps.listForEmployee(tc.ctx.db, employeeId, year)).filter((s) => s.status === "disetujui");
    const existing = await reports.listForEmployeeYear(tc.ctx.db, employeeId, year);
    const months = new Set(approved.flatMap((s) => monthsOf(s.period_start, s.period_end)));
    for (const month of [...months].sort((a, b) => a - b)) {
      const begun = `${year}-${String(month).padStart(2, "0")}-01` <= tc.date;
      const report = existing.find((r) => r.month === month);
      if (begun && (!report || report.status === "draft") && (year === tc.year || month === 12)) {
        tasks.push(
          task({
            key: `report_write:${year}-${month}`,
            kind: "report_write",
            link: report ? `/reports/${report.id}` : "/reports",
            year,
            month,
            deadline: reportDeadline(year, month, calendar.ruleFor(year), calendar.holidays),
          }),
        );
      }
    }
    for (const report of existing) {
      const common = { link: `/reports/${report.id}`, year, month: report.month };
      if (report.status === "perlu_revisi") {
        const since = report.updated_at;
        tasks.push(
          task({
            key: `report_revision:${report.id}`,
            kind: "report_revision",
            ...common,
            since,
            note: report.revision_reason,
          }),
        );
      } else if (report.status === "diterima" && report.acknowledged_at === null) {
        tasks.push(
          task({ key: `feedback_ack:${report.id}`, kind: "feedback_ack", ...common, since: report.accepted_at }),
        );
      }
    }
  }
  return tasks;
}

/** Format B.1.8: coaching sessions the employee has not yet answered (the rater recorded them). */
export async function coachingToAnswer(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const rows = await tc.ctx.db
    .selectFrom("coaching_session")
    .select(["id", "date", "created_at"])
    .where("employee_id", "=", tc.employeeId)
    .where("feedback_json", "is", null)
    .execute();
  return rows.map((r) =>
    task({
      key: `coaching_feedback:${r.id}`,
      kind: "coaching_feedback",
      link: "/team/dialogues",
      year: Number(r.date.slice(0, 4)),
      since: r.created_at,
    }),
  );
}
