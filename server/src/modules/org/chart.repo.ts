import type { Officer, OrgChart, ResolvedOfficer } from "@simkin/domain";
import { displayName, pangkatLabel } from "@simkin/domain";
import type { Db } from "../../db";
import { chartOfRows } from "./chart-slice.repo";
import { placementDuring } from "./placement.repo";

/** The org chart as it stands on one date: every position and the placements active that day. */
export async function loadChart(db: Db, date: string): Promise<OrgChart> {
  return chartOf(db, date);
}

/** The org chart with its whole history, for resolving raters on many dates (the demo seed and its checks). */
export async function loadChartHistory(db: Db): Promise<OrgChart> {
  return chartOf(db, null);
}

async function chartOf(db: Db, date: string | null): Promise<OrgChart> {
  const positions = await db
    .selectFrom("position")
    .select(["id", "kind", "jenjang", "unit_id", "parent_position_id", "rater_position_id"])
    .execute();
  let query = db
    .selectFrom("placement")
    .select(["id", "employee_id", "position_id", "kind", "start_date", "end_date", "may_rate"])
    // Id order, as the slices load it (chart-slice.repo.ts): the rules take the first of two holders of a post.
    .orderBy("id");
  if (date) {
    query = query.where((eb) => placementDuring(eb, date));
  }
  return chartOfRows(positions, await query.execute());
}

/** An officer as displayed, with the id of the position's unit (for its path on printed forms, party.repo.ts). */
export type DescribedOfficer = Officer & { unitId: string | null };

/**
 * Adds names to resolved officers for display: position, unit, holder and pangkat. The one place officers are
 * described: the raters screen shows these, the SKP's parties are built on them (describeSeats).
 */
export async function describeOfficers(
  db: Db,
  officers: readonly (ResolvedOfficer | null)[],
): Promise<(DescribedOfficer | null)[]> {
  const present = officers.filter((o): o is ResolvedOfficer => o !== null);
  if (present.length === 0) {
    return officers.map(() => null);
  }
  const positions = await db
    .selectFrom("position")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select(["position.id", "position.name", "position.unit_id as unitId", "org_unit.name as unitName"])
    .where("position.id", "in", [...new Set(present.map((o) => o.positionId))])
    .execute();
  const employeeIds = [...new Set(present.flatMap((o) => (o.employeeId ? [o.employeeId] : [])))];
  const employees =
    employeeIds.length === 0
      ? []
      : await db
          .selectFrom("employee")
          .select(["id", "nip", "name", "front_title", "back_title", "golongan"])
          .where("id", "in", employeeIds)
          .execute();
  return officers.map((o) => {
    if (!o) {
      return null;
    }
    const position = positions.find((p) => p.id === o.positionId);
    const employee = employees.find((e) => e.id === o.employeeId);
    return {
      positionId: o.positionId,
      positionName: position?.name ?? "",
      unitName: position?.unitName ?? "",
      unitId: position?.unitId ?? null,
      employeeId: o.employeeId,
      employeeName: employee ? displayName(employee.front_title, employee.name, employee.back_title) : null,
      nip: employee?.nip ?? null,
      pangkat: employee ? pangkatLabel(employee.golongan) : null,
      acting: o.acting,
      delegated: o.delegated,
    };
  });
}
