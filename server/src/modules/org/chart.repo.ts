import type { ChartPosition, Officer, OrgChart, ResolvedOfficer, UnitKind } from "@simkin/domain";
import { displayName, pangkatLabel } from "@simkin/domain";
import type { Db } from "../../db";

/** The org chart as it stands on one date: every position and the placements active that day. */
export async function loadChart(db: Db, date: string): Promise<OrgChart> {
  const positions = await db
    .selectFrom("position")
    .select(["id", "kind", "parent_position_id", "rater_position_id"])
    .execute();
  const placements = await db
    .selectFrom("placement")
    .select(["employee_id", "position_id", "kind", "start_date", "end_date"])
    .where("start_date", "<=", date)
    .where((eb) => eb.or([eb("end_date", "is", null), eb("end_date", ">=", date)]))
    .execute();
  return {
    positions: new Map<string, ChartPosition>(
      positions.map((p) => [
        p.id,
        { id: p.id, kind: p.kind, parentPositionId: p.parent_position_id, raterPositionId: p.rater_position_id },
      ]),
    ),
    placements: placements.map((p) => ({
      employeeId: p.employee_id,
      positionId: p.position_id,
      kind: p.kind,
      startDate: p.start_date,
      endDate: p.end_date,
    })),
  };
}

/** Adds names to resolved officers for display: position, unit, holder and pangkat. */
export async function describeOfficers(db: Db, officers: (ResolvedOfficer | null)[]): Promise<(Officer | null)[]> {
  const present = officers.filter((o): o is ResolvedOfficer => o !== null);
  if (present.length === 0) {
    return officers.map(() => null);
  }
  const positions = await db
    .selectFrom("position")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select(["position.id", "position.name", "org_unit.name as unitName"])
    .where(
      "position.id",
      "in",
      present.map((o) => o.positionId),
    )
    .execute();
  const employeeIds = present.flatMap((o) => (o.employeeId ? [o.employeeId] : []));
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
      employeeId: o.employeeId,
      employeeName: employee ? displayName(employee.front_title, employee.name, employee.back_title) : null,
      nip: employee?.nip ?? null,
      pangkat: employee ? pangkatLabel(employee.golongan) : null,
      acting: o.acting,
      delegated: o.delegated,
    };
  });
}

/** Does the employee hold (definitively or acting) the head position of an organisation on the date? */
export async function leadsOrganisation(db: Db, employeeId: string, date: string, unitKinds: readonly UnitKind[]) {
  const row = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.leads_unit_id")
    .select("placement.id")
    .where("placement.employee_id", "=", employeeId)
    .where("placement.start_date", "<=", date)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", date)]))
    .where("org_unit.kind", "in", [...unitKinds])
    .executeTakeFirst();
  return row !== undefined;
}
