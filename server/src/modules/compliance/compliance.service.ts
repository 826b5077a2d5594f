import {
  type ComplianceRow,
  displayName,
  isLate,
  membersOf,
  monthsOf,
  organisationsBelow,
  organisationsLedBy,
  rateesOf,
  reportDeadline,
  wibDate,
} from "@simkin/domain";
import { ForbiddenError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChart, loadUnitTree } from "../org/chart.repo";
import { isOwnPositionSkp } from "../skp/skp.repo";

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
    .where("skp.status", "=", "disetujui")
    // An SKP a Plt made for the seat he acts in carries no monthly reports of his own (rule 5).
    .where(isOwnPositionSkp);
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
  const dueDay =
    (await ctx.db.selectFrom("performance_year").select("report_due_day").where("year", "=", year).executeTakeFirst())
      ?.report_due_day ?? 5;
  const deadline = reportDeadline(year, month, dueDay);
  const now = ctx.now.toISOString();

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
      late: isLate(submittedAt, deadline) || (submittedAt === null && now > deadline),
      waitingFeedbackDays:
        waitingSince === null ? null : Math.max(0, Math.floor((ctx.now.getTime() - Date.parse(waitingSince)) / DAY_MS)),
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
 * Oversight roles see everyone; the pimpinan their organisation and the organisations one level below (the Camat sees
 * the kecamatan and its kelurahan, a Lurah his kelurahan), each employee once; a rater the people they rate today.
 */
async function scopeOf(ctx: RequestContext, date: string): Promise<Scope> {
  if (ctx.actor.roles.some((r) => r === "pengelola_kinerja" || r === "auditor" || r === "super_admin")) {
    return { scope: "all", employees: null };
  }
  const me = ctx.actor.employeeId;
  if (me) {
    const [tree, chart] = await Promise.all([loadUnitTree(ctx.db), loadChart(ctx.db, date)]);
    const led = organisationsLedBy(tree, chart, me, date);
    if (led.length > 0) {
      const members = membersOf(tree, chart, [...led, ...organisationsBelow(tree, led)], date);
      return { scope: "organisation", employees: [...members.keys()] };
    }
    const ratees = rateesOf(chart, me, date);
    if (ratees.length > 0) {
      return { scope: "team", employees: ratees };
    }
  }
  throw new ForbiddenError("Rekap kepatuhan hanya untuk pejabat penilai, pimpinan, dan pengelola kinerja");
}
