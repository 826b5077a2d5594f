import {
  DEFAULT_EVALUATION_SETTING_VALUES,
  type EvaluationSetting,
  type EvaluationSettingValues,
  evaluationSettingValuesSchema,
} from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { EvaluationSettingTable } from "../../db/schema-evaluation";

/**
 * The evaluation settings of a year as typed domain values (keberatan days, head-of-unit mapping, suggestion bands,
 * distribution rounding, annual rule): the saved row, or the domain defaults (version 0) for a year without one.
 * Every part of the evaluation reads its settings here.
 */
export async function settingsForYear(db: Db, year: number): Promise<EvaluationSetting> {
  const row = await db.selectFrom("evaluation_setting").selectAll().where("year", "=", year).executeTakeFirst();
  return row ? toSetting(row) : { year, ...DEFAULT_EVALUATION_SETTING_VALUES, version: 0, isDefault: true };
}

/** Settings of several years at once (the angka kredit of an employee's career), defaults filled in. */
export async function settingsForYears(db: Db, years: readonly number[]): Promise<Map<number, EvaluationSetting>> {
  const rows =
    years.length === 0
      ? []
      : await db
          .selectFrom("evaluation_setting")
          .selectAll()
          .where("year", "in", [...years])
          .execute();
  const saved = new Map(rows.map((r) => [r.year, toSetting(r)]));
  return new Map(
    years.map((year) => [
      year,
      saved.get(year) ?? { year, ...DEFAULT_EVALUATION_SETTING_VALUES, version: 0, isDefault: true },
    ]),
  );
}

export async function insert(db: Db, year: number, values: EvaluationSettingValues, at: string): Promise<void> {
  await db
    .insertInto("evaluation_setting")
    .values({ year, ...toRow(values), version: 1, updated_at: at })
    .execute();
}

/** Optimistic update; false when someone else saved since `version`. */
export async function update(db: Db, year: number, values: EvaluationSettingValues, version: number, at: string) {
  const result = await db
    .updateTable("evaluation_setting")
    .set({ ...toRow(values), version: version + 1, updated_at: at })
    .where("year", "=", year)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toRow(values: EvaluationSettingValues) {
  return {
    keberatan_days: values.keberatanDays,
    head_mapping_json: JSON.stringify(values.headMapping),
    suggestion_json: JSON.stringify(values.suggestion),
    rounding_json: JSON.stringify(values.rounding),
    annual_rule: values.annualRule,
  };
}

/** Parsed through the contract's schema: a row written by hand that no longer fits falls back to the defaults. */
function toSetting(row: Selectable<EvaluationSettingTable>): EvaluationSetting {
  const parsed = evaluationSettingValuesSchema.safeParse({
    keberatanDays: row.keberatan_days,
    headMapping: parseJson(row.head_mapping_json),
    suggestion: parseJson(row.suggestion_json),
    rounding: parseJson(row.rounding_json),
    annualRule: row.annual_rule,
  });
  const values = parsed.success ? parsed.data : DEFAULT_EVALUATION_SETTING_VALUES;
  return { year: row.year, ...values, version: row.version, isDefault: false };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
