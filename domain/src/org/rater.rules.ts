import type { PlacementKind, PositionKind, UnitKind } from "./org.schema";

/**
 * Who rates whom, resolved from the org chart for one date (REGULATIONS.md §3.6 and §7.1):
 * the Pejabat Penilai Kinerja is the nearest position above the employee's own that is at least pengawas
 * (or a position named as delegated rater) and is held on that date, definitively or by a Plt/Plh;
 * the Atasan Pejabat Penilai is resolved the same way from the rater's position. Nobody rates themselves.
 */
export type ChartPosition = {
  id: string;
  kind: PositionKind;
  parentPositionId: string | null;
  raterPositionId: string | null;
};

export type ChartPlacement = {
  employeeId: string;
  positionId: string;
  kind: PlacementKind;
  startDate: string;
  endDate: string | null;
};

export type OrgChart = {
  positions: ReadonlyMap<string, ChartPosition>;
  placements: readonly ChartPlacement[];
};

export type ResolvedOfficer = {
  positionId: string;
  employeeId: string | null;
  acting: "plt" | "plh" | null;
  delegated: boolean;
};

export type RaterResolution = {
  positionId: string | null;
  rater: ResolvedOfficer | null;
  atasanRater: ResolvedOfficer | null;
};

/** Kinds that may rate others: "paling rendah pejabat pengawas" (PermenPANRB 6/2022; REGULATIONS.md §3.6). */
const raterKinds: ReadonlySet<PositionKind> = new Set(["pengawas", "administrator", "jpt", "kepala_daerah"]);

/** Order in which holders of one position count on a date: the definitive holder, then a Plt, then a Plh. */
const holderPreference: readonly PlacementKind[] = ["definitif", "plt", "plh"];

type ChartIndex = {
  byPosition: ReadonlyMap<string, readonly ChartPlacement[]>;
  byEmployee: ReadonlyMap<string, readonly ChartPlacement[]>;
};

// Built once per chart (charts are never changed once loaded), so resolving every employee stays linear.
const indexes = new WeakMap<readonly ChartPlacement[], ChartIndex>();

function indexOf(chart: OrgChart): ChartIndex {
  const cached = indexes.get(chart.placements);
  if (cached) {
    return cached;
  }
  const group = (key: (p: ChartPlacement) => string) => {
    const groups = new Map<string, ChartPlacement[]>();
    for (const p of chart.placements) {
      const list = groups.get(key(p));
      if (list) {
        list.push(p);
      } else {
        groups.set(key(p), [p]);
      }
    }
    return groups;
  };
  const index = { byPosition: group((p) => p.positionId), byEmployee: group((p) => p.employeeId) };
  indexes.set(chart.placements, index);
  return index;
}

export function isActiveOn(placement: { startDate: string; endDate: string | null }, date: string): boolean {
  return placement.startDate <= date && (placement.endDate === null || placement.endDate >= date);
}

/** The employee's own (definitive) position on the date; an acting duty never replaces it. */
export function ownPositionOn(chart: OrgChart, employeeId: string, date: string): string | null {
  const own = indexOf(chart)
    .byEmployee.get(employeeId)
    ?.find((p) => p.kind === "definitif" && isActiveOn(p, date));
  return own?.positionId ?? null;
}

/** Who holds the position on the date, skipping the excluded employees. */
export function holderOn(
  chart: OrgChart,
  positionId: string,
  date: string,
  exclude: ReadonlySet<string> = new Set(),
): { employeeId: string; kind: PlacementKind } | null {
  const placements = indexOf(chart).byPosition.get(positionId) ?? [];
  for (const kind of holderPreference) {
    const found = placements.find((p) => p.kind === kind && isActiveOn(p, date) && !exclude.has(p.employeeId));
    if (found) {
      return { employeeId: found.employeeId, kind };
    }
  }
  return null;
}

/** Walks up from a position to the first one that can rate and whose holder on the date is not excluded. */
export function officerAbove(
  chart: OrgChart,
  fromPositionId: string,
  date: string,
  exclude: ReadonlySet<string>,
): ResolvedOfficer | null {
  const visited = new Set<string>([fromPositionId]);
  const start = chart.positions.get(fromPositionId);
  let delegated = start?.raterPositionId != null;
  let nextId = start ? (start.raterPositionId ?? start.parentPositionId) : null;

  while (nextId && !visited.has(nextId)) {
    visited.add(nextId);
    const candidate = chart.positions.get(nextId);
    if (!candidate) {
      return null;
    }
    const officer = officerAt(chart, candidate, date, exclude, delegated);
    if (officer) {
      return officer;
    }
    delegated = candidate.raterPositionId != null;
    nextId = candidate.raterPositionId ?? candidate.parentPositionId;
  }
  return null;
}

function officerAt(
  chart: OrgChart,
  position: ChartPosition,
  date: string,
  exclude: ReadonlySet<string>,
  delegated: boolean,
): ResolvedOfficer | null {
  if (!delegated && !raterKinds.has(position.kind)) {
    return null;
  }
  // The post's holder by preference. When that is an excluded person (the rated employee, or the rater when resolving
  // the atasan) the post counts as theirs and the walk goes higher: a Plh standing in for that Plt does not take over,
  // or a Sekcam who is Plt Camat would be rated by the Kasi acting as Plh Camat, whom he rates in turn.
  const holder = holderOn(chart, position.id, date);
  if (holder && !exclude.has(holder.employeeId)) {
    const acting = holder.kind === "definitif" ? null : holder.kind;
    return { positionId: position.id, employeeId: holder.employeeId, acting, delegated };
  }
  // The kepala daerah is an elected official outside the employee register: the office itself rates.
  if (position.kind === "kepala_daerah") {
    return { positionId: position.id, employeeId: null, acting: null, delegated };
  }
  return null;
}

export function resolveRaters(chart: OrgChart, employeeId: string, date: string): RaterResolution {
  const positionId = ownPositionOn(chart, employeeId, date);
  if (!positionId) {
    return { positionId: null, rater: null, atasanRater: null };
  }
  const rater = officerAbove(chart, positionId, date, new Set([employeeId]));
  if (!rater) {
    return { positionId, rater: null, atasanRater: null };
  }
  const excluded = new Set([employeeId, ...(rater.employeeId ? [rater.employeeId] : [])]);
  const atasanRater = officerAbove(chart, rater.positionId, date, excluded);
  return { positionId, rater, atasanRater };
}

/** Employees whose resolved Pejabat Penilai on the date is the given employee. */
export function rateesOf(chart: OrgChart, raterEmployeeId: string, date: string): string[] {
  return employeesOn(chart, date).filter(
    (id) => id !== raterEmployeeId && resolveRaters(chart, id, date).rater?.employeeId === raterEmployeeId,
  );
}

/** Employees whose resolved Atasan Pejabat Penilai on the date is the given employee. */
export function atasanRateesOf(chart: OrgChart, employeeId: string, date: string): string[] {
  return employeesOn(chart, date).filter(
    (id) => id !== employeeId && resolveRaters(chart, id, date).atasanRater?.employeeId === employeeId,
  );
}

function employeesOn(chart: OrgChart, date: string): string[] {
  const ids = chart.placements.filter((p) => p.kind === "definitif" && isActiveOn(p, date)).map((p) => p.employeeId);
  return [...new Set(ids)];
}

/** Unit kinds whose head is the pimpinan of an organisation (sets its capaian kinerja; REGULATIONS.md §3.6). */
export const organisationUnitKinds: readonly UnitKind[] = ["kecamatan", "perangkat_daerah"];
