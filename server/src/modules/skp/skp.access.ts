import { canReadSkp, type ResolvedOfficer, resolveSeatRaters, type SkpParties, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as skps from "./skp.repo";

/** The date an SKP's raters are resolved for: today, kept inside the SKP's own period. */
export function skpDate(skp: { period_start: string; period_end: string }, now: Date): string {
  const today = wibDate(now);
  if (today < skp.period_start) {
    return skp.period_start;
  }
  return today > skp.period_end ? skp.period_end : today;
}

export type ResolvedParties = SkpParties & {
  /** The date the officials were resolved for (skpDate). */
  date: string;
  rater: ResolvedOfficer | null;
  atasanRater: ResolvedOfficer | null;
};

export async function partiesOf(db: Db, skp: skps.SkpRow, now: Date): Promise<ResolvedParties> {
  const date = skpDate(skp, now);
  // From the SKP's own seat: an SKP a Plt made for the seat he acts in is rated from that seat (rule 5).
  const resolved = resolveSeatRaters(
    await loadChartAbove(db, date, { positionIds: [skp.position_id] }),
    skp.position_id,
    skp.employee_id,
    date,
  );
  return {
    employeeId: skp.employee_id,
    raterEmployeeId: resolved.rater?.employeeId ?? null,
    atasanEmployeeId: resolved.atasanRater?.employeeId ?? null,
    date,
    rater: resolved.rater,
    atasanRater: resolved.atasanRater,
  };
}

/** Loads an SKP the caller may read, or answers 404 as if it did not exist. */
export async function readableSkp(ctx: RequestContext, db: Db, id: string) {
  const skp = await skps.findById(db, id);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  const parties = await partiesOf(db, skp, ctx.now);
  if (!canReadSkp(ctx.actor, parties)) {
    throw new NotFoundError("SKP");
  }
  return { skp, parties };
}
