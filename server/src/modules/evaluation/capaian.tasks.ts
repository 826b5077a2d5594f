import {
  evaluationPeriods,
  holdingOn,
  lastFinishedPeriod,
  officerAbove,
  organisationsBelow,
  organisationsLedBy,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import { loadUnitsAround, loadUnitsLedBy, unitsLedByPositions } from "../org/unit-slice.repo";
import { authorityOf } from "./capaian.authority";

export type MissingCapaian = {
  unitId: string;
  unitName: string;
  year: number;
  periodCode: string;
  periodLabel: string;
};

/** The last evaluation period finished by today: this year's, else the last of the year before (when opened). */
async function lastFinished(db: Db, today: string) {
  const thisYear = Number(today.slice(0, 4));
  const rows = await db
    .selectFrom("performance_year")
    .select(["year", "cadence"])
    .where("year", "in", [thisYear, thisYear - 1])
    .orderBy("year", "desc")
    .execute();
  for (const row of rows) {
    const period = lastFinishedPeriod(evaluationPeriods(row.year, row.cadence), today);
    if (period) {
      return { year: row.year, period };
    }
  }
  return null;
}

/** Of the units, those without a capaian for the period, in one query. */
async function withoutCapaian(db: Db, units: readonly { id: string; name: string }[], year: number, code: string) {
  if (units.length === 0) {
    return [];
  }
  const set = await db
    .selectFrom("org_capaian")
    .select("unit_id")
    .where(
      "unit_id",
      "in",
      units.map((u) => u.id),
    )
    .where("year", "=", year)
    .where("period_code", "=", code)
    .execute();
  const done = new Set(set.map((r) => r.unit_id));
  return units.filter((u) => !done.has(u.id));
}

/**
 * The units whose capaian the employee sets and has not set for the last finished period: the kelurahan of the
 * kecamatan he leads (the Camat), and the kecamatan whose Camat he rates when he uses SIMKIN (the Sekda). From the
 * chart slice below him and the unit slice around what he leads; one query for the decisions.
 */
export async function capaianToSet(ctx: RequestContext, employeeId: string, today: string): Promise<MissingCapaian[]> {
  const last = await lastFinished(ctx.db, today);
  if (!last) {
    return [];
  }
  const chart = await loadChartBelow(ctx.db, employeeId, today);
  const led = organisationsLedBy(await loadUnitsLedBy(ctx.db, chart, employeeId, today), chart, employeeId, today);
  const tree = await loadUnitsAround(ctx.db, [
    ...led,
    ...(await unitsLedByPositions(ctx.db, [...chart.positions.keys()])),
  ]);
  const kelurahan = organisationsBelow(tree, led).filter((id) => tree.get(id)?.kind === "kelurahan");
  const kecamatan = [...tree.values()].filter((u) => {
    if (u.kind !== "kecamatan" || !u.headPositionId || led.includes(u.id)) {
      return false;
    }
    const holder = holdingOn(chart, u.headPositionId, today)?.employeeId;
    return officerAbove(chart, u.headPositionId, today, new Set(holder ? [holder] : []))?.employeeId === employeeId;
  });
  const units = [...kelurahan.flatMap((id) => tree.get(id) ?? []), ...kecamatan];
  const missing = await withoutCapaian(ctx.db, units, last.year, last.period.code);
  return missing.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    year: last.year,
    periodCode: last.period.code,
    periodLabel: last.period.label,
  }));
}

/**
 * The kecamatan of the pengelola's own office whose capaian is decided outside SIMKIN (the Sekda without an account)
 * and not yet recorded for the last finished period.
 */
export async function capaianToRecord(ctx: RequestContext, employeeId: string | null, today: string) {
  const last = await lastFinished(ctx.db, today);
  if (!last || !employeeId) {
    return [];
  }
  const own = await ctx.db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select("position.unit_id")
    .where("placement.employee_id", "=", employeeId)
    .where("placement.start_date", "<=", today)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", today)]))
    .execute();
  const tree = await loadUnitsAround(
    ctx.db,
    own.map((o) => o.unit_id),
  );
  const kecamatan = [...tree.values()].filter((u) => u.kind === "kecamatan");
  const external = [];
  for (const unit of await withoutCapaian(ctx.db, kecamatan, last.year, last.period.code)) {
    if ((await authorityOf(ctx.db, unit.id, today))?.authority?.setter.mode === "external") {
      external.push(unit);
    }
  }
  return external.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    year: last.year,
    periodCode: last.period.code,
    periodLabel: last.period.label,
  }));
}
