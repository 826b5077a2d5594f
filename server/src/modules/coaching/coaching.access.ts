import { RuleViolation, rateesOf, resolveRaters, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartAbove, loadChartBelow } from "../org/chart-slice.repo";

/**
 * How the caller stands today to one employee, resolved from the org chart (REGULATIONS.md §3.6): the employee
 * themselves, their Pejabat Penilai, the Atasan Pejabat Penilai, or an overseer (pengelola kinerja, auditor).
 */
export type Relation = { me: string | null; self: boolean; rater: boolean; atasan: boolean; overseer: boolean };

export async function relationTo(ctx: RequestContext, db: Db, employeeId: string): Promise<Relation> {
  const me = ctx.actor.employeeId;
  const overseer = ctx.actor.roles.some((r) => r === "pengelola_kinerja" || r === "auditor");
  if (!me || me === employeeId) {
    return { me, self: me === employeeId, rater: false, atasan: false, overseer };
  }
  const date = wibDate(ctx.now);
  const resolved = resolveRaters(await loadChartAbove(db, date, { employeeIds: [employeeId] }), employeeId, date);
  return {
    me,
    self: false,
    rater: resolved.rater?.employeeId === me,
    atasan: resolved.atasanRater?.employeeId === me,
    overseer,
  };
}

/** Sees every record of the employee, whoever recorded it. */
export function seesAll(rel: Relation): boolean {
  return rel.self || rel.rater || rel.atasan || rel.overseer;
}

/** A record is readable by those who see all of the employee's, and by whoever recorded it (even after a move). */
export function canRead(rel: Relation, record: { rater_employee_id: string }): boolean {
  return seesAll(rel) || (rel.me !== null && rel.me === record.rater_employee_id);
}

/** The rater of a record: who recorded it, or the employee's rater today (a new rater takes over the follow-up). */
export function isRecordRater(rel: Relation, record: { rater_employee_id: string }): boolean {
  return !rel.self && (rel.rater || (rel.me !== null && rel.me === record.rater_employee_id));
}

/** Only the employee's Pejabat Penilai today records a dialogue or coaching session with them. */
export async function assertRatee(ctx: RequestContext, db: Db, employeeId: string): Promise<string> {
  const rel = await relationTo(ctx, db, employeeId);
  if (!rel.rater || !rel.me) {
    throw new RuleViolation(
      "not_your_ratee",
      "Anda hanya dapat mencatat untuk pegawai yang Anda nilai",
      { employeeId },
      "employeeId",
    );
  }
  return rel.me;
}

/**
 * Which records a list shows: `employees` whose records are all visible, plus those `recordedBy` the caller
 * (limited to `of` when one employee was asked for). Null means nothing.
 */
export type ListScope = { employees: string[]; recordedBy: string | null; of: string | null };

export async function listScope(ctx: RequestContext, employeeId: string | undefined): Promise<ListScope | null> {
  const me = ctx.actor.employeeId;
  if (employeeId) {
    const rel = await relationTo(ctx, ctx.db, employeeId);
    if (seesAll(rel)) {
      return { employees: [employeeId], recordedBy: null, of: null };
    }
    return me ? { employees: [], recordedBy: me, of: employeeId } : null;
  }
  if (!me) {
    return null;
  }
  // Without an employee: my own, my ratees' today, and whatever I recorded.
  const date = wibDate(ctx.now);
  const ratees = rateesOf(await loadChartBelow(ctx.db, me, date), me, date);
  return { employees: [me, ...ratees], recordedBy: me, of: null };
}

/** A dialogue or coaching session is recorded after it took place, so its date is today (WIB) at the latest. */
export function assertNotInFuture(ctx: RequestContext, date: string): void {
  if (date > wibDate(ctx.now)) {
    throw new RuleViolation("date_in_future", "Tanggal tidak boleh setelah hari ini", { date }, "date");
  }
}
