import type { BerakhlakValueCode } from "./berakhlak";

export type ExpectationSlot = { code: BerakhlakValueCode; name: string; expectation: string | null };

/**
 * The BerAKHLAK values whose Ekspektasi Khusus Pimpinan is still empty, in the order the SKP prints them. The model
 * has an ekspektasi only per value (REGULATIONS.md §2.2 "Perilaku Kerja", §6.1): an RHK carries none of its own, its
 * expectation is the IKI and target. Leaving them empty is allowed ("dapat diberikan ekspektasi khusus pimpinan",
 * PermenPANRB 6/2022 via §3.2; "ekspektasi khusus is optional", §9.1), so the rater is told, never refused.
 */
export function emptyExpectations(
  behaviours: readonly ExpectationSlot[],
): { code: BerakhlakValueCode; name: string }[] {
  return behaviours.filter((b) => (b.expectation ?? "").trim() === "").map(({ code, name }) => ({ code, name }));
}
