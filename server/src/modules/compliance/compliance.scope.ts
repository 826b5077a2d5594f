import {
  type ComplianceCoverage,
  organisationOf,
  organisationsBelow,
  organisationsLedBy,
  rateesOf,
  readsAllRecords,
} from "@simkin/domain";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import {
  idsBelow,
  loadRootUnits,
  loadUnitsAbove,
  loadUnitsAround,
  loadUnitsLedBy,
  type UnitSlice,
} from "../org/unit-slice.repo";
import type { Who } from "./compliance.repo";
import * as compliance from "./compliance.repo";

export type Scope = {
  scope: "team" | "organisation" | "all";
  /** Who is counted: a team by id, an organisation by its units (in SQL), or everyone (null). */
  who: Who;
  coverage: ComplianceCoverage;
};

const noChoice: ComplianceCoverage = { within: null, choices: [] };
const noUnits: UnitSlice = new Map();

/**
 * Oversight roles see their own organisation first (the pengelola of a kecamatan his kecamatan, not the whole city)
 * and may widen it to the whole government or narrow it to any unit (`within`); the pimpinan their organisation and
 * the organisations one level below (the Camat sees the kecamatan and its kelurahan, a Lurah his kelurahan), each
 * employee once; a rater the people they rate today.
 */
export async function scopeOf(ctx: RequestContext, date: string, within: string | undefined): Promise<Scope> {
  if (readsAllRecords(ctx.actor.roles)) {
    return overseerScope(ctx, date, within);
  }
  if (within) {
    throw new ForbiddenError("Hanya pengelola kinerja yang dapat memilih cakupan rekap");
  }
  const me = ctx.actor.employeeId;
  if (me) {
    const chart = await loadChartBelow(ctx.db, me, date);
    const led = organisationsLedBy(await loadUnitsLedBy(ctx.db, chart, me, date), chart, me, date);
    if (led.length > 0) {
      const tree = await loadUnitsAround(ctx.db, led);
      // Members as membersOf counts them: by their own position's unit, each unit in exactly one organisation.
      const wanted = new Set([...led, ...organisationsBelow(tree, led)]);
      const units = [...tree.keys()].filter((id) => wanted.has(organisationOf(tree, id) ?? ""));
      return { scope: "organisation", who: { units, date }, coverage: noChoice };
    }
    const ratees = rateesOf(chart, me, date);
    if (ratees.length > 0) {
      return { scope: "team", who: { employees: ratees }, coverage: noChoice };
    }
  }
  throw new ForbiddenError("Rekap kepatuhan hanya untuk pejabat penilai, pimpinan, dan pengelola kinerja");
}

/** The unit asked for, else the overseer's own organisation; the whole government when it is a root or there is none. */
async function overseerScope(ctx: RequestContext, date: string, within: string | undefined): Promise<Scope> {
  const ownUnit = ctx.actor.employeeId ? await compliance.ownUnitOn(ctx.db, ctx.actor.employeeId, date) : null;
  const own = ownUnit ? await loadUnitsAbove(ctx.db, [ownUnit]) : noUnits;
  const ownOrganisation = ownUnit ? organisationOf(own, ownUnit) : null;
  const chosenId = within ?? ownOrganisation;
  // The own organisation is already in `own`; any other unit asked for is read with the units above it.
  const above = !chosenId || own.has(chosenId) ? own : await loadUnitsAbove(ctx.db, [chosenId]);
  const unit = chosenId ? above.get(chosenId) : undefined;
  if (within && !unit) {
    throw new NotFoundError("unit");
  }
  const named = (u: { id: string; name: string }) => ({ unitId: u.id, unitName: u.name });
  const ownChoice = ownOrganisation ? own.get(ownOrganisation) : undefined;
  const choices = [...(ownChoice ? [named(ownChoice)] : []), ...(await loadRootUnits(ctx.db)).map(named)];
  const coverage = { within: unit && unit.parentId !== null ? named(unit) : null, choices: uniqueChoices(choices) };
  if (!unit || unit.parentId === null) {
    return { scope: "all", who: null, coverage };
  }
  const units = await idsBelow(ctx.db, [unit.id]);
  return { scope: "all", who: { units, date }, coverage };
}

function uniqueChoices<T extends { unitId: string }>(choices: T[]): T[] {
  return [...new Map(choices.map((c) => [c.unitId, c])).values()];
}
