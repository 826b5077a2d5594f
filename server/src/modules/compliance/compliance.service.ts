import {
  type ComplianceRow,
  displayName,
  isReportLate,
  monthsOf,
  organisationUnitKinds,
  rateesOf,
  reportDeadline,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { ForbiddenError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { leadsOrganisation, loadChart } from "../org/chart.repo";
import { reportCalendar } from "../period/holiday.repo";

type Scope = { scope: "team" | "organisation" | "all"; employees: string[] | null };

const DAY_MS = 86_400_000;

/**
 * Who has reported for the month (REGULATIONS.md §2.3): one row per employee in the caller's scope who has an
 * approved SKP covering the month, with the report's status, lateness and how long it has waited for feedback.
 */
export async function complianceFor(ctx: RequestContext, year: number, month: number) {
  const { scope, employees } = await scopeOf(ctx, wibDate(ctx.now));
  if (employees !== null && employees.length === 0) {
    return { scope, rows: [] };
  }
  let skpQuery = ctx.db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "skp.id",
      "skp.employee_id",
      "skp.period_start",
      "skp.period_end",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.name as position_name",
      "org_unit.name as unit_name",
    ])
    .where("skp.year", "=", year)
    .where("skp.status", "=", "disetujui");
  let reportQuery = ctx.db
    .selectFrom("monthly_report")
    .select(["id", "skp_id", "employee_id", "status", "submitted_at", "last_submitted_at"])
    .where("year", "=", year)
    .where("month", "=", month);
  if (employees !== null) {
    skpQuery = skpQuery.where("skp.employee_id", "in", employees);
    reportQuery = reportQuery.where("employee_id", "in", employees);
  }
  // Several approved SKPs may cover one month (a mid-month move): the latest period names the position.
  const skps = (await skpQuery.orderBy("skp.period_start", "desc").execute()).filter((s) =>
    monthsOf(s.period_start, s.period_end).includes(month),
  );
  const reports = await reportQuery.execute();
  const calendar = await reportCalendar(ctx.db, [year]);
  const deadline = reportDeadline(year, month, calendar.ruleFor(year), calendar.holidays);

  const counts = await ikiCounts(
    ctx.db,
    skps.map((s) => s.id),
    reports.map((r) => r.id),
  );
  const seen = new Set<string>();
  const rows: ComplianceRow[] = [];
  for (const skp of skps) {
    if (seen.has(skp.employee_id)) {
      continue;
    }
    seen.add(skp.employee_id);
    const report =
      reports.find((r) => r.skp_id === skp.id) ?? reports.find((r) => r.employee_id === skp.employee_id) ?? null;
    const submittedAt = report?.submitted_at ?? null;
    const waitingSince = report?.status === "diajukan" ? report.last_submitted_at : null;
    rows.push({
      employeeId: skp.employee_id,
      employeeName: displayName(skp.front_title, skp.name, skp.back_title),
      positionName: skp.position_name,
      unitName: skp.unit_name,
      reportId: report?.id ?? null,
      status: report?.status ?? "belum",
      submittedAt,
      late: isReportLate({ submittedAt }, deadline, ctx.now),
      waitingFeedbackDays:
        waitingSince === null ? null : Math.max(0, Math.floor((ctx.now.getTime() - Date.parse(waitingSince)) / DAY_MS)),
      ikiTotal: counts.total.get(skp.id) ?? 0,
      ikiReported: report ? (counts.reported.get(report.id) ?? 0) : 0,
    });
  }
  rows.sort(
    (a, b) =>
      a.unitName.localeCompare(b.unitName, "id") ||
      a.positionName.localeCompare(b.positionName, "id") ||
      a.employeeName.localeCompare(b.employeeName, "id"),
  );
  return { scope, rows };
}

/**
 * How many IKI each SKP has and how many each report has a realisation for; a kualitatif IKI reported in words
 * counts like a number (issue 9 rule 9).
 */
async function ikiCounts(db: Db, skpIds: string[], reportIds: string[]) {
  const total = new Map<string, number>();
  const reported = new Map<string, number>();
  if (skpIds.length > 0) {
    const rows = await db
      .selectFrom("skp_iki")
      .innerJoin("skp_rhk", "skp_rhk.id", "skp_iki.rhk_id")
      .select(["skp_rhk.skp_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("skp_rhk.skp_id", "in", skpIds)
      .groupBy("skp_rhk.skp_id")
      .execute();
    for (const row of rows) {
      total.set(row.skp_id, Number(row.n));
    }
  }
  if (reportIds.length > 0) {
    const rows = await db
      .selectFrom("report_realisation")
      .select(["report_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("report_id", "in", reportIds)
      .groupBy("report_id")
      .execute();
    for (const row of rows) {
      reported.set(row.report_id, Number(row.n));
    }
  }
  return { total, reported };
}

/** Oversight roles see everyone; the pimpinan their organisation; a rater the people they rate today. */
async function scopeOf(ctx: RequestContext, date: string): Promise<Scope> {
  if (ctx.actor.roles.some((r) => r === "pengelola_kinerja" || r === "auditor" || r === "super_admin")) {
    return { scope: "all", employees: null };
  }
  const me = ctx.actor.employeeId;
  if (me) {
    if (await leadsOrganisation(ctx.db, me, date, organisationUnitKinds)) {
      return { scope: "organisation", employees: await placedUnder(ctx.db, await ledUnits(ctx.db, me, date), date) };
    }
    const ratees = rateesOf(await loadChart(ctx.db, date), me, date);
    if (ratees.length > 0) {
      return { scope: "team", employees: ratees };
    }
  }
  throw new ForbiddenError("Rekap kepatuhan hanya untuk pejabat penilai, pimpinan, dan pengelola kinerja");
}

/** The organisation units whose head position the employee holds on the date, definitively or acting. */
async function ledUnits(db: Db, employeeId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.leads_unit_id")
    .select("org_unit.id")
    .where("placement.employee_id", "=", employeeId)
    .where("placement.start_date", "<=", date)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", date)]))
    .where("org_unit.kind", "in", [...organisationUnitKinds])
    .execute();
  return rows.map((r) => r.id);
}

/** Employees whose own (definitive) position on the date is in the given units or any unit below them. */
async function placedUnder(db: Db, rootIds: readonly string[], date: string): Promise<string[]> {
  const units = await db.selectFrom("org_unit").select(["id", "parent_id"]).execute();
  const inside = new Set(rootIds);
  // Walk down level by level until no unit is added; a parent cycle cannot loop because the set only grows.
  for (let grew = true; grew; ) {
    grew = false;
    for (const unit of units) {
      if (unit.parent_id !== null && inside.has(unit.parent_id) && !inside.has(unit.id)) {
        inside.add(unit.id);
        grew = true;
      }
    }
  }
  if (inside.size === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select("placement.employee_id")
    .where("position.unit_id", "in", [...inside])
    .where("placement.kind", "=", "definitif")
    .where("placement.start_date", "<=", date)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", date)]))
    .execute();
  return [...new Set(rows.map((r) => r.employee_id))];
}
