import { displayName, type OrgChart, type ReviewItem, resolveSeatRaters, type SkpReview } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import { skpDate } from "./skp.access";
import { summarize } from "./skp.detail";
import type { SkpRow } from "./skp.repo";

/**
 * The pengelola kinerja's inbox (Reviu Rencana SKP, REGULATIONS.md §6.7): the year's submitted SKPs waiting for the
 * review, oldest submission first, and the reviewed ones still waiting for their rater.
 */
export async function reviewInbox(
  ctx: RequestContext,
  year: number,
): Promise<{ skpReview: SkpReview | null; waiting: ReviewItem[]; reviewed: ReviewItem[] }> {
  const setting = await ctx.db
    .selectFrom("performance_year")
    .select("skp_review")
    .where("year", "=", year)
    .executeTakeFirst();
  const rows = await ctx.db
    .selectFrom("skp")
    .selectAll()
    .where("year", "=", year)
    .where("status", "in", ["diajukan", "direviu"])
    .orderBy("submitted_at")
    .execute();
  const items = await describe(ctx.db, rows, ctx.now);
  return {
    skpReview: setting?.skp_review ?? null,
    waiting: items.filter((i) => i.status === "diajukan"),
    reviewed: items.filter((i) => i.status === "direviu"),
  };
}

async function describe(db: Db, rows: SkpRow[], now: Date): Promise<ReviewItem[]> {
  // One slice per date, above the seats of the SKPs resolved on it (chart-slice.repo.ts).
  const seatsOn = new Map<string, string[]>();
  for (const row of rows) {
    const date = skpDate(row, now);
    seatsOn.set(date, [...(seatsOn.get(date) ?? []), row.position_id]);
  }
  const charts = new Map<string, OrgChart>();
  for (const [date, positionIds] of seatsOn) {
    charts.set(date, await loadChartAbove(db, date, { positionIds }));
  }
  const items: ReviewItem[] = [];
  for (const row of rows) {
    const date = skpDate(row, now);
    const chart = charts.get(date);
    // From the SKP's seat: a Plt's SKP for the seat he acts in is rated from that seat.
    const rater = chart ? resolveSeatRaters(chart, row.position_id, row.employee_id, date).rater : null;
    items.push({
      ...(await summarize(db, row)),
      raterName: await employeeName(db, rater?.employeeId ?? null),
      reviewedByName: await reviewerName(db, row.reviewed_by),
    });
  }
  return items;
}

async function employeeName(db: Db, employeeId: string | null): Promise<string | null> {
  if (!employeeId) {
    return null;
  }
  const row = await db
    .selectFrom("employee")
    .select(["name", "front_title", "back_title"])
    .where("id", "=", employeeId)
    .executeTakeFirst();
  return row ? displayName(row.front_title, row.name, row.back_title) : null;
}

async function reviewerName(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) {
    return null;
  }
  const row = await db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["user_account.username", "employee.name", "employee.front_title", "employee.back_title"])
    .where("user_account.id", "=", userId)
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  return row.name ? displayName(row.front_title, row.name, row.back_title) : row.username;
}
