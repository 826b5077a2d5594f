import { type Profile, wibDate } from "@simkin/domain";
import type { RequestContext } from "../../http/context";
import * as employees from "./employee.repo";
import * as placements from "./placement.repo";
import * as positions from "./position.repo";
import { ratersOn } from "./raters.service";
import * as units from "./unit.repo";

/** "Profil saya": my position, my unit and its parents, my rater and my rater's rater, as of today (WIB). */
export async function myProfile(ctx: RequestContext): Promise<Profile> {
  const date = wibDate(ctx.now);
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) {
    return {
      employee: null,
      placements: [],
      raters: { date, position: null, rater: null, atasanRater: null, jfRule: null },
      unitPath: [],
    };
  }
  const history = await placements.listForEmployee(ctx.db, employeeId);
  const raters = await ratersOn(ctx.db, employeeId, date);
  return {
    employee: (await employees.findById(ctx.db, employeeId)) ?? null,
    placements: history,
    raters,
    unitPath: raters.position ? await unitPathOf(ctx, raters.position.positionId) : [],
  };
}

async function unitPathOf(ctx: RequestContext, positionId: string): Promise<string[]> {
  const all = await units.listAll(ctx.db);
  const position = await positions.findById(ctx.db, positionId);
  const path: string[] = [];
  let current = all.find((u) => u.id === position?.unitId);
  while (current && path.length < 20) {
    path.unshift(current.name);
    const parentId = current.parentId;
    current = all.find((u) => u.id === parentId);
  }
  return path;
}
