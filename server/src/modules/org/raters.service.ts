import { allowedLevels, type Raters, resolveRaters } from "@simkin/domain";
import type { Db } from "../../db";
import { describeOfficers } from "./chart.repo";
import { loadChartAbove } from "./chart-slice.repo";

/** The employee's own position, Pejabat Penilai Kinerja and Atasan Pejabat Penilai on the date, with names. */
export async function ratersOn(db: Db, employeeId: string, date: string): Promise<Raters> {
  const chart = await loadChartAbove(db, date, { employeeIds: [employeeId] });
  const resolved = resolveRaters(chart, employeeId, date);
  const own = resolved.positionId
    ? { positionId: resolved.positionId, employeeId, acting: null, delegated: false }
    : null;
  const [position, rater, atasanRater] = await describeOfficers(db, [own, resolved.rater, resolved.atasanRater]);
  const seat = resolved.positionId ? chart.positions.get(resolved.positionId) : undefined;
  const penilai = seat ? allowedLevels(seat, "penilai") : null;
  const jfRule =
    seat?.jenjang && penilai
      ? { jenjang: seat.jenjang, penilai: [...penilai], atasan: [...(allowedLevels(seat, "atasan") ?? [])] }
      : null;
  return { date, position: position ?? null, rater: rater ?? null, atasanRater: atasanRater ?? null, jfRule };
}
