import type { Party, Predikat } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../../db";
import type {
  EvaluationTable,
  KeberatanTable,
  OrgCapaianTable,
  UnitEvaluationTable,
} from "../../../db/schema-evaluation";
import { placementDuring } from "../../org/placement.repo";
import { describeSeats } from "../../skp/party.repo";

export type EvaluationRow = Selectable<EvaluationTable>;
export type KeberatanRow = Selectable<KeberatanTable>;
export type CapaianRow = Selectable<OrgCapaianTable>;
export type UnitEvaluationRow = Selectable<UnitEvaluationTable>;

export async function findEvaluation(db: Db, id: string): Promise<EvaluationRow | undefined> {
  return db.selectFrom("evaluation").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Per RHK the rater's realisation and umpan balik, per IKI the realisation, per value the umpan balik. */
export async function evaluationContent(db: Db, evaluationId: string) {
  const [rhk, iki, behaviour] = await Promise.all([
    db.selectFrom("evaluation_rhk").selectAll().where("evaluation_id", "=", evaluationId).execute(),
    db.selectFrom("evaluation_iki").selectAll().where("evaluation_id", "=", evaluationId).execute(),
    db.selectFrom("evaluation_behaviour").selectAll().where("evaluation_id", "=", evaluationId).execute(),
  ]);
  return {
    rhk: new Map(rhk.map((r) => [r.rhk_id, r])),
    iki: new Map(iki.map((r) => [r.iki_id, r.realisation])),
    behaviour: new Map(behaviour.map((r) => [r.value_code, r.feedback])),
  };
}

export async function keberatanOf(db: Db, evaluationId: string): Promise<KeberatanRow | undefined> {
  return db.selectFrom("keberatan").selectAll().where("evaluation_id", "=", evaluationId).executeTakeFirst();
}

export async function capaianOf(db: Db, unitId: string, year: number, period: string): Promise<CapaianRow | undefined> {
  return db
    .selectFrom("org_capaian")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", period)
    .executeTakeFirst();
}

export async function unitEvaluationOf(
  db: Db,
  unitId: string,
  year: number,
  period: string,
): Promise<UnitEvaluationRow | undefined> {
  return db
    .selectFrom("unit_evaluation")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", period)
    .executeTakeFirst();
}

/** How many of the unit's evaluations of the period hold each predikat (one aggregate on the unit-period index). */
export async function predikatCounts(
  db: Db,
  unitId: string,
  year: number,
  period: string,
): Promise<Record<Predikat, number>> {
  const rows = await db
    .selectFrom("evaluation")
    .select(["predikat", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", period)
    .where("predikat", "is not", null)
    .groupBy("predikat")
    .execute();
  const counts: Record<Predikat, number> = { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
  for (const row of rows) {
    if (row.predikat) {
      counts[row.predikat] = Number(row.n);
    }
  }
  return counts;
}

/** The unit's evaluations of the period as the Format Penetapan lists them, by name. */
export async function evaluationsOfUnit(db: Db, unitId: string, year: number, period: string) {
  return db
    .selectFrom("evaluation")
    .innerJoin("employee", "employee.id", "evaluation.employee_id")
    .select(["evaluation.id", "evaluation.status", "evaluation.predikat", "evaluation.parties_json", "employee.name"])
    .where("evaluation.unit_id", "=", unitId)
    .where("evaluation.year", "=", year)
    .where("evaluation.period_code", "=", period)
    .orderBy("employee.name")
    .orderBy("evaluation.id")
    .execute();
}

export async function findUnit(db: Db, unitId: string) {
  return db
    .selectFrom("org_unit")
    .select(["id", "name", "kind", "parent_id"])
    .where("id", "=", unitId)
    .executeTakeFirst();
}

/** Who holds the position leading the unit on a date (a definitif holder before an acting one), with that position. */
export async function unitHeadOn(db: Db, unitId: string, date: string) {
  const rows = await db
    .selectFrom("position")
    .innerJoin("placement", "placement.position_id", "position.id")
    .select(["placement.employee_id as employeeId", "position.id as positionId", "placement.kind"])
    .where("position.leads_unit_id", "=", unitId)
    .where((eb) => placementDuring(eb, date))
    .orderBy("placement.id")
    .execute();
  return rows.find((r) => r.kind === "definitif") ?? rows[0] ?? null;
}

export async function accountNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["user_account.id", "user_account.username", "employee.name"])
    .where("user_account.id", "in", [...new Set(userIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name ?? r.username]));
}

/** An official as printed on a date: name, NIP, pangkat and the position held then (the first placement found). */
export async function employeeParty(db: Db, employeeId: string, date: string): Promise<Party | null> {
  const placement = await db
    .selectFrom("placement")
    .select("position_id")
    .where("employee_id", "=", employeeId)
    .where((eb) => placementDuring(eb, date))
    .orderBy("placement.id")
    .executeTakeFirst();
  const [party] = await describeSeats(db, [{ employeeId, positionId: placement?.position_id ?? "", acting: null }]);
  return party ?? null;
}
