import { addDays, rateesOf, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { loadChartBelow } from "../org/chart-slice.repo";
import { reportRaters } from "../org/report-raters";
import * as reports from "./report.repo";

/**
 * Submitted reports that wait for this rater's feedback, oldest submission first: those whose month's rater is the
 * rater, as opening the report decides (docs/decisions/0067). Looked for among whom the rater rates today and rated on
 * the first and last day of last month, the month most waiting reports are of: one slice of the chart below him.
 */
export async function reportsAwaitingAnswer(db: Db, raterId: string, now: Date) {
  const today = wibDate(now);
  const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
  const lastMonthStart = `${lastMonthEnd.slice(0, 7)}-01`;
  const chart = await loadChartBelow(db, raterId, lastMonthStart, today);
  const candidates = new Set([lastMonthStart, lastMonthEnd, today].flatMap((date) => rateesOf(chart, raterId, date)));
  if (candidates.size === 0) {
    return [];
  }
  const rows = await reports.listSubmittedBy(db, [...candidates]);
  const raters = await reportRaters(db, rows, now);
  return rows.filter((r) => raters.get(r.id)?.raterId === raterId);
}
