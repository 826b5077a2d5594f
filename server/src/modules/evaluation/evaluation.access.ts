import {
  canReadEvaluation,
  type EvaluationParties,
  type EvaluationPeriod,
  type EvaluationState,
  evaluationPeriods,
  evaluationRaterDate,
  type KeberatanState,
  keberatanOpen,
  organisationOf,
  resolveSeatRaters,
} from "@simkin/domain";
import type { Db } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import { placementDuring } from "../org/placement.repo";
import { loadUnitsAbove } from "../org/unit-slice.repo";
import * as years from "../period/year.repo";
import type { SkpRow } from "../skp/skp.repo";
import * as evaluations from "./evaluation.repo";
import { settingsForYear } from "./evaluation-setting.repo";

/** The evaluation periods of a year (its cadence; triwulan when the year is not opened). */
export async function periodsOf(db: Db, year: number): Promise<EvaluationPeriod[]> {
  return (await years.findByYear(db, year))?.periods ?? evaluationPeriods(year, "triwulan");
}

export async function periodOf(db: Db, year: number, code: string): Promise<EvaluationPeriod | undefined> {
  return (await periodsOf(db, year)).find((p) => p.code === code);
}

const span = (skp: SkpRow) => ({ start: skp.period_start, end: skp.period_end });

/**
 * The pejabat penilai and atasan of the SKP's seat as of the period's end or today, whichever is earlier (the same
 * rater resolution as the SKP and the reports, issue 12).
 */
export async function ratersForPeriod(db: Db, skp: SkpRow, period: { start: string; end: string }, now: Date) {
  const date = evaluationRaterDate(period, span(skp), now);
  const chart = await loadChartAbove(db, date, { employeeIds: [skp.employee_id], positionIds: [skp.position_id] });
  return { date, ...resolveSeatRaters(chart, skp.position_id, skp.employee_id, date) };
}

/**
 * The unit whose curve counts a position's holder: the nearest organisation up from the position's unit (the
 * kecamatan for its sekretariat and seksi; a kelurahan for its own staff and the Lurah), and whether the position
 * heads that unit.
 */
export async function curveUnitOf(db: Db, positionId: string) {
  const position = await db.selectFrom("position").select("unit_id").where("id", "=", positionId).executeTakeFirst();
  const unitId = position?.unit_id ?? "";
  const tree = await loadUnitsAbove(db, [unitId]);
  const curveId = organisationOf(tree, unitId) ?? unitId;
  const unit = tree.get(curveId);
  return { unitId: curveId, unitName: unit?.name ?? "", headPositionId: unit?.headPositionId ?? null };
}

/** The caller's curve unit on a date, from their own definitive position; null without one. */
export async function employeeCurveUnit(db: Db, employeeId: string, date: string): Promise<string | null> {
  const placement = await db
    .selectFrom("placement")
    .select("position_id")
    .where("employee_id", "=", employeeId)
    .where("kind", "=", "definitif")
    .where((eb) => placementDuring(eb, date))
    .orderBy("start_date", "desc")
    .executeTakeFirst();
  return placement ? (await curveUnitOf(db, placement.position_id)).unitId : null;
}

export const policyParties = (row: evaluations.EvaluationRow): EvaluationParties => ({
  employeeId: row.employee_id,
  raterEmployeeId: row.rater_employee_id,
  atasanEmployeeId: row.atasan_employee_id,
});

/** The state the policy judges: status, keberatan, whether its window (of `days`) is open, and who decides it. */
export function stateFrom(
  row: evaluations.EvaluationRow,
  keberatan: KeberatanState,
  days: number,
  now: Date,
): EvaluationState {
  return {
    status: row.status,
    keberatan,
    windowOpen: row.received_at !== null && keberatanOpen(row.received_at, now, days),
    atasanExternal: row.atasan_external === 1,
  };
}

/** The same, reading the keberatan and the year's window. */
export async function stateOf(db: Db, row: evaluations.EvaluationRow, now: Date): Promise<EvaluationState> {
  const [keberatan, settings] = await Promise.all([
    evaluations.keberatanStateOf(db, row.id),
    settingsForYear(db, row.year),
  ]);
  return stateFrom(row, keberatan, settings.keberatanDays, now);
}

/** Loads an evaluation the caller may read, or answers 404 exactly as for a random id. */
export async function readableEvaluation(ctx: RequestContext, db: Db, id: string) {
  const row = await evaluations.findById(db, id);
  if (!row || !canReadEvaluation(ctx.actor, policyParties(row))) {
    throw new NotFoundError("evaluasi");
  }
  return row;
}

/** Someone who may see the SKP but does not rate its holder for the period (the atasan, the pengelola, the auditor). */
export class NotYourSubordinateError extends AppError {
  constructor() {
    super(
      403,
      "evaluation_not_your_subordinate",
      "Pegawai ini bukan bawahan yang Anda nilai pada periode evaluasi ini; evaluasi dibuka oleh pejabat penilainya",
    );
  }
}
