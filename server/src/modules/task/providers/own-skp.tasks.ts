import { displayName, type Task } from "@simkin/domain";
import { partiesOf } from "../../skp/skp.access";
import * as skps from "../../skp/skp.repo";
import { skpBlockOf } from "../../skp/skp-block.service";
import type { TaskContext } from "../task.registry";
import { blockClaimKey, isClaimed } from "../task.reminder";
import { endOfDay, task } from "./task.build";

/**
 * The pegawai's SKP of the year (REGULATIONS.md §2.1: drafted, submitted and approved by the deadline, default 31
 * January): to create, to finish, to fix after a return, waiting for the rater, or blocked up the cascade.
 */
export async function mySkpTasks(tc: TaskContext): Promise<Task[]> {
  const { ctx, year, date } = tc;
  const employeeId = tc.employeeId;
  const setting = await ctx.db
    .selectFrom("performance_year")
    .select(["status", "skp_deadline"])
    .where("year", "=", year)
    .executeTakeFirst();
  if (!employeeId || setting?.status !== "open" || !(await holdsPosition(tc, employeeId))) {
    return [];
  }
  const rows = await skps.listForEmployee(ctx.db, employeeId, year);
  const latest = rows.find((s) => s.status !== "diganti");
  const deadline = endOfDay(setting.skp_deadline);
  if (latest?.status === "disetujui") {
    return [];
  }
  if (latest && (latest.status === "diajukan" || latest.status === "direviu")) {
    const parties = await partiesOf(ctx.db, latest, ctx.now);
    const rater = parties.raterEmployeeId ? await nameOf(tc, parties.raterEmployeeId) : null;
    const since = latest.submitted_at;
    return [
      task({
        key: `skp_waiting:${latest.id}`,
        kind: "skp_waiting",
        link: `/skp/${latest.id}`,
        year,
        since,
        person: rater,
      }),
    ];
  }
  const link = latest ? `/skp/${latest.id}` : "/skp";
  const block = await skpBlockOf(ctx.db, employeeId, year, date);
  if (block) {
    const { askEmployeeId: _ask, ...shown } = block;
    const remindedToday = await isClaimed(ctx.db, blockClaimKey(employeeId, year, date));
    return [
      task({
        key: `skp_blocked:${year}`,
        kind: "skp_blocked",
        link,
        year,
        note: latest?.return_reason ?? null,
        block: { ...shown, remindedToday },
      }),
    ];
  }
  if (!latest) {
    return [task({ key: `skp_create:${year}`, kind: "skp_create", link, year, deadline })];
  }
  if (latest.status === "dikembalikan") {
    return [
      task({
        key: `skp_returned:${latest.id}`,
        kind: "skp_returned",
        link,
        year,
        since: latest.updated_at,
        note: latest.return_reason,
      }),
    ];
  }
  return [task({ key: `skp_draft:${latest.id}`, kind: "skp_draft", link, year, deadline })];
}

/** Somebody with no position today (between posts, retired) has no SKP to make. */
async function holdsPosition(tc: TaskContext, employeeId: string): Promise<boolean> {
  const row = await tc.ctx.db
    .selectFrom("placement")
    .select("id")
    .where("employee_id", "=", employeeId)
    .where("start_date", "<=", tc.date)
    .where((eb) => eb.or([eb("end_date", "is", null), eb("end_date", ">=", tc.date)]))
    .where("kind", "=", "definitif")
    .executeTakeFirst();
  return row !== undefined;
}

async function nameOf(tc: TaskContext, employeeId: string): Promise<string | null> {
  const row = await tc.ctx.db
    .selectFrom("employee")
    .select(["name", "front_title", "back_title"])
    .where("id", "=", employeeId)
    .executeTakeFirst();
  return row ? displayName(row.front_title, row.name, row.back_title) : null;
}
