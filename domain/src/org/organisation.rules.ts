import type { UnitKind } from "./org.schema";
import {
  employeesOn,
  holdingMayRate,
  holdingOn,
  type OrgChart,
  ownPositionOn,
  type ResolvedOfficer,
} from "./rater.rules";

/**
 * Organisations and their pimpinan (REGULATIONS.md §2.4 steps 1-3, §3.6, §7.1). An organisation is a unit with its
 * own capaian kinerja and a head (pimpinan); every other unit belongs to the nearest organisation above it. The
 * kelurahan is one: the Lurah leads it and is rated on its capaian, which the Camat, the pimpinan one level up, sets.
 */
export const organisationUnitKinds: readonly UnitKind[] = [
  "pemerintah_daerah",
  "perangkat_daerah",
  "kecamatan",
  "kelurahan",
];

export type UnitNode = {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  /** The position that leads the unit (position.leads_unit_id), if any. */
  headPositionId: string | null;
};

export type UnitTree = ReadonlyMap<string, UnitNode>;

export function isOrganisation(unit: Pick<UnitNode, "kind">): boolean {
  return organisationUnitKinds.includes(unit.kind);
}

/** The organisation a unit belongs to: the unit itself or the nearest organisation above it; null outside any. */
export function organisationOf(tree: UnitTree, unitId: string): string | null {
  const seen = new Set<string>();
  let current = tree.get(unitId);
  while (current && !seen.has(current.id)) {
    if (isOrganisation(current)) {
      return current.id;
    }
    seen.add(current.id);
    current = current.parentId ? tree.get(current.parentId) : undefined;
  }
  return null;
}

/** The organisation one level up from the organisation of a unit (a kelurahan's is its kecamatan). */
export function organisationAbove(tree: UnitTree, unitId: string): string | null {
  const own = organisationOf(tree, unitId);
  const parentId = own ? tree.get(own)?.parentId : null;
  return parentId ? organisationOf(tree, parentId) : null;
}

/**
 * The head one level up of a unit: the organisation above the unit's own and the position leading it (the Camat's
 * for every kelurahan and its seksi). Sets the capaian kinerja organisasi (SE MenPANRB 3/2023; §2.4 step 1).
 */
export function headOneLevelUp(
  tree: UnitTree,
  unitId: string,
): { organisationId: string; positionId: string | null } | null {
  const organisationId = organisationAbove(tree, unitId);
  return organisationId ? { organisationId, positionId: tree.get(organisationId)?.headPositionId ?? null } : null;
}

/**
 * The pimpinan of an organisation on a date: who holds its head position, definitively, as Plt, or as a Plh with
 * the authority; the kepala daerah's office when that post is empty. Null when there is none.
 */
export function pimpinanOn(
  tree: UnitTree,
  chart: OrgChart,
  organisationId: string,
  date: string,
): ResolvedOfficer | null {
  const headId = tree.get(organisationId)?.headPositionId;
  const head = headId ? chart.positions.get(headId) : undefined;
  if (!headId || !head) {
    return null;
  }
  const holding = holdingOn(chart, headId, date);
  if (holding && holdingMayRate(holding)) {
    return { positionId: headId, employeeId: holding.employeeId, acting: acting(holding.kind), delegated: false };
  }
  return head.kind === "kepala_daerah"
    ? { positionId: headId, employeeId: null, acting: null, delegated: false }
    : null;
}

function acting(kind: "definitif" | "plt" | "plh"): "plt" | "plh" | null {
  return kind === "definitif" ? null : kind;
}

/** The organisations whose pimpinan on the date is the employee (the Camat's kecamatan, a Plt Lurah's kelurahan). */
export function organisationsLedBy(tree: UnitTree, chart: OrgChart, employeeId: string, date: string): string[] {
  return [...tree.values()]
    .filter((u) => isOrganisation(u) && pimpinanOn(tree, chart, u.id, date)?.employeeId === employeeId)
    .map((u) => u.id);
}

/** The organisations whose head one level up leads one of the given organisations (a kecamatan's kelurahan). */
export function organisationsBelow(tree: UnitTree, organisationIds: readonly string[]): string[] {
  const given = new Set(organisationIds);
  return [...tree.values()]
    .filter((u) => isOrganisation(u) && !given.has(u.id) && given.has(organisationAbove(tree, u.id) ?? ""))
    .map((u) => u.id);
}

/**
 * Employees whose own position on the date is in one of the organisations, each counted once and in exactly one
 * organisation: a kelurahan's staff are members of the kelurahan, never also of the kecamatan.
 */
export function membersOf(
  tree: UnitTree,
  chart: OrgChart,
  organisationIds: readonly string[],
  date: string,
): Map<string, string> {
  const wanted = new Set(organisationIds);
  const members = new Map<string, string>();
  for (const employeeId of employeesOn(chart, date)) {
    const positionId = ownPositionOn(chart, employeeId, date);
    const unitId = positionId ? chart.positions.get(positionId)?.unitId : undefined;
    const organisationId = unitId ? organisationOf(tree, unitId) : null;
    if (organisationId && wanted.has(organisationId)) {
      members.set(employeeId, organisationId);
    }
  }
  return members;
}
