import { displayName, evaluationPeriods, type OrgCapaian, RuleViolation } from "@simkin/domain";
import type { Db } from "../../db";
import type { EvaluationFileTable, OrgCapaianTable } from "../../db/schema-evaluation";

/** The evaluation periods of a performance year, and the one asked for; refused when either is unknown. */
export async function periodOf(db: Db, year: number, periodCode: string) {
  const row = await db.selectFrom("performance_year").select("cadence").where("year", "=", year).executeTakeFirst();
  if (!row) {
    throw new RuleViolation("year_not_open", `Tahun kinerja ${year} belum dibuka`, { year }, "year");
  }
  const periods = evaluationPeriods(year, row.cadence);
  const period = periods.find((p) => p.code === periodCode);
  if (!period) {
    throw new RuleViolation(
      "period_unknown",
      `Periode ${periodCode} tidak ada pada tahun ${year}`,
      { year, periodCode },
      "periodCode",
    );
  }
  return { periods, period };
}

/** The years opened, newest first, for the period picker. */
export async function openedYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom("performance_year").select("year").orderBy("year", "desc").execute();
  return rows.map((r) => r.year);
}

export async function findRow(db: Db, unitId: string, year: number, periodCode: string) {
  return db
    .selectFrom("org_capaian")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .executeTakeFirst();
}

export async function insertRow(db: Db, row: OrgCapaianTable): Promise<void> {
  await db.insertInto("org_capaian").values(row).execute();
}

/** Changes the decision when nobody saved it since `version`; false when someone did. */
export async function updateRow(
  db: Db,
  id: string,
  version: number,
  values: Pick<
    OrgCapaianTable,
    "capaian" | "reason" | "source" | "set_by_employee_id" | "recorded_by" | "letter_number" | "letter_date"
  >,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("org_capaian")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertFile(db: Db, row: EvaluationFileTable): Promise<void> {
  await db.insertInto("evaluation_file").values(row).execute();
}

/** The latest letter scan kept with a capaian decision. */
export async function findScan(db: Db, capaianId: string) {
  return db
    .selectFrom("evaluation_file")
    .selectAll()
    .where("owner_type", "=", "org_capaian")
    .where("owner_id", "=", capaianId)
    .where("kind", "=", "letter")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** Whether the unit's distribution for the period is finalised: its capaian may no longer change. */
export async function isFinalised(db: Db, unitId: string, year: number, periodCode: string): Promise<boolean> {
  const row = await db
    .selectFrom("unit_evaluation")
    .select("id")
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .executeTakeFirst();
  return row !== undefined;
}

/** The decision as the screens show it, with the names of who decided and who recorded it, and the scan. */
export async function viewOf(db: Db, row: OrgCapaianTable | undefined): Promise<OrgCapaian | null> {
  if (!row) {
    return null;
  }
  const setter = row.set_by_employee_id
    ? await db
        .selectFrom("employee")
        .select(["name", "front_title", "back_title"])
        .where("id", "=", row.set_by_employee_id)
        .executeTakeFirst()
    : undefined;
  const recorder = await db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["user_account.username", "employee.name", "employee.front_title", "employee.back_title"])
    .where("user_account.id", "=", row.recorded_by)
    .executeTakeFirst();
  const scan = await findScan(db, row.id);
  return {
    id: row.id,
    unitId: row.unit_id,
    year: row.year,
    periodCode: row.period_code,
    capaian: row.capaian,
    reason: row.reason,
    source: row.source,
    setByName: setter ? displayName(setter.front_title, setter.name, setter.back_title) : null,
    recordedByName: recorder
      ? recorder.name
        ? displayName(recorder.front_title, recorder.name, recorder.back_title)
        : recorder.username
      : null,
    letterNumber: row.letter_number,
    letterDate: row.letter_date,
    scan: scan ? { id: scan.id, name: scan.name, mimeType: scan.mime_type, size: scan.size } : null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The capaian of several units for one period, in one query. */
export async function rowsFor(db: Db, unitIds: readonly string[], year: number, periodCode: string) {
  if (unitIds.length === 0) {
    return new Map<string, OrgCapaianTable>();
  }
  const rows = await db
    .selectFrom("org_capaian")
    .selectAll()
    .where("unit_id", "in", [...unitIds])
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r]));
}

/** When each of several units' distributions was finalised for one period. */
export async function finalisedAt(db: Db, unitIds: readonly string[], year: number, periodCode: string) {
  if (unitIds.length === 0) {
    return new Map<string, string>();
  }
  const rows = await db
    .selectFrom("unit_evaluation")
    .select(["unit_id", "finalised_at"])
    .where("unit_id", "in", [...unitIds])
    .where("year", "=", year)
    .where("period_code", "=", periodCode)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.finalised_at]));
}
