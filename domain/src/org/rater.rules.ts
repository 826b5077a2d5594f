import type { Jenjang, PlacementKind, PositionKind } from "./org.schema";
import { allowedLevels, levelOf, levelsAtOrAbove, type OfficialLevel } from "./rater-levels";

/**
 * Who rates whom, resolved from the org chart for one date (REGULATIONS.md §3.6 and §7.1):
 * the Pejabat Penilai Kinerja is the nearest position above the employee's own that is at least pengawas
 * (or a position named as delegated rater) and is held on that date, definitively, by a Plt, or by a Plh whose
 * appointment gives the authority to rate; a jabatan fungsional goes up to the level its jenjang requires
 * (rater-levels.ts). The Atasan Pejabat Penilai is resolved the same way from the rater's position.
 * Nobody rates themselves.
 */
export type ChartPosition = {
  id: string;
  kind: PositionKind;
  /** JPT and jabatan fungsional only; absent or null applies the general rule. */
  jenjang?: Jenjang | null;
  /** The unit the position sits in, for finding its organisation (organisation.rules.ts). */
  unitId?: string;
  parentPositionId: string | null;
  raterPositionId: string | null;
};

export type ChartPlacement = {
  employeeId: string;
  positionId: string;
  kind: PlacementKind;
  startDate: string;
  endDate: string | null;
  /** A Plh rates only when his appointment says so (docs/decisions/0016); ignored for definitif and Plt. */
  mayRate?: boolean;
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
  const found = holdingOn(chart, positionId, date, exclude);
  return found ? { employeeId: found.employeeId, kind: found.kind } : null;
}

/** The placement that holds the position on the date by preference (definitive, Plt, Plh), skipping the excluded. */
export function holdingOn(
  chart: OrgChart,
  positionId: string,
  date: string,
  exclude: ReadonlySet<string> = new Set(),
): ChartPlacement | null {
  const placements = indexOf(chart).byPosition.get(positionId) ?? [];
  for (const kind of holderPreference) {
    const found = placements.find((p) => p.kind === kind && isActiveOn(p, date) && !exclude.has(p.employeeId));
    if (found) {
      return found;
    }
  }
  return null;
}

/** May this holding rate? A definitive holder and a Plt always; a Plh only when his appointment says so. */
export function holdingMayRate(holding: Pick<ChartPlacement, "kind" | "mayRate">): boolean {
  return holding.kind !== "plh" || holding.mayRate === true;
}

/**
 * Walks up from a position to the first one that can rate (of one of the `allowed` levels when given) and whose
 * holder on the date is not excluded. When no official of the allowed levels is above, the first official senior
 * to them stands in (an Ahli Madya's atasan in a kota without a JPT Madya is the kepala daerah); never a junior one,
 * so a pengawas never rates an Ahli Muda: without a senior official there is no rater until one is delegated.
 */
export function officerAbove(
  chart: OrgChart,
  fromPositionId: string,
  date: string,
  exclude: ReadonlySet<string>,
  allowed: readonly OfficialLevel[] | null = null,
): ResolvedOfficer | null {
  const found = walkUp(chart, fromPositionId, date, exclude, allowed);
  return found ?? (allowed ? walkUp(chart, fromPositionId, date, exclude, levelsAtOrAbove(allowed)) : null);
}

function walkUp(
  chart: OrgChart,
  fromPositionId: string,
  date: string,
  exclude: ReadonlySet<string>,
  allowed: readonly OfficialLevel[] | null,
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
    const officer = officerAt(chart, candidate, date, exclude, delegated, allowed);
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
  allowed: readonly OfficialLevel[] | null,
): ResolvedOfficer | null {
  if (!delegated && !canRate(position, allowed)) {
    return null;
  }
  // The post's holder by preference. When that is an excluded person (the rated employee, or the rater when resolving
  // the atasan) the post counts as theirs and the walk goes higher: a Plh standing in for that Plt does not take over,
  // or a Sekcam who is Plt Camat would be rated by the Kasi acting as Plh Camat, whom he rates in turn.
  // A Plh without the authority to rate leaves the post as if vacant.
  const holder = holdingOn(chart, position.id, date);
  if (holder && !exclude.has(holder.employeeId) && holdingMayRate(holder)) {
    const acting = holder.kind === "definitif" ? null : holder.kind;
    return { positionId: position.id, employeeId: holder.employeeId, acting, delegated };
  }
  // The kepala daerah is an elected official outside the employee register: the office itself rates.
  if (position.kind === "kepala_daerah") {
    return { positionId: position.id, employeeId: null, acting: null, delegated };
  }
  return null;
}

function canRate(position: ChartPosition, allowed: readonly OfficialLevel[] | null): boolean {
  if (!allowed) {
    return raterKinds.has(position.kind);
  }
  const level = levelOf(position);
  return level !== null && allowed.includes(level);
}

/** The employee's own (definitive) position on the date, and its rater and atasan. */
export function resolveRaters(chart: OrgChart, employeeId: string, date: string): RaterResolution {
  const positionId = ownPositionOn(chart, employeeId, date);
  if (!positionId) {
    return { positionId: null, rater: null, atasanRater: null };
  }
  return resolveSeatRaters(chart, positionId, employeeId, date);
}

/**
 * Rater and atasan of whoever holds a seat, own or acting (an SKP made by a Plt for the seat is rated from the seat,
 * not from the Plt's own post). The seat's jenjang picks the levels for a jabatan fungsional (§3.6).
 */
export function resolveSeatRaters(
  chart: OrgChart,
  positionId: string,
  employeeId: string,
  date: string,
): RaterResolution {
  const seat = chart.positions.get(positionId);
  const levels = (role: "penilai" | "atasan") => (seat ? allowedLevels(seat, role) : null);
  const rater = officerAbove(chart, positionId, date, new Set([employeeId]), levels("penilai"));
  if (!rater) {
    return { positionId, rater: null, atasanRater: null };
  }
  const excluded = new Set([employeeId, ...(rater.employeeId ? [rater.employeeId] : [])]);
  const atasanRater = officerAbove(chart, rater.positionId, date, excluded, levels("atasan"));
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

/** Every employee with a definitive position on the date. */
export function employeesOn(chart: OrgChart, date: string): string[] {
  const ids = chart.placements.filter((p) => p.kind === "definitif" && isActiveOn(p, date)).map((p) => p.employeeId);
  return [...new Set(ids)];
}

/** Seats held by a Plt on the date whose rater is the given employee: the SKPs made for them come to him (rule 5). */
export function actingSeatsRatedBy(
  chart: OrgChart,
  raterEmployeeId: string,
  date: string,
): { employeeId: string; positionId: string }[] {
  return chart.placements
    .filter((p) => p.kind === "plt" && isActiveOn(p, date) && p.employeeId !== raterEmployeeId)
    .filter((p) => resolveSeatRaters(chart, p.positionId, p.employeeId, date).rater?.employeeId === raterEmployeeId)
    .map((p) => ({ employeeId: p.employeeId, positionId: p.positionId }));
}
