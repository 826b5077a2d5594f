import {
  type CoachingRecord,
  canActOnCoaching,
  type Relation,
  RuleViolation,
  rateesOf,
  relationOf,
  resolveRaters,
  seesAllCoaching,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { RequestContext } from "../../http/context";
import { loadChartAbove, loadChartBelow } from "../org/chart-slice.repo";
import type { ListScope } from "./coaching.repo";

/** How the caller stands today to one employee, resolved from the org chart (REGULATIONS.md §3.6). */
export async function relationTo(ctx: RequestContext, db: Db, employeeId: string): Promise<Relation> {
  const me = ctx.actor.employeeId;
  if (!me || me === employeeId) {
    return relationOf(ctx.actor, { employeeId, raterEmployeeId: null, atasanEmployeeId: null });
  }
  const date = wibDate(ctx.now);
  const resolved = resolveRaters(await loadChartAbove(db, date, { employeeIds: [employeeId] }), employeeId, date);
  return relationOf(ctx.actor, {
    employeeId,
    raterEmployeeId: resolved.rater?.employeeId ?? null,
    atasanEmployeeId: resolved.atasanRater?.employeeId ?? null,
  });
}

/** The record as the coaching policy reads it. */
export const recordOf = (row: { rater_employee_id: string }): CoachingRecord => ({
  raterEmployeeId: row.rater_employee_id,
});

/** Only the employee's Pejabat Penilai today records a dialogue or coaching session with them. */
async function assertRatee(ctx: RequestContext, db: Db, employeeId: string): Promise<string> {
  const rel = await relationTo(ctx, db, employeeId);
  if (!canActOnCoaching(rel, "record", null) || !rel.me) {
    throw new RuleViolation(
      "not_your_ratee",
      "Anda hanya dapat mencatat untuk pegawai yang Anda nilai",
      { employeeId },
      "employeeId",
    );
  }
  return rel.me;
}

/** Whose records a list shows (see ListScope); null means nothing. */
async function listScope(ctx: RequestContext, employeeId: string | undefined): Promise<ListScope | null> {
  const me = ctx.actor.employeeId;
  if (employeeId) {
    const rel = await relationTo(ctx, ctx.db, employeeId);
    if (seesAllCoaching(rel)) {
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

/** A list of dialogues or coaching sessions: what the caller may see, for one employee or for themselves and team. */
export async function listVisible<T>(
  ctx: RequestContext,
  employeeId: string | undefined,
  list: (db: Db, scope: ListScope) => Promise<T[]>,
): Promise<T[]> {
  const scope = await listScope(ctx, employeeId);
  return scope ? list(ctx.db, scope) : [];
}

/**
 * The common part of a new dialogue or coaching session: a date not in the future, then the record's own `checks`,
 * then the caller as the employee's Pejabat Penilai today (resolved before the write transaction, which does not
 * touch the chart), and a fresh id.
 */
export async function newRecord(
  ctx: RequestContext,
  input: { employeeId: string; date: string },
  checks: () => void = () => {},
) {
  assertNotInFuture(ctx, input.date);
  checks();
  const raterId = await assertRatee(ctx, ctx.db, input.employeeId);
  return {
    id: newId(ctx.now.getTime()),
    employee_id: input.employeeId,
    rater_employee_id: raterId,
    date: input.date,
    created_at: ctx.now.toISOString(),
  };
}

/** A dialogue or coaching session is recorded after it took place, so its date is today (WIB) at the latest. */
function assertNotInFuture(ctx: RequestContext, date: string): void {
  if (date > wibDate(ctx.now)) {
    throw new RuleViolation("date_in_future", "Tanggal tidak boleh setelah hari ini", { date }, "date");
  }
}
