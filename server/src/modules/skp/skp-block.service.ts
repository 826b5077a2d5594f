import {
  type BlockReason,
  defaultModelFor,
  type ResolvedOfficer,
  resolveRaters,
  resolveSeatRaters,
  type SkpBlock,
  seatSkpOn,
} from "@simkin/domain";
import type { Db } from "../../db";
import { describeOfficers } from "../org/chart.repo";
import { loadChartAbove } from "../org/chart-slice.repo";
import { actingPrefix } from "./party.repo";
import { seatSkps } from "./seat-skp.repo";

/** A chain longer than this is a broken chart, not a kecamatan: stop there rather than walk on. */
const MAX_LEVELS = 12;

export type Block = Omit<SkpBlock, "remindedToday"> & {
  /** The employee the reminder goes to (ask), null when nobody can be asked. */
  askEmployeeId: string | null;
};

/**
 * Why the employee's RHK cannot intervene a rater's RHK in `year` (PermenPANRB 6/2022: RHK cascade from the atasan's
 * approved SKP; issue 11): walks up from the direct rater while the seat has no approved SKP, one chart slice and one
 * indexed query per level. Null when the rater's seat has an approved SKP, when there is no rater, or for a JPT SKP
 * (it cascades from the Perjanjian Kinerja, not a rater's SKP).
 */
export async function skpBlockOf(db: Db, employeeId: string, year: number, date: string): Promise<Block | null> {
  const chart = await loadChartAbove(db, date, { employeeIds: [employeeId] });
  const own = resolveRaters(chart, employeeId, date);
  const seat = own.positionId ? chart.positions.get(own.positionId) : undefined;
  if (!own.rater || !seat || defaultModelFor(seat.kind) !== "ja_jf") {
    return null;
  }
  const chain: ResolvedOfficer[] = [];
  let current: ResolvedOfficer | null = own.rater;
  let approver: ResolvedOfficer | null = null;
  while (current && chain.length < MAX_LEVELS) {
    if (seatSkpOn(await seatSkps(db, current.positionId, year), date)) {
      approver = current;
      break;
    }
    chain.push(current);
    current = current.employeeId ? resolveSeatRaters(chart, current.positionId, current.employeeId, date).rater : null;
  }
  const [rater, cause] = [chain[0], chain.at(-1)];
  if (!rater || !cause) {
    return null;
  }
  const reason = await reasonOf(db, cause, year);
  const asked = reason === "vacant" ? approver : reason === "awaiting_approval" ? (approver ?? cause) : cause;
  const [raterText, causeText, askText] = await describe(db, [rater, cause, asked]);
  return {
    year,
    rater: raterText ?? { name: null, positionName: "" },
    cause: causeText ?? { name: null, positionName: "" },
    reason,
    ask: askText?.name ? askText : null,
    askEmployeeId: asked?.employeeId ?? null,
  };
}

/** What the official at the top of the block lacks: a holder, an SKP, its submission, or its approval. */
async function reasonOf(db: Db, cause: ResolvedOfficer, year: number): Promise<BlockReason> {
  if (!cause.employeeId) {
    return "vacant";
  }
  const own = await db
    .selectFrom("skp")
    .select("status")
    .where("employee_id", "=", cause.employeeId)
    .where("year", "=", year)
    .where("position_id", "=", cause.positionId)
    .where("status", "!=", "diganti")
    .execute();
  if (own.some((s) => s.status === "diajukan" || s.status === "direviu")) {
    return "awaiting_approval";
  }
  return own.length > 0 ? "draft" : "no_skp";
}

async function describe(db: Db, officers: (ResolvedOfficer | null | undefined)[]) {
  const described = await describeOfficers(
    db,
    officers.map((o) => o ?? null),
  );
  return described.map((o) =>
    o ? { name: o.employeeName, positionName: `${actingPrefix(o.acting)}${o.positionName}` } : null,
  );
}
