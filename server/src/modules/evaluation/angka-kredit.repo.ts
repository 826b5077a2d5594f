import {
  AK_JENJANG,
  type AkDasar,
  type AkJenjang,
  type AkMasterRow,
  akJenjangSchema,
  akJenjangValues,
  type Cadence,
  type Predikat,
  type SaveAkMaster,
  type SetAkDasar,
  searchTerm,
} from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import { containsIn } from "../../db/like";
import type { AkBalanceTable } from "../../db/schema-angka-kredit";
import { placementDuring } from "../org/placement.repo";

/** Thousandths in the tables, numbers at the edge. */
export const toMilli = (v: number) => Math.round(v * 1000);
const fromMilli = (v: number) => v / 1000;

/** The eight jenjang rows: the office's corrections over AK_JENJANG. */
export async function masterRows(db: Db): Promise<AkMasterRow[]> {
  const rows = await db.selectFrom("ak_master").selectAll().execute();
  const saved = new Map(rows.map((r) => [r.jenjang, r]));
  return akJenjangValues.map((jenjang) => {
    const row = saved.get(jenjang);
    if (!row) {
      return { jenjang, ...AK_JENJANG[jenjang], version: 0, isDefault: true };
    }
    return {
      jenjang,
      coefficient: fromMilli(row.coefficient_milli),
      forPangkat: fromMilli(row.for_pangkat_milli),
      forJenjang: row.for_jenjang_milli === null ? null : fromMilli(row.for_jenjang_milli),
      version: row.version,
      isDefault: false,
    };
  });
}

export async function insertMaster(db: Db, input: SaveAkMaster, at: string) {
  await db
    .insertInto("ak_master")
    .values({ jenjang: input.jenjang, ...masterValues(input), version: 1, updated_at: at })
    .execute();
}

