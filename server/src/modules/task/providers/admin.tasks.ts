import { reportDeadline, type Task } from "@simkin/domain";
import { complianceUnits } from "../../compliance/compliance.service";
import { reportCalendar } from "../../period/holiday.repo";
import type { TaskContext } from "../task.registry";
import { task } from "./task.build";

/**
 * Submitted SKPs waiting for the pengelola kinerja's review (Reviu Rencana SKP, REGULATIONS.md §6.7), one count task:
 * a count on the (year, status) index, never the list.
 */
export async function skpsToReview(tc: TaskContext): Promise<Task[]> {
  const db = tc.ctx.db;
  const setting = await db
    .selectFrom("performance_year")
    .select("skp_review")
    .where("year", "=", tc.year)
    .executeTakeFirst();
  if (setting?.skp_review !== "required") {
    return [];
  }
  const row = await db
    .selectFrom("skp")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.min("submitted_at").as("oldest")])
    .where("year", "=", tc.year)
    .where("status", "=", "diajukan")
    .executeTakeFirst();
  const count = Number(row?.n ?? 0);
  return count === 0
    ? []
    : [
        task({
          key: `skp_review:${tc.year}`,
          kind: "skp_review",
          link: "/admin/skp-review",
          year: tc.year,
          count,
          since: row?.oldest ?? null,
        }),
      ];
}

/**
 * People of the pengelola's compliance scope without last month's report once it fell due (the compliance totals,
 * one paged query), one count task linking to the compliance view.
 */
export async function reportsMissing(tc: TaskContext): Promise<Task[]> {
  const year = tc.month === 1 ? tc.year - 1 : tc.year;
  const month = tc.month === 1 ? 12 : tc.month - 1;
  const calendar = await reportCalendar(tc.ctx.db, [year]);
  const deadline = reportDeadline(year, month, calendar.ruleFor(year), calendar.holidays);
  if (Date.parse(deadline) > tc.ctx.now.getTime()) {
    return [];
  }
  const { totals } = await complianceUnits(tc.ctx, { year, month, page: 1, pageSize: 1, sort: "name" });
  return totals.missing === 0
    ? []
    : [
        task({
          key: `reports_missing:${year}-${month}`,
          kind: "reports_missing",
          link: `/team/compliance?year=${year}&month=${month}`,
          year,
          month,
          count: totals.missing,
          deadline,
        }),
      ];
}
