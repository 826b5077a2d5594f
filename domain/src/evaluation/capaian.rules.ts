import type { UnitKind } from "../org/org.schema";
import type { UnitNode } from "../org/organisation.rules";
import type { ResolvedOfficer } from "../org/rater.rules";
import { RuleViolation } from "../rule-violation";

/**
 * The units with their own capaian kinerja organisasi and kurva distribusi (SE MenPANRB 3/2023; REGULATIONS.md §2.4
 * step 1, §3.5): the kecamatan and each kelurahan. The sekretariat, subbagian and seksi follow the kecamatan.
 */
export const capaianUnitKinds = ["kecamatan", "kelurahan"] as const satisfies readonly UnitKind[];
export type CapaianUnitKind = (typeof capaianUnitKinds)[number];

export function isCapaianUnitKind(kind: UnitKind): kind is CapaianUnitKind {
  return (capaianUnitKinds as readonly UnitKind[]).includes(kind);
}

/** Refuses a unit that has no capaian of its own, naming the rule so the screen can say where to go instead. */
export function assertCapaianUnit(kind: UnitKind): CapaianUnitKind {
  if (!isCapaianUnitKind(kind)) {
    throw new RuleViolation(
      "capaian_unit_kind",
      "Capaian kinerja organisasi hanya untuk kecamatan dan kelurahan; sekretariat, subbagian dan seksi mengikuti kecamatan",
      { kind },
      "unitId",
    );
  }
  return kind;
}

/**
 * The unit whose curve counts an employee placed in `unitId`: the nearest kecamatan or kelurahan at or above it (the
 * Camat and the Lurah are counted in their own unit). Null outside any (a perangkat daerah's staff).
 */
export function evaluationUnitOf(
  tree: ReadonlyMap<string, Pick<UnitNode, "id" | "parentId" | "kind">>,
  unitId: string,
) {
  const seen = new Set<string>();
  let current = tree.get(unitId);
  while (current && !seen.has(current.id)) {
    if (isCapaianUnitKind(current.kind)) {
      return current.id;
    }
    seen.add(current.id);
    current = current.parentId ? tree.get(current.parentId) : undefined;
  }
  return null;
}

/**
 * Who sets a unit's capaian: the head one level up, deciding in SIMKIN (`internal`); for the kecamatan, when that
 * head (the Sekda) has no active SIMKIN account, the pengelola kinerja records the official decision from its letter
 * (`external`); nobody while the kelurahan's Camat seat is empty or its holder has no account (`none`).
 */
export type CapaianSetter =
  | { mode: "internal"; employeeId: string; positionId: string }
  | { mode: "external"; employeeId: string | null; positionId: string | null }
  | { mode: "none" };

/**
 * `headOneUp` is the Camat (pimpinan of the kecamatan above) for a kelurahan, and the Camat's own Pejabat Penilai
 * (the Sekda) for the kecamatan; `usesSimkin` whether that person has an active account.
 */
export function capaianSetterOf(
  kind: CapaianUnitKind,
  headOneUp: ResolvedOfficer | null,
  usesSimkin: boolean,
): CapaianSetter {
  if (headOneUp?.employeeId && usesSimkin) {
    return { mode: "internal", employeeId: headOneUp.employeeId, positionId: headOneUp.positionId };
  }
  if (kind === "kecamatan") {
    return { mode: "external", employeeId: headOneUp?.employeeId ?? null, positionId: headOneUp?.positionId ?? null };
  }
  return { mode: "none" };
}

export type CapaianActor = { employeeId: string | null; isPengelola: boolean };

/**
 * Why the actor may not set (`internal`) or record (`external`) the capaian, as a stable code; null when allowed.
 * Only the setter decides in SIMKIN; only a pengelola records, and only where the decision is made outside SIMKIN.
 */
export function capaianRefusal(
  actor: CapaianActor,
  setter: CapaianSetter,
  how: "internal" | "external",
): "capaian_not_setter" | "capaian_decided_in_simkin" | "capaian_not_external" | "capaian_no_setter" | null {
  if (how === "internal") {
    if (setter.mode === "internal" && actor.employeeId === setter.employeeId) {
      return null;
    }
    return setter.mode === "none" ? "capaian_no_setter" : "capaian_not_setter";
  }
  if (!actor.isPengelola) {
    return "capaian_not_setter";
  }
  if (setter.mode === "internal") {
    return "capaian_decided_in_simkin";
  }
  return setter.mode === "external" ? null : "capaian_not_external";
}

/** The last evaluation period that has ended by `today` (a YYYY-MM-DD date), or null when none has. */
export function lastFinishedPeriod<P extends { end: string }>(periods: readonly P[], today: string): P | null {
  return [...periods].reverse().find((p) => p.end < today) ?? null;
}
