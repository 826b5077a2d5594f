import { reportDeadline, type Task } from "@simkin/domain";
import { scopeOf } from "../../compliance/compliance.scope";
import { complianceUnits } from "../../compliance/compliance.service";
import { countWithoutSkp } from "../../compliance/without-skp.repo";
import { openFailures } from "../../import/import-run.repo";
import { reportCalendar } from "../../period/holiday.repo";
import type { TaskContext } from "../task.registry";
import { endOfDay, task } from "./task.build";

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

/**
 * People of the pengelola's office (the compliance scope he opens on) holding a position today without an approved
 * SKP for it this year (REGULATIONS.md §2.1), one count task linking to that list; one aggregate query.
 */
export async function skpsMissing(tc: TaskContext): Promise<Task[]> {
  const setting = await tc.ctx.db
    .selectFrom("performance_year")
    .select(["status", "skp_deadline"])
    .where("year", "=", tc.year)
    .executeTakeFirst();
  if (setting?.status !== "open") {
    return [];
  }
  const { who } = await scopeOf(tc.ctx, tc.date, undefined);
  const count = await countWithoutSkp(tc.ctx.db, { year: tc.year, date: tc.date, who });
  return count === 0
    ? []
    : [
        task({
          key: `skp_missing:${tc.year}`,
          kind: "skp_missing",
          link: `/team/compliance?view=skp&year=${tc.year}`,
          year: tc.year,
          count,
          deadline: endOfDay(setting.skp_deadline),
        }),
      ];
}

/**
 * Failed imports the person ran (the file could not be read, or rows had errors and nothing was imported), each until
 * they dismiss it on the import screen or a later import of theirs succeeds (decision 0052).
 */
export async function importsFailed(tc: TaskContext): Promise<Task[]> {
  const rows = await openFailures(tc.ctx.db, tc.ctx.actor.userId);
  return rows.map((r) =>
    task({
      key: `import_failed:${r.id}`,
      kind: "import_failed",
      link: "/admin/import",
      year: Number(r.created_at.slice(0, 4)),
      since: r.created_at,
      note: r.file_name,
    }),
  );
}
