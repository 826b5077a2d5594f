import {
  type Capaian,
  countPredikat,
  type DistributionRounding,
  type DistributionViolation,
  displayName,
  type EvaluationStatus,
  type KurvaData,
  type KurvaEvaluation,
  kurvaRules,
  type Predikat,
  type PredikatCounts,
  predikatCountsSchema,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { UnitEvaluationTable } from "../../db/schema-evaluation";
import { describeOfficers } from "../org/chart.repo";
import { authorityOf } from "./capaian.authority";
import * as capaianRepo from "./capaian.repo";
import { settingsForYear } from "./evaluation-setting.repo";

type Tally = { counts: PredikatCounts; draftCounts: PredikatCounts; draftUnrated: number };

/** The predikat of a unit's evaluations for a period, in one aggregate: set ones counted, drafts apart. */
export async function tallyOf(db: Db, unitId: string, year: number, periodCode: string): Promise<Tally> {
  const rows = await db
    .selectFrom("evaluation")
    .select((eb) => ["status", "predikat", eb.fn.countAll<number | string>().as("n")])
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .groupBy(["status", "predikat"])
    .execute();
  const counts: Record<Predikat, number> = countPredikat([]);
  const draftCounts: Record<Predikat, number> = countPredikat([]);
  let draftUnrated = 0;
  for (const row of rows) {
    // PostgreSQL returns count(*) as a bigint string.
    const n = Number(row.n);
    if (row.status === "draft") {
      if (row.predikat) {
        draftCounts[row.predikat] += n;
      } else {
        draftUnrated += n;
      }
    } else if (row.predikat) {
      counts[row.predikat] += n;
    }
  }
  return { counts, draftCounts, draftUnrated };
}

export async function findUnitEvaluation(db: Db, unitId: string, year: number, periodCode: string) {
  return db
    .selectFrom("unit_evaluation")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .executeTakeFirst();
}

export async function insertUnitEvaluation(db: Db, row: UnitEvaluationTable): Promise<void> {
  await db.insertInto("unit_evaluation").values(row).execute();
}

/**
 * A unit's kurva for a period: its capaian, the set evaluations' predikat against the pattern, the drafts apart, its
 * head on `date` (the period's end when not given) and its finalisation. What the screen and the Format Penetapan
 * Predikat Kinerja PDF show. Null for a unit that is not a kecamatan or kelurahan (or does not exist).
 */
export async function loadKurva(
  db: Db,
  unitId: string,
  year: number,
  periodCode: string,
  date?: string,
): Promise<KurvaData | null> {
  const { period } = await capaianRepo.periodOf(db, year, periodCode);
  const resolved = await authorityOf(db, unitId, date ?? period.end);
  const authority = resolved?.authority;
  if (!authority || authority.unit.id !== unitId) {
    return null;
  }
  const capaian = await capaianRepo.viewOf(db, await capaianRepo.findRow(db, unitId, year, periodCode));
  const tally = await tallyOf(db, unitId, year, periodCode);
  // The year's rounding of the pattern's limits (a setting), the same as the finalisation and the printed form use.
  const { rounding } = await settingsForYear(db, year);
  const rules = capaian ? kurvaRules(capaian.capaian, tally.counts, rounding) : [];
  const [head] = await describeOfficers(db, [authority.head]);
  return {
    unit: authority.unit,
    year,
    periodCode,
    period,
    capaian,
    head:
      head?.employeeId && head.employeeName && head.nip
        ? { employeeId: head.employeeId, name: head.employeeName, nip: head.nip, positionName: head.positionName }
        : null,
    ...tally,
    total: Object.values(tally.counts).reduce((sum, n) => sum + n, 0),
    rules,
    ok: rules.every((r) => r.met),
    finalised: await finalisedView(db, { unitId, year, periodCode }, capaian?.capaian ?? null, rounding),
  };
}

async function finalisedView(
  db: Db,
  scope: { unitId: string; year: number; periodCode: string },
  capaian: Capaian | null,
  rounding: DistributionRounding,
): Promise<KurvaData["finalised"]> {
  const row = await findUnitEvaluation(db, scope.unitId, scope.year, scope.periodCode);
  if (!row) {
    return null;
  }
  const by = await db
    .selectFrom("employee")
    .select(["name", "front_title", "back_title"])
    .where("id", "=", row.finalised_by)
    .executeTakeFirst();
  const counts = predikatCountsSchema.parse(JSON.parse(row.counts_json));
  return {
    at: row.finalised_at,
    byName: by ? displayName(by.front_title, by.name, by.back_title) : "",
    justification: row.justification,
    counts,
    rules: capaian ? kurvaRules(capaian, counts, rounding) : [],
    draftsAtFinalisation: row.draft_count ?? 0,
  };
}

/** The stored violations at finalisation, as checkDistribution gives them. */
export function violationsJson(violations: readonly DistributionViolation[]): string {
  return JSON.stringify(violations);
}

const PAGE_SIZE = 25;

/** A page of the unit's evaluations for the period (all, or only those the rater rates), by name. */
export async function evaluationsPage(
  db: Db,
  input: { unitId: string; year: number; periodCode: string; page: number; raterId: string | null },
): Promise<{ items: KurvaEvaluation[]; total: number; page: number; pageSize: number }> {
  let base = db
    .selectFrom("evaluation")
    .innerJoin("employee", "employee.id", "evaluation.employee_id")
    .where("evaluation.unit_id", "=", input.unitId)
    .where("evaluation.year", "=", input.year)
    .where("evaluation.period_code", "=", input.periodCode);
  if (input.raterId) {
    base = base.where("evaluation.rater_employee_id", "=", input.raterId);
  }
  const totalRow = await base.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirst();
  const rows = await base
    .leftJoin("employee as rater", "rater.id", "evaluation.rater_employee_id")
    .select([
      "evaluation.id",
      "evaluation.employee_id",
      "evaluation.status",
      "evaluation.predikat",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "employee.nip",
      "rater.name as rater_name",
      "rater.front_title as rater_front",
      "rater.back_title as rater_back",
    ])
    .orderBy("employee.name")
    .orderBy("evaluation.id")
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      name: displayName(r.front_title, r.name, r.back_title),
      nip: r.nip,
      raterName: r.rater_name ? displayName(r.rater_front, r.rater_name, r.rater_back) : null,
      status: r.status satisfies EvaluationStatus,
      predikat: r.predikat,
    })),
    total: Number(totalRow?.n ?? 0),
    page: input.page,
    pageSize: PAGE_SIZE,
  };
}
