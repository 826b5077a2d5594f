import { canReadReport, type ReportParties, resolveRaters, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as skps from "../skp/skp.repo";
import * as reports from "./report.repo";

/** The date a report's rater is resolved for: today, kept within the report's month and the SKP period. */
export function reportDate(
  report: { year: number; month: number },
  skp: { period_start: string; period_end: string },
  now: Date,
) {
  const monthStart = `${report.year}-${String(report.month).padStart(2, "0")}-01`;
  const monthEnd = new Date(Date.UTC(report.year, report.month, 0)).toISOString().slice(0, 10);
  const from = monthStart > skp.period_start ? monthStart : skp.period_start;
  const to = monthEnd < skp.period_end ? monthEnd : skp.period_end;
  const today = wibDate(now);
  if (today < from) {
    return from;
  }
  return today > to ? to : today;
}

export async function partiesOfReport(
  db: Db,
  report: { employee_id: string; year: number; month: number; skp_id: string },
  now: Date,
): Promise<ReportParties & { skp: skps.SkpRow }> {
  const skp = await skps.findById(db, report.skp_id);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  const date = reportDate(report, skp, now);
  const resolved = resolveRaters(
    await loadChartAbove(db, date, { employeeIds: [report.employee_id] }),
    report.employee_id,
    date,
  );
  return {
    employeeId: report.employee_id,
    raterEmployeeId: resolved.rater?.employeeId ?? null,
    atasanEmployeeId: resolved.atasanRater?.employeeId ?? null,
    skp,
  };
}

/** Loads a report the caller may read, or answers 404 as if it did not exist. */
export async function readableReport(ctx: RequestContext, db: Db, id: string) {
  const report = await reports.findById(db, id);
  if (!report) {
    throw new NotFoundError("laporan");
  }
  const parties = await partiesOfReport(db, report, ctx.now);
  if (!canReadReport(ctx.actor, parties)) {
    throw new NotFoundError("laporan");
  }
  return { report, parties };
}
