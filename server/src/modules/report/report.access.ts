import { canReadReport, type ReportParties, reportRaterDate, resolveRaters } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as skps from "../skp/skp.repo";
import * as reports from "./report.repo";

export async function partiesOfReport(
  db: Db,
  report: { employee_id: string; year: number; month: number; skp_id: string },
  now: Date,
): Promise<ReportParties & { skp: skps.SkpRow }> {
  const skp = await skps.findById(db, report.skp_id);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  const date = reportRaterDate(report, { start: skp.period_start, end: skp.period_end }, now);
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
