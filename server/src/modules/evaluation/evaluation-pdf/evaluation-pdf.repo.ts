import type { Party } from "@simkin/domain";
import type { Db } from "../../../db";
import { placementDuring } from "../../org/placement.repo";
import { describeSeats } from "../../skp/party.repo";

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
