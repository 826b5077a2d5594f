import { type OrgChart, type ReviewItem, resolveSeatRaters, type SkpReview } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as employees from "../org/employee.repo";
import * as years from "../period/year.repo";
import { accountName } from "./party.repo";
import { skpDate } from "./skp.access";
import { summarize } from "./skp.detail";
import * as skps from "./skp.repo";

/**
 * The pengelola kinerja's inbox (Reviu Rencana SKP, REGULATIONS.md §6.7): the year's submitted SKPs waiting for the
 * review, oldest submission first, and the reviewed ones still waiting for their rater.
 */
export async function reviewInbox(
  ctx: RequestContext,
  year: number,
): Promise<{ skpReview: SkpReview | null; waiting: ReviewItem[]; reviewed: ReviewItem[] }> {
  const setting = await years.findByYear(ctx.db, year);
  const rows = await skps.listInReview(ctx.db, year);
  const items = await describe(ctx.db, rows, ctx.now);
  return {
    skpReview: setting?.skpReview ?? null,
    waiting: items.filter((i) => i.status === "diajukan"),
    reviewed: items.filter((i) => i.status === "direviu"),
  };
}

async function describe(db: Db, rows: skps.SkpRow[], now: Date): Promise<ReviewItem[]> {
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
      raterName: rater?.employeeId ? ((await employees.findById(db, rater.employeeId))?.displayName ?? null) : null,
      reviewedByName: row.reviewed_by ? await accountName(db, row.reviewed_by) : null,
    });
  }
  return items;
}
