import { reportRaterDate, resolveRaters, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { loadChartAbove } from "./chart-slice.repo";
import { employeesPlacedOn } from "./placement.repo";

/** A report with what decides who answers it: its month, clipped to its SKP's period (reportRaterDate). */
export type DatedReport = {
  id: string;
  employee_id: string;
  year: number;
  month: number;
  period_start: string;
  period_end: string;
};

/** Who answers a report and who is atasan over that answer; null where nobody rates the employee. */
export type ReportRaters = { raterId: string | null; atasanId: string | null };

/**
 * Who answers each report (docs/decisions/0067): the rater of its month, who saw the work; if he holds no post any
 * more on the day asked, today's rater. One chart slice per date, above the employees whose reports fall on it.
 * Opening a report, the feedback inbox, the home tasks and the reminders all ask this, so they never disagree.
 */
export async function reportRaters(
  db: Db,
  reports: readonly DatedReport[],
  now: Date,
): Promise<Map<string, ReportRaters>> {
  const today = wibDate(now);
  const asked = reports.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    date: reportRaterDate(r, periodOf(r), now),
  }));
  const ofMonth = await ratersOn(db, asked);
  // Only a past month's rater may have left since; today's holds a post by definition (a report's hot path).
  const past = asked.flatMap((a) => {
    const raterId = ofMonth.get(a.id)?.raterId;
    return a.date !== today && raterId ? [{ ...a, raterId }] : [];
  });
  const present = await employeesPlacedOn(db, [...new Set(past.map((a) => a.raterId))], today);
  const left = past.filter((a) => !present.has(a.raterId)).map((a) => ({ ...a, date: today }));
  return new Map([...ofMonth, ...(await ratersOn(db, left))]);
}

/** The same for one report. */
export async function ratersOfReport(db: Db, report: Omit<DatedReport, "id">, now: Date): Promise<ReportRaters> {
  const one = (await reportRaters(db, [{ ...report, id: "one" }], now)).get("one");
  return one ?? { raterId: null, atasanId: null };
}

const periodOf = (r: DatedReport) => ({ start: r.period_start, end: r.period_end });

type Asked = { id: string; employeeId: string; date: string };

async function ratersOn(db: Db, asked: readonly Asked[]) {
  const byDate = new Map<string, Asked[]>();
  for (const a of asked) {
    const onDate = byDate.get(a.date);
    if (onDate) {
      onDate.push(a);
    } else {
      byDate.set(a.date, [a]);
    }
  }
  const raters = new Map<string, ReportRaters>();
  for (const [date, onDate] of byDate) {
    const chart = await loadChartAbove(db, date, { employeeIds: onDate.map((a) => a.employeeId) });
    for (const a of onDate) {
      const resolved = resolveRaters(chart, a.employeeId, date);
      raters.set(a.id, {
        raterId: resolved.rater?.employeeId ?? null,
        atasanId: resolved.atasanRater?.employeeId ?? null,
      });
    }
  }
  return raters;
}