export async function updateMaster(db: Db, input: SaveAkMaster, at: string) {
  const result = await db
    .updateTable("ak_master")
    .set({ ...masterValues(input), version: input.version + 1, updated_at: at })
    .where("jenjang", "=", input.jenjang)
    .where("version", "=", input.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const masterValues = (input: SaveAkMaster) => ({
  coefficient_milli: toMilli(input.coefficient),
  for_pangkat_milli: toMilli(input.forPangkat),
  for_jenjang_milli: input.forJenjang === null ? null : toMilli(input.forJenjang),
});

export async function balancesOf(db: Db, employeeIds: readonly string[]): Promise<Map<string, AkDasar>> {
  if (employeeIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("ak_balance")
    .selectAll()
    .where("employee_id", "in", [...employeeIds])
    .execute();
  return new Map(rows.map((r) => [r.employee_id, toDasar(r)]));
}

export async function insertBalance(db: Db, employeeId: string, input: SetAkDasar, at: string) {
  await db
    .insertInto("ak_balance")
    .values({ employee_id: employeeId, ...balanceValues(input), version: 1, updated_at: at })
    .execute();
}

export async function updateBalance(db: Db, employeeId: string, input: SetAkDasar, at: string) {
  const result = await db
    .updateTable("ak_balance")
    .set({ ...balanceValues(input), version: input.version + 1, updated_at: at })
    .where("employee_id", "=", employeeId)
    .where("version", "=", input.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const balanceValues = (input: SetAkDasar) => ({
  kind: input.kind,
  start_year: input.startYear,
  amount_milli: toMilli(input.amount),
  decree_number: input.decreeNumber || null,
});

function toDasar(r: Selectable<AkBalanceTable>): AkDasar {
  return {
    employeeId: r.employee_id,
    kind: r.kind,
    startYear: r.start_year,
    amount: fromMilli(r.amount_milli),
    decreeNumber: r.decree_number,
    version: r.version,
  };
}

/** Definitif placements in a fungsional position with a jenjang: the history when none was recorded by hand. */
export async function fungsionalPlacements(db: Db, employeeIds: readonly string[]) {
  if (employeeIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select(["placement.employee_id", "placement.start_date", "placement.end_date", "position.jenjang"])
    .where("placement.employee_id", "in", [...employeeIds])
    .where("placement.kind", "=", "definitif")
    .where("position.kind", "=", "fungsional")
    .execute();
  return rows.flatMap((r) => {
    const jenjang = akJenjangSchema.safeParse(r.jenjang);
    return jenjang.success
      ? [{ employeeId: r.employee_id, jenjang: jenjang.data, from: r.start_date, to: r.end_date }]
      : [];
  });
}

/** Today's definitif seat of each employee: position name, unit name and jenjang. */
export async function seatsToday(db: Db, employeeIds: readonly string[], date: string) {
  if (employeeIds.length === 0) {
    return new Map<string, { positionName: string; unitName: string; jenjang: AkJenjang | null }>();
  }
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select(["placement.employee_id", "position.name", "position.jenjang", "org_unit.name as unit_name"])
    .where("placement.employee_id", "in", [...employeeIds])
    .where("placement.kind", "=", "definitif")
    .where((eb) => placementDuring(eb, date))
    .execute();
  return new Map(
    rows.map((r) => {
      const jenjang = akJenjangSchema.safeParse(r.jenjang);
      return [
        r.employee_id,
        { positionName: r.name, unitName: r.unit_name, jenjang: jenjang.success ? jenjang.data : null },
      ];
    }),
  );
}

/** The SKPs (seats) of the employees in the years, revisions replaced by a later one left out. */
export async function skpsOf(db: Db, employeeIds: readonly string[], fromYear: number, toYear: number) {
  if (employeeIds.length === 0) {
    return [];
  }
  return db
    .selectFrom("skp")
    .select(["id", "employee_id", "year", "position_id", "period_start", "period_end", "previous_id"])
    .where("employee_id", "in", [...employeeIds])
    .where("year", ">=", fromYear)
    .where("year", "<=", toYear)
    .where("status", "!=", "diganti")
    .execute();
}

/** Finalised evaluations (never a draft) with their predikat, with the seat of their SKP. */
export async function finalisedEvaluations(db: Db, employeeIds: readonly string[], fromYear: number, toYear: number) {
  if (employeeIds.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("evaluation")
    .innerJoin("skp", "skp.id", "evaluation.skp_id")
    .select([
      "evaluation.employee_id",
      "evaluation.year",
      "evaluation.period_code",
      "evaluation.predikat",
      "evaluation.finalised_at",
      "skp.position_id",
      "skp.period_start",
    ])
    .where("evaluation.employee_id", "in", [...employeeIds])
    .where("evaluation.year", ">=", fromYear)
    .where("evaluation.year", "<=", toYear)
    .where("evaluation.status", "in", ["ditetapkan", "diterima", "locked"])
    .where("evaluation.predikat", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.predikat ? [{ ...r, predikat: r.predikat as Predikat }] : []));
}

export async function cadencesOf(db: Db, fromYear: number, toYear: number): Promise<Map<number, Cadence>> {
  const rows = await db
    .selectFrom("performance_year")
    .select(["year", "cadence"])
    .where("year", ">=", fromYear)
    .where("year", "<=", toYear)
    .execute();
  return new Map(rows.map((r) => [r.year, r.cadence]));
}

/**
 * The fungsional staff for the pengelola's list: a definitif fungsional seat today, a recorded jenjang or an AK
 * dasar. Filter, count and page in SQL; the page's ledgers are computed after.
 */
export async function pageFungsional(db: Db, filter: { q?: string; date: string; page: number; pageSize: number }) {
  let query = db.selectFrom("employee").where((eb) =>
    eb.or([
      eb(
        "employee.id",
        "in",
        eb
          .selectFrom("placement")
          .innerJoin("position", "position.id", "placement.position_id")
          .select("placement.employee_id")
          .where("placement.kind", "=", "definitif")
          .where("position.kind", "=", "fungsional")
          .where((inner) => placementDuring(inner, filter.date)),
      ),
      eb("employee.id", "in", eb.selectFrom("employee_rank").select("employee_id").where("kind", "=", "jenjang")),
      eb("employee.id", "in", eb.selectFrom("ak_balance").select("employee_id")),
    ]),
  );
  if (filter.q) {
    const name = searchTerm(filter.q);
    const nip = filter.q.replace(/\D/g, "");
    query = query.where((eb) =>
      eb.or([
        ...(name ? [containsIn(eb.ref("employee.name_search"), name)] : []),
        ...(nip ? [eb("employee.nip", "like", `%${nip}%`)] : []),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      "employee.id",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "employee.nip",
      "employee.golongan",
    ])
    .orderBy("employee.name_search")
    .orderBy("employee.id")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(total.n), rows };
}
