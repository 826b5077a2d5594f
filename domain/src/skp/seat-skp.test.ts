import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SeatSkpCandidate, seatSkpOn } from "./seat-skp";

const skp = (
  skpId: string,
  heldAs: "definitif" | "plt",
  periodStart: string,
  periodEnd: string,
  employeeId = `pegawai-${skpId}`,
): SeatSkpCandidate => ({ skpId, employeeId, periodStart, periodEnd, heldAs });

describe("seatSkpOn picks the SKP a seat's staff cascade from", () => {
  const definitiveYear = skp("definitif", "definitif", "2026-01-01", "2026-12-31");
  const pltYear = skp("plt", "plt", "2026-01-02", "2026-12-31");
  const leftInJune = skp("definitif-lama", "definitif", "2026-01-01", "2026-06-30");
  const pltFromJuly = skp("plt-juli", "plt", "2026-07-01", "2026-12-31");
  const newHolderFromJuly = skp("definitif-baru", "definitif", "2026-07-01", "2026-12-31");
  const cases: [string, SeatSkpCandidate[], string, string | null][] = [
    ["nothing when the seat has no approved SKP", [], "2026-03-15", null],
    ["the definitive holder's SKP", [definitiveYear], "2026-03-15", "definitif"],
    ["the SKP a Plt made for a seat without a definitive holder", [pltYear], "2026-03-15", "plt"],
    ["the definitive holder's SKP over one a Plt also made", [pltYear, definitiveYear], "2026-03-15", "definitif"],
    ["the former holder's SKP while it is in force", [leftInJune, pltFromJuly], "2026-03-15", "definitif-lama"],
    ["the Plt's SKP once the former holder's has ended", [leftInJune, pltFromJuly], "2026-09-01", "plt-juli"],
    ["the former holder's SKP after he left when no Plt made one", [leftInJune], "2026-09-01", "definitif-lama"],
    ["the new holder's SKP from his start", [leftInJune, newHolderFromJuly], "2026-09-01", "definitif-baru"],
    [
      "the new holder's SKP over the Plt's once both are in force",
      [leftInJune, pltFromJuly, newHolderFromJuly],
      "2026-09-01",
      "definitif-baru",
    ],
    [
      "the latest definitive SKP when none is in force on the date",
      [leftInJune, newHolderFromJuly],
      "2027-01-05",
      "definitif-baru",
    ],
    ["a Plt's SKP that starts later when it is the only one", [pltFromJuly], "2026-03-15", "plt-juli"],
  ];
  for (const [what, candidates, date, expected] of cases) {
    it(`gives ${what}`, () => {
      assert.equal(seatSkpOn(candidates, date)?.skpId ?? null, expected);
    });
  }

  it("gives the same answer whatever the order of the candidates", () => {
    const all = [leftInJune, pltFromJuly, newHolderFromJuly, pltYear];
    assert.equal(seatSkpOn(all, "2026-09-01")?.skpId, seatSkpOn([...all].reverse(), "2026-09-01")?.skpId);
  });
});
