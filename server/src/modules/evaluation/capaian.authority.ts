import {
  type CapaianSetter,
  type CapaianUnitKind,
  capaianSetterOf,
  evaluationUnitOf,
  isCapaianUnitKind,
  officerAbove,
  organisationAbove,
  pimpinanOn,
  type ResolvedOfficer,
  readsAllRecords,
  type UnitKind,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartAbove } from "../org/chart-slice.repo";
import { loadUnitsAbove } from "../org/unit-slice.repo";

/** A kecamatan or kelurahan with who leads it, who sets its capaian, and whether that person uses SIMKIN. */
export type UnitAuthority = {
  unit: { id: string; name: string; kind: CapaianUnitKind };
  head: ResolvedOfficer | null;
  /** The Camat for a kelurahan; the Camat's Pejabat Penilai (the Sekda) for the kecamatan. */
  headOneUp: ResolvedOfficer | null;
  setter: CapaianSetter;
};

/**
 * Resolves a unit's authority on a date from slices of the tree and the chart (decision 0030): the unit and the units
 * above it, and the walk up from the unit's head seat and from the head seat of the organisation above. For a unit
 * without a capaian of its own (a seksi) it answers for the kecamatan or kelurahan that counts it, so access is judged
 * before the kind is refused. Null for a unit that does not exist.
 */
export async function authorityOf(
  db: Db,
  unitId: string,
  date: string,
): Promise<{ requestedKind: UnitKind; authority: UnitAuthority | null } | null> {
  const tree = await loadUnitsAbove(db, [unitId]);
  const requested = tree.get(unitId);
  if (!requested) {
    return null;
  }
  const countedIn = evaluationUnitOf(tree, unitId);
  const unit = countedIn ? tree.get(countedIn) : undefined;
  if (!unit || !isCapaianUnitKind(unit.kind)) {
    return { requestedKind: requested.kind, authority: null };
  }
  const aboveId = organisationAbove(tree, unit.id);
  const aboveHead = aboveId ? (tree.get(aboveId)?.headPositionId ?? null) : null;
  const starts = [unit.headPositionId, aboveHead].filter((id): id is string => id !== null);
  const chart = await loadChartAbove(db, date, { positionIds: starts });
  const head = pimpinanOn(tree, chart, unit.id, date);
  let headOneUp: ResolvedOfficer | null = null;
  if (unit.kind === "kelurahan") {
    headOneUp = aboveId ? pimpinanOn(tree, chart, aboveId, date) : null;
  } else if (unit.headPositionId) {
    const exclude = new Set(head?.employeeId ? [head.employeeId] : []);
    headOneUp = officerAbove(chart, unit.headPositionId, date, exclude);
  }
  const usesSimkin = headOneUp?.employeeId ? await hasActiveAccount(db, headOneUp.employeeId) : false;
  const authority = {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    head,
    headOneUp,
    setter: capaianSetterOf(unit.kind, headOneUp, usesSimkin),
  };
  return { requestedKind: requested.kind, authority };
}

async function hasActiveAccount(db: Db, employeeId: string): Promise<boolean> {
  const row = await db
    .selectFrom("user_account")
    .select("id")
    .where("employee_id", "=", employeeId)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

export type CapaianRole = "setter" | "recorder" | "head" | "rater" | "overseer";

/**
 * How the caller stands to a unit for a period: its head, the head one level up (setter), the pengelola where the
 * decision is recorded from a letter, a rater of an employee counted in it, or an overseer (pengelola, auditor).
 */
export async function rolesOf(
  ctx: RequestContext,
  authority: UnitAuthority,
  year: number,
  periodCode: string,
): Promise<CapaianRole[]> {
  const me = ctx.actor.employeeId;
  const roles: CapaianRole[] = [];
  if (me && authority.head?.employeeId === me) {
    roles.push("head");
  }
  if (me && authority.headOneUp?.employeeId === me) {
    roles.push("setter");
  }
  if (ctx.actor.roles.includes("pengelola_kinerja") && authority.setter.mode === "external") {
    roles.push("recorder");
  }
  if (readsAllRecords(ctx.actor.roles)) {
    roles.push("overseer");
  }
  if (me && roles.length === 0 && (await ratesIn(ctx.db, me, authority.unit.id, year, periodCode))) {
    roles.push("rater");
  }
  return roles;
}

/** Whether the employee rates someone counted in the unit for the period (the evaluation's rater of record). */
async function ratesIn(db: Db, raterId: string, unitId: string, year: number, periodCode: string) {
  const row = await db
    .selectFrom("evaluation")
    .select("id")
    .where("rater_employee_id", "=", raterId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  return row !== undefined;
}
