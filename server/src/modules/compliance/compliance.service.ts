import {
  type ComplianceRow,
  type ComplianceSort,
  type ComplianceStatus,
  type ComplianceUnit,
  type ComplianceUnitSort,
  displayName,
  isReportLate,
  reportDeadline,
  type WithoutSkpRow,
  wibDate,
} from "@simkin/domain";
import type { RequestContext } from "../../http/context";
import { reportCalendar } from "../period/holiday.repo";
import * as compliance from "./compliance.repo";
import { type Scope, scopeOf } from "./compliance.scope";
import * as withoutSkp from "./without-skp.repo";

type MonthQuery = { year: number; month: number; page: number; pageSize: number; within?: string | undefined };

const DAY_MS = 86_400_000;

/**
 * Who has reported for the month (REGULATIONS.md §2.3), one page: a row per employee in the caller's scope who has an
 * approved SKP covering the month, with the report's status, lateness and how long it has waited for feedback.
 */
export async function complianceFor(
  ctx: RequestContext,
  query: MonthQuery & { unitId?: string; status?: ComplianceStatus; q?: string; sort: ComplianceSort },
): Promise<{ items: ComplianceRow[]; total: number; page: number; pageSize: number } & Coverage> {
  const { month, scope, coverage } = await monthOf(ctx, query);
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
  return { scope, coverage, items, total, ...paging };
}

/** The month by unit, one page of summaries: the whole-office view opens a unit's people from here. */
export async function complianceUnits(
  ctx: RequestContext,
  query: MonthQuery & { q?: string; sort: ComplianceUnitSort },
): Promise<
  {
    items: ComplianceUnit[];
    totals: compliance.ComplianceCounts;
    total: number;
    page: number;
    pageSize: number;
  } & Coverage
> {
  const { month, scope, coverage } = await monthOf(ctx, query);
  const paging = { page: query.page, pageSize: query.pageSize };
  const { units, total, totals } = await compliance.listUnits(ctx.db, month, query.q, paging, query.sort);
  return { scope, coverage, items: units, totals, total, ...paging };
}

type Coverage = Pick<Scope, "scope" | "coverage">;

async function monthOf(ctx: RequestContext, query: { year: number; month: number; within?: string | undefined }) {
  const { scope, who, coverage } = await scopeOf(ctx, wibDate(ctx.now), query.within);
  const calendar = await reportCalendar(ctx.db, [query.year]);
  const deadline = reportDeadline(query.year, query.month, calendar.ruleFor(query.year), calendar.holidays);
  const month = { year: query.year, month: query.month, who, deadline, now: ctx.now.toISOString() };
  return { scope, coverage, month };
}

/** The people of the caller's scope without an approved SKP this year for the position they hold, one page. */
export async function peopleWithoutSkp(
  ctx: RequestContext,
  query: { year: number; page: number; pageSize: number; within?: string | undefined; q?: string | undefined },
): Promise<{ items: WithoutSkpRow[]; total: number; page: number; pageSize: number } & Coverage> {
  const date = wibDate(ctx.now);
  const { scope, who, coverage } = await scopeOf(ctx, date, query.within);
  const paging = { page: query.page, pageSize: query.pageSize };
  const { rows, total } = await withoutSkp.listWithoutSkp(ctx.db, { year: query.year, date, who }, query.q, paging);
  const items = rows.map(({ name, frontTitle, backTitle, ...r }) => ({
    ...r,
    employeeName: displayName(frontTitle, name, backTitle),
  }));
  return { scope, coverage, items, total, ...paging };
}
