import {
  type CapaianList,
  type CapaianUnit,
  capaianRefusal,
  capaianUnitKinds,
  evaluationPeriods,
  evaluationUnitOf,
  lastFinishedPeriod,
  RuleViolation,
  readsAllRecords,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { describeOfficers } from "../org/chart.repo";
import { loadChartBelow } from "../org/chart-slice.repo";
import { placementDuring } from "../org/placement.repo";
import { idsBelow, loadUnitsAbove, unitsLedByPositions } from "../org/unit-slice.repo";
import { authorityOf, rolesOf, type UnitAuthority } from "./capaian.authority";
import * as repo from "./capaian.repo";

const PAGE_SIZE = 50;

/**
 * The kecamatan and kelurahan the caller decides, records or sees for one period (the last finished one of the year
 * when none is asked): a head one level up his units, a head his own, a rater the units he rates in, an overseer his
 * own kecamatan and its kelurahan (every one when he has no placement), a page at a time.
 */
export async function listCapaian(
  ctx: RequestContext,
  query: { year?: number; periodCode?: string; page: number },
): Promise<CapaianList> {
  const today = wibDate(ctx.now);
  const years = await repo.openedYears(ctx.db);
  const thisYear = Number(today.slice(0, 4));
  const year = query.year ?? (years.includes(thisYear) ? thisYear : years[0]);
  if (year === undefined) {
    throw new RuleViolation("year_not_open", "Belum ada tahun kinerja yang dibuka", {}, "year");
  }
  const cadence = await ctx.db
    .selectFrom("performance_year")
    .select("cadence")
    .where("year", "=", year)
    .executeTakeFirst();
  const periods = cadence ? evaluationPeriods(year, cadence.cadence) : [];
  const periodCode = query.periodCode ?? (lastFinishedPeriod(periods, today) ?? periods[0])?.code ?? "";
  await repo.periodOf(ctx.db, year, periodCode);
  const { ids, total } = await candidatePage(ctx, today, year, periodCode, query.page);
  const items: CapaianUnit[] = [];
  const rows = await repo.rowsFor(ctx.db, ids, year, periodCode);
  const finalised = await repo.finalisedAt(ctx.db, ids, year, periodCode);
  for (const id of ids) {
    const authority = (await authorityOf(ctx.db, id, today))?.authority;
    if (authority?.unit.id === id) {
      items.push(await unitRow(ctx, authority, year, periodCode, rows, finalised));
    }
  }
  return { year, periodCode, periods, years, units: { items, total, page: query.page, pageSize: PAGE_SIZE } };
}

async function unitRow(
  ctx: RequestContext,
  authority: UnitAuthority,
  year: number,
  periodCode: string,
  rows: Awaited<ReturnType<typeof repo.rowsFor>>,
  finalised: Map<string, string>,
): Promise<CapaianUnit> {
  const roles = await rolesOf(ctx, authority, year, periodCode);
  const actor = { employeeId: ctx.actor.employeeId, isPengelola: ctx.actor.roles.includes("pengelola_kinerja") };
  const [setter, head] = await describeOfficers(ctx.db, [authority.headOneUp, authority.head]);
  const open = !finalised.has(authority.unit.id);
  return {
    unitId: authority.unit.id,
    unitName: authority.unit.name,
    unitKind: authority.unit.kind,
    setterMode: authority.setter.mode,
    setterName: setter?.employeeName ?? setter?.positionName ?? null,
    headName: head?.employeeName ?? null,
    capaian: await repo.viewOf(ctx.db, rows.get(authority.unit.id)),
    finalisedAt: finalised.get(authority.unit.id) ?? null,
    roles,
    canSet: open && capaianRefusal(actor, authority.setter, "internal") === null,
    canRecord: open && capaianRefusal(actor, authority.setter, "external") === null,
  };
}

/** The ids of one page of the units the caller has a part in, kecamatan first, then by name. */
async function candidatePage(ctx: RequestContext, today: string, year: number, periodCode: string, page: number) {
  const candidates = readsAllRecords(ctx.actor.roles)
    ? await overseerUnits(ctx.db, ctx.actor.employeeId, today)
    : await ownUnits(ctx, today, year, periodCode);
  const ordered = await ctx.db
    .selectFrom("org_unit")
    .select(["id", "kind", "name"])
    .where("kind", "in", [...capaianUnitKinds])
    .$if(candidates !== null, (qb) => qb.where("id", "in", candidates?.length ? candidates : [""]))
    .orderBy("kind")
    .orderBy("name")
    .orderBy("id")
    .execute();
  const start = (page - 1) * PAGE_SIZE;
  return { ids: ordered.slice(start, start + PAGE_SIZE).map((u) => u.id), total: ordered.length };
}

/** An overseer's own kecamatan and the kelurahan in it; null (every unit) without a placement in one. */
async function overseerUnits(db: Db, employeeId: string | null, today: string): Promise<string[] | null> {
  const own = employeeId
    ? await db
        .selectFrom("placement")
        .innerJoin("position", "position.id", "placement.position_id")
        .select("position.unit_id")
        .where("placement.employee_id", "=", employeeId)
        .where((eb) => placementDuring(eb, today))
        .executeTakeFirst()
    : undefined;
  if (!own) {
    return null;
  }
  const tree = await loadUnitsAbove(db, [own.unit_id]);
  const counted = evaluationUnitOf(tree, own.unit_id);
  const unit = counted ? tree.get(counted) : undefined;
  const top = unit?.kind === "kelurahan" ? unit.parentId : (unit?.id ?? null);
  return top ? idsBelow(db, [top]) : null;
}

/** Units led by a seat the employee holds or one below it (the Camat's kelurahan, the Sekda's kecamatan), or rated in. */
async function ownUnits(ctx: RequestContext, today: string, year: number, periodCode: string): Promise<string[]> {
  const me = ctx.actor.employeeId;
  if (!me) {
    return [];
  }
  const chart = await loadChartBelow(ctx.db, me, today);
  const led = await unitsLedByPositions(ctx.db, [...chart.positions.keys()]);
  const rated = await ctx.db
    .selectFrom("evaluation")
    .select("unit_id")
    .distinct()
    .where("rater_employee_id", "=", me)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .execute();
  const candidates = [...new Set([...led, ...rated.map((r) => r.unit_id)])];
  const mine: string[] = [];
  for (const id of candidates) {
    const authority = (await authorityOf(ctx.db, id, today))?.authority;
    if (authority?.unit.id === id && (await rolesOf(ctx, authority, year, periodCode)).length > 0) {
      mine.push(id);
    }
  }
  return mine;
}
