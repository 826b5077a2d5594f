import {
  type ComplianceRow,
  type ComplianceSort,
  type ComplianceStatus,
  type ComplianceUnit,
  displayName,
  isReportLate,
  organisationOf,
  organisationsBelow,
  organisationsLedBy,
  rateesOf,
  readsAllRecords,
  reportDeadline,
  wibDate,
} from "@simkin/domain";
import { ForbiddenError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import { loadUnitsAround, loadUnitsLedBy } from "../org/unit-slice.repo";
import { reportCalendar } from "../period/holiday.repo";
import * as compliance from "./compliance.repo";

type Scope = { scope: "team" | "organisation" | "all"; employees: string[] | null };
type MonthQuery = { year: number; month: number; page: number; pageSize: number };

const DAY_MS = 86_400_000;

/**
 * Who has reported for the month (REGULATIONS.md §2.3), one page: a row per employee in the caller's scope who has an
 * approved SKP covering the month, with the report's status, lateness and how long it has waited for feedback.
 */
export async function complianceFor(
  ctx: RequestContext,
  query: MonthQuery & { unitId?: string; status?: ComplianceStatus; q?: string; sort: ComplianceSort },
): Promise<{ scope: Scope["scope"]; items: ComplianceRow[]; total: number; page: number; pageSize: number }> {
  const { month, scope } = await monthOf(ctx, query);
  const paging = { page: query.page, pageSize: query.pageSize };
  const { rows, total } = await compliance.listPeople(ctx.db, month, query, query.sort, paging);
  const counts = await compliance.ikiCounts(
    ctx.db,
    rows.map((r) => r.skpId),
    rows.flatMap((r) => (r.reportId ? [r.reportId] : [])),
  );
  const items = rows.map((r) => {
    const waitingSince = r.status === "diajukan" ? r.lastSubmittedAt : null;
    return {
      employeeId: r.employeeId,
      employeeName: displayName(r.frontTitle, r.name, r.backTitle),
      positionName: r.positionName,
      unitName: r.unitName,
      reportId: r.reportId,
      status: r.status,
      submittedAt: r.submittedAt,
      late: isReportLate({ submittedAt: r.submittedAt }, month.deadline, ctx.now),
      waitingFeedbackDays:
        waitingSince === null ? null : Math.max(0, Math.floor((ctx.now.getTime() - Date.parse(waitingSince)) / DAY_MS)),
      ikiTotal: counts.total.get(r.skpId) ?? 0,
      ikiReported: r.reportId ? (counts.reported.get(r.reportId) ?? 0) : 0,
    };
  });
  return { scope, items, total, ...paging };
}

/** The month by unit, one page of summaries: the whole-office view opens a unit's people from here. */
export async function complianceUnits(
  ctx: RequestContext,
  query: MonthQuery & { q?: string },
): Promise<{
  scope: Scope["scope"];
  items: ComplianceUnit[];
  totals: compliance.ComplianceCounts;
  total: number;
  page: number;
  pageSize: number;
}> {
  const { month, scope } = await monthOf(ctx, query);
  const paging = { page: query.page, pageSize: query.pageSize };
  const { units, total, totals } = await compliance.listUnits(ctx.db, month, query.q, paging);
  return { scope, items: units, totals, total, ...paging };
}

async function monthOf(ctx: RequestContext, query: { year: number; month: number }) {
  const { scope, employees } = await scopeOf(ctx, wibDate(ctx.now));
  const calendar = await reportCalendar(ctx.db, [query.year]);
  const deadline = reportDeadline(query.year, query.month, calendar.ruleFor(query.year), calendar.holidays);
  const month = { year: query.year, month: query.month, employees, deadline, now: ctx.now.toISOString() };
  return { scope, month };
}

/**
 * Oversight roles see everyone; the pimpinan their organisation and the organisations one level below (the Camat sees
 * the kecamatan and its kelurahan, a Lurah his kelurahan), each employee once; a rater the people they rate today.
 */
async function scopeOf(ctx: RequestContext, date: string): Promise<Scope> {
  if (readsAllRecords(ctx.actor.roles)) {
    return { scope: "all", employees: null };
  }
  const me = ctx.actor.employeeId;
  if (me) {
    const chart = await loadChartBelow(ctx.db, me, date);
    const led = organisationsLedBy(await loadUnitsLedBy(ctx.db, chart, me, date), chart, me, date);
    if (led.length > 0) {
      const tree = await loadUnitsAround(ctx.db, led);
      // Members as membersOf counts them: by their own position's unit, each unit in exactly one organisation.
      const wanted = new Set([...led, ...organisationsBelow(tree, led)]);
      const units = [...tree.keys()].filter((id) => wanted.has(organisationOf(tree, id) ?? ""));
      return { scope: "organisation", employees: await compliance.employeesInUnits(ctx.db, units, date) };
    }
    const ratees = rateesOf(chart, me, date);
    if (ratees.length > 0) {
      return { scope: "team", employees: ratees };
    }
  }
  throw new ForbiddenError("Rekap kepatuhan hanya untuk pejabat penilai, pimpinan, dan pengelola kinerja");
}
