import type { ChartPlacement, ChartPosition, OrgChart, PositionKind } from "@simkin/domain";

/** A pemerintah-daerah-sized chart: a head over 40 units of a head, 5 pengawas and 100 staff each (4,241 people). */
export function largeChart(): OrgChart {
  const positions = new Map<string, ChartPosition>();
  const placements: ChartPlacement[] = [];
  const add = (id: string, kind: PositionKind, parentPositionId: string | null) => {
    positions.set(id, { id, kind, parentPositionId, raterPositionId: null });
    placements.push({
      employeeId: `e-${id}`,
      positionId: id,
      kind: "definitif",
      startDate: "2020-01-01",
      endDate: null,
    });
  };
  add("head", "jpt", null);
  for (let u = 0; u < 40; u++) {
    add(`u${u}`, "administrator", "head");
    for (let k = 0; k < 5; k++) {
      add(`u${u}k${k}`, "pengawas", `u${u}`);
      for (let s = 0; s < 20; s++) {
        add(`u${u}k${k}s${s}`, "pelaksana", `u${u}k${k}`);
      }
    }
  }
  return { positions, placements };
}
