import {
  actingSeatsRatedBy,
  displayName,
  evaluationRaterDate,
  keberatanDeadline,
  overlaps,
  rateesOf,
  wibDate,
} from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import * as skps from "../skp/skp.repo";
import { employeeCurveUnit, periodOf, periodsOf } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";
import { settingsForYear } from "./evaluation-setting.repo";
import { authorKey } from "./peer-input.service";

const PAGE_SIZE = 20;

/** Whom the caller rates for the period: from one slice of the chart below them on the period's rating date. */
async function rateesFor(ctx: RequestContext, employeeId: string, period: { start: string; end: string }) {
  const date = evaluationRaterDate(period, period, ctx.now);
  const chart = await loadChartBelow(ctx.db, employeeId, date);
  return [
    ...new Set([
      ...rateesOf(chart, employeeId, date),
      ...actingSeatsRatedBy(chart, employeeId, date).map((s) => s.employeeId),
    ]),
  ];
}

/**
 * The rater's "Penilaian Kinerja" for a period (issue 12 item 6): each subordinate's approved SKP covering it, with its
 * evaluation if opened (also one opened by the caller for someone who has since moved), paged in SQL.
 */
export async function teamEvaluations(ctx: RequestContext, query: { year: number; periodCode: string; page: number }) {
  const me = ctx.actor.employeeId;
  const period = await periodOf(ctx.db, query.year, query.periodCode);
  if (!period) {
    throw new NotFoundError("periode evaluasi");
  }
  const empty = { items: [], total: 0, page: query.page, pageSize: PAGE_SIZE };
  if (!me) {
    return empty;
  }
  const ratees = await rateesFor(ctx, me, period);
  const base = ctx.db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .leftJoin("evaluation", (join) =>
      join.onRef("evaluation.skp_id", "=", "skp.id").on("evaluation.period_code", "=", period.code),
    )
    .where("skp.year", "=", query.year)
    .where("skp.status", "=", "disetujui")
    .where("skp.period_start", "<=", period.end)
    .where("skp.period_end", ">=", period.start)
    .where((eb) =>
      eb.or([
        ...(ratees.length > 0 ? [eb("skp.employee_id", "in", ratees)] : []),
        eb("evaluation.rater_employee_id", "=", me),
      ]),
    );
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base
    .select([
      "skp.id as skp_id",
      "skp.employee_id",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "employee.nip",
      "position.name as position_name",
      "evaluation.id as evaluation_id",
      "evaluation.status",
      "evaluation.predikat",
    ])
    .orderBy("employee.name")
    .orderBy("skp.id")
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  const assessed = await evaluations.selfAssessed(
    ctx.db,
    rows.flatMap((r) => (r.evaluation_id ? [r.evaluation_id] : [])),
  );
  return {
    items: rows.map((r) => ({
      skpId: r.skp_id,
      employeeId: r.employee_id,
      employeeName: displayName(r.front_title, r.name, r.back_title),
      nip: r.nip,
      positionName: r.position_name,
      evaluationId: r.evaluation_id,
      status: r.status ?? ("belum" as const),
      predikat: r.predikat,
      selfAssessed: r.evaluation_id ? assessed.has(r.evaluation_id) : false,
    })),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: PAGE_SIZE,
  };
}

/** "Evaluasi Saya": each period of each approved SKP of the year, with its evaluation when opened. */
export async function myEvaluations(ctx: RequestContext, year: number) {
  const me = ctx.actor.employeeId;
  if (!me) {
    return [];
  }
  const approved = (await skps.listForEmployee(ctx.db, me, year)).filter((s) => s.status === "disetujui");
  const periods = await periodsOf(ctx.db, year);
  const rows = await evaluations.listForEmployeeYear(ctx.db, me, year);
  const assessed = await evaluations.selfAssessed(
    ctx.db,
    rows.map((r) => r.id),
  );
  const settings = await settingsForYear(ctx.db, year);
  return approved.flatMap((skp) =>
    periods
      .filter((p) => overlaps({ start: skp.period_start, end: skp.period_end }, p))
      .map((p) => {
        const row = rows.find((r) => r.skp_id === skp.id && r.period_code === p.code);
        const delivered = row && row.status !== "draft";
        return {
          skpId: skp.id,
          periodCode: p.code,
          periodLabel: p.label,
          periodEnd: p.end,
          isAnnual: p.isAnnual,
          evaluationId: row?.id ?? null,
          status: row?.status ?? ("belum" as const),
          // The result is the employee's once it is set; a draft's ratings are the rater's work in progress.
          ratingHasilKerja: delivered ? row.rating_hasil_kerja : null,
          ratingPerilaku: delivered ? row.rating_perilaku : null,
          predikat: delivered ? row.predikat : null,
          receivedAt: row?.received_at ?? null,
          keberatanDeadline: row?.received_at
            ? keberatanDeadline(wibDate(new Date(row.received_at)), settings.keberatanDays)
            : null,
          acknowledgedAt: row?.acknowledged_at ?? null,
          selfAssessed: row ? assessed.has(row.id) : false,
        };
      }),
  );
}

/** Draft evaluations of colleagues in the caller's curve unit on which they may give anonymous peer input. */
export async function peerRequests(ctx: RequestContext, year: number) {
  const me = ctx.actor.employeeId;
  if (!me) {
    return [];
  }
  const unitId = await employeeCurveUnit(ctx.db, me, wibDate(ctx.now));
  if (!unitId) {
    return [];
  }
  const rows = await ctx.db
    .selectFrom("evaluation")
    .innerJoin("employee", "employee.id", "evaluation.employee_id")
    .innerJoin("skp", "skp.id", "evaluation.skp_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .select([
      "evaluation.id",
      "evaluation.period_code",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.name as position_name",
    ])
    .where("evaluation.unit_id", "=", unitId)
    .where("evaluation.year", "=", year)
    .where("evaluation.status", "=", "draft")
    .where("evaluation.employee_id", "!=", me)
    .where((eb) =>
      eb.and([
        eb.or([eb("evaluation.rater_employee_id", "is", null), eb("evaluation.rater_employee_id", "!=", me)]),
        eb.or([eb("evaluation.atasan_employee_id", "is", null), eb("evaluation.atasan_employee_id", "!=", me)]),
      ]),
    )
    .orderBy("employee.name")
    .limit(100)
    .execute();
  const keys = rows.map((r) => authorKey(ctx, me, r.id));
  const given =
    keys.length === 0
      ? new Set<string>()
      : new Set(
          (await ctx.db.selectFrom("peer_input").select("author_key").where("author_key", "in", keys).execute()).map(
            (r) => r.author_key,
          ),
        );
  return rows.map((r, i) => ({
    evaluationId: r.id,
    employeeName: displayName(r.front_title, r.name, r.back_title),
    positionName: r.position_name,
    periodCode: r.period_code,
    given: given.has(keys[i] ?? ""),
  }));
}
