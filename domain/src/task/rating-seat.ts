import { type OrgChart, resolveRaters } from "../org/rater.rules";

/** A seat the rater only acts in (decision 0016): a Plt, or a Plh whose appointment lets him rate. */
export type ActingSeat = { positionId: string; acting: "plt" | "plh" };

/**
 * Of the rater's ratees (rateesOf), those he rates through a seat he acts in, with that seat, as resolveRaters
 * resolves it: the task then says "sebagai Plt Lurah ..." (issue 11). Ratees of his own post are left out.
 */
export function actingRatingSeats(
  chart: OrgChart,
  raterEmployeeId: string,
  ratees: readonly string[],
  date: string,
): Map<string, ActingSeat> {
  const seats = new Map<string, ActingSeat>();
  for (const ratee of ratees) {
    const rater = resolveRaters(chart, ratee, date).rater;
    if (rater?.employeeId === raterEmployeeId && rater.acting) {
      seats.set(ratee, { positionId: rater.positionId, acting: rater.acting });
    }
  }
  return seats;
}
