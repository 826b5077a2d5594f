import { z } from "zod";

/**
 * Which SKP the staff under a seat cascade from (PermenPANRB 6/2022: RHK intervene the RHK of the atasan's SKP;
 * issue 9 rule 5). A seat's work plan belongs to the seat: whoever rates from it, definitive holder or Plt, works from
 * the seat's approved SKP for the year: its definitive holder's, else one a Plt made for the seat.
 */
export type SeatSkpCandidate = {
  skpId: string;
  employeeId: string;
  periodStart: string;
  periodEnd: string;
  /** How the SKP's owner held the seat: definitively, or as Plt (an SKP made for the seat). */
  heldAs: "definitif" | "plt";
};

/**
 * The seat's SKP on a date among its approved SKPs of the year: one in force on the date before one that is not,
 * the definitive holder's before a Plt's, then the latest period.
 */
export function seatSkpOn<T extends SeatSkpCandidate>(candidates: readonly T[], date: string): T | null {
  const rank = (c: SeatSkpCandidate) =>
    (c.periodStart <= date && c.periodEnd >= date ? 0 : 2) + (c.heldAs === "definitif" ? 0 : 1);
  const sorted = [...candidates].sort(
    (a, b) => rank(a) - rank(b) || b.periodStart.localeCompare(a.periodStart) || a.skpId.localeCompare(b.skpId),
  );
  return sorted[0] ?? null;
}

/** Shown beside the RHK atasan: whose SKP the options come from, and why. */
export const parentSourceSchema = z.object({
  skpId: z.string(),
  positionName: z.string(),
  ownerName: z.string(),
  heldAs: z.enum(["definitif", "plt"]),
});
export type ParentSource = z.infer<typeof parentSourceSchema>;
