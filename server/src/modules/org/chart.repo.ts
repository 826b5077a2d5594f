import type { NamedUnit, Officer, OrgChart, ResolvedOfficer, UnitNode } from "@simkin/domain";
import { displayName, pangkatLabel } from "@simkin/domain";
import type { Db } from "../../db";
import { chartOfRows } from "./chart-slice.repo";

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
    query = query
      .where("start_date", "<=", date)
      .where((eb) => eb.or([eb("end_date", "is", null), eb("end_date", ">=", date)]));
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

/**
 * The unit tree with the position leading each unit, for organisations and their pimpinan (organisation.rules.ts), and
 * each unit's names for the unit path and the instansi printed on forms (unit-path.ts). Small: tens to a few
 * thousand rows.
 */
export async function loadUnitTree(db: Db): Promise<ReadonlyMap<string, UnitNode & NamedUnit>> {
  const units = await db
    .selectFrom("org_unit")
    .select(["id", "parent_id", "kind", "name", "header_name", "signing_place"])
    .execute();
  const heads = await db
    .selectFrom("position")
    .select(["id", "leads_unit_id"])
    .where("leads_unit_id", "is not", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const headOf = new Map<string, string>();
  for (const head of heads) {
    // One head per unit: the first position marked as leading it.
    if (head.leads_unit_id && !headOf.has(head.leads_unit_id)) {
      headOf.set(head.leads_unit_id, head.id);
    }
  }
  return new Map(
    units.map((u) => [
      u.id,
      {
        id: u.id,
        parentId: u.parent_id,
        kind: u.kind,
        headPositionId: headOf.get(u.id) ?? null,
        name: u.name,
        headerName: u.header_name,
        signingPlace: u.signing_place,
      },
    ]),
  );
}
