import { canReadReport, type ReportParties } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { ratersOfReport } from "../org/report-raters";
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
  const raters = await ratersOfReport(
    db,
    { ...report, period_start: skp.period_start, period_end: skp.period_end },
    now,
  );
  return {
    employeeId: report.employee_id,
    raterEmployeeId: raters.raterId,
    atasanEmployeeId: raters.atasanId,
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
