import { capaianLabels, evaluationUnitOf, isActiveOn, type OrgCapaian, resolveRaters } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import { loadChartAbove } from "../org/chart-slice.repo";
import { loadUnitsAround } from "../org/unit-slice.repo";
import type { UnitAuthority } from "./capaian.authority";

/**
 * The people a unit's capaian concerns: its head (rated on it) and the raters of the employees it counts, today's
 * (from the chart slice above them) and those of record on the period's evaluations.
 */
async function concernedBy(db: Db, authority: UnitAuthority, year: number, periodCode: string, date: string) {
  const tree = await loadUnitsAround(db, [authority.unit.id]);
  const units = [...tree.keys()].filter((id) => evaluationUnitOf(tree, id) === authority.unit.id);
  const placed = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select(["placement.employee_id", "placement.start_date", "placement.end_date"])
    .where("position.unit_id", "in", units)
    .execute();
  const members = [
    ...new Set(
      placed
        .filter((p) => isActiveOn({ startDate: p.start_date, endDate: p.end_date }, date))
        .map((p) => p.employee_id),
    ),
  ];
  const chart = await loadChartAbove(db, date, { employeeIds: members });
  const raters = members.flatMap((id) => resolveRaters(chart, id, date).rater?.employeeId ?? []);
  const ofRecord = await db
    .selectFrom("evaluation")
    .select("rater_employee_id")
    .distinct()
    .where("unit_id", "=", authority.unit.id)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .execute();
  const head = authority.head?.employeeId ? [authority.head.employeeId] : [];
  return [...new Set([...head, ...raters, ...ofRecord.flatMap((r) => r.rater_employee_id ?? [])])];
}

/** "Capaian ditetapkan": to the unit's head and its raters, inside the decision's transaction. */
export async function notifyCapaianSet(
  ctx: RequestContext,
  trx: Db,
  authority: UnitAuthority,
  capaian: OrgCapaian,
  periodLabel: string,
  date: string,
) {
  for (const to of await concernedBy(trx, authority, capaian.year, capaian.periodCode, date)) {
    await notifyStep(ctx, trx, {
      key: `capaian_set:${capaian.id}:${capaian.version}:${to}`,
      to,
      kind: "capaian_set",
      subjectId: capaian.id,
      title: `Capaian kinerja ${authority.unit.name} ditetapkan`,
      body: `Capaian kinerja organisasi ${authority.unit.name} untuk ${periodLabel} ${capaian.year}: ${capaianLabels[capaian.capaian]}. Pola distribusi predikat pegawai mengikuti capaian ini.`,
      link: `/evaluation/kurva?unitId=${authority.unit.id}&year=${capaian.year}&periodCode=${capaian.periodCode}`,
    });
  }
}
