import { displayName, type ParentSource, type ResolvedOfficer, type SeatSkpCandidate, seatSkpOn } from "@simkin/domain";
import type { Db } from "../../db";

type Span = { employee_id: string; kind: string; start_date: string; end_date: string | null };

const overlaps = (p: Span, start: string, end: string) => p.start_date <= end && (p.end_date ?? "9999-12-31") >= start;

/**
 * How the owner of an SKP held its position over the SKP's period: definitively, or as Plt (an SKP made for the
 * seat). An SKP whose owner held it neither way (history corrected since) counts as definitive.
 */
function heldAsFrom(spans: readonly Span[], skp: { employee_id: string; period_start: string; period_end: string }) {
  const own = spans.filter((p) => p.employee_id === skp.employee_id && overlaps(p, skp.period_start, skp.period_end));
  return own.some((p) => p.kind === "plt") && !own.some((p) => p.kind === "definitif") ? "plt" : "definitif";
}

async function spansOf(db: Db, positionId: string): Promise<Span[]> {
  return db
    .selectFrom("placement")
    .select(["employee_id", "kind", "start_date", "end_date"])
    .where("position_id", "=", positionId)
    .execute();
}

/** Was this SKP made by a Plt for the seat he acts in (rather than for his own position)? */
export async function heldAsOf(
  db: Db,
  skp: { employee_id: string; position_id: string; period_start: string; period_end: string },
): Promise<"definitif" | "plt"> {
  return heldAsFrom(await spansOf(db, skp.position_id), skp);
}

/** The approved SKPs of a seat for a year, with how each owner held the seat and the owner's name. */
export async function seatSkps(db: Db, positionId: string, year: number) {
  const rows = await db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .select([
      "skp.id",
      "skp.employee_id",
      "skp.period_start",
      "skp.period_end",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
    ])
    .where("skp.position_id", "=", positionId)
    .where("skp.year", "=", year)
    .where("skp.status", "=", "disetujui")
    .execute();
  if (rows.length === 0) {
    return [];
  }
  const spans = await spansOf(db, positionId);
  return rows.map((r): SeatSkpCandidate & { ownerName: string } => ({
    skpId: r.id,
    employeeId: r.employee_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    heldAs: heldAsFrom(spans, r),
    ownerName: displayName(r.front_title, r.name, r.back_title),
  }));
}

/**
 * The RHK a subordinate may intervene: those of the rater's SEAT's SKP in force for the year (the definitive
 * holder's, else one a Plt made for the seat), with where they come from; null when the seat has none.
 */
export async function raterRhkOptions(
  db: Db,
  rater: Pick<ResolvedOfficer, "positionId"> | null,
  year: number,
  date: string,
) {
  if (!rater) {
    return null;
  }
  const chosen = seatSkpOn(await seatSkps(db, rater.positionId, year), date);
  if (!chosen) {
    return null;
  }
  const options = await db
    .selectFrom("skp_rhk")
    .select(["id", "text", "kind"])
    .where("skp_id", "=", chosen.skpId)
    .orderBy("sort_order")
    .execute();
  const seat = await db.selectFrom("position").select("name").where("id", "=", rater.positionId).executeTakeFirst();
  const source: ParentSource = {
    skpId: chosen.skpId,
    positionName: seat?.name ?? "",
    ownerName: chosen.ownerName,
    heldAs: chosen.heldAs,
  };
  return { source, options };
}
