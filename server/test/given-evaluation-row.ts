import type { Db } from "../src/db";
import { newId } from "../src/db/ids";
import type { EvaluationTable } from "../src/db/schema-evaluation";

/** What a test world says of an evaluation row; `at` stamps its creation and, as its status implies, its delivery. */
export type EvaluationRowInput = Pick<EvaluationTable, "skp_id" | "employee_id" | "unit_id"> &
  Partial<EvaluationTable> & { at: string };

/**
 * One evaluation row written directly, for worlds that need a rating already given: nothing rated unless said, and
 * the timestamps its status implies (a set result delivered at `at`, acknowledged when diterima or locked, locked
 * when locked); any column can be given instead. Returns its id.
 */
export async function insertEvaluationRow(db: Db, input: EvaluationRowInput): Promise<string> {
  const { at, ...values } = input;
  const status = values.status ?? "ditetapkan";
  const set = status !== "draft";
  const row: EvaluationTable = {
    id: newId(),
    year: 2026,
    period_code: "TW1",
    status,
    rater_employee_id: null,
    atasan_employee_id: null,
    atasan_external: 0,
    head_of_unit: 0,
    capaian_id: null,
    capaian: null,
    rating_hasil_kerja: null,
    rating_perilaku: null,
    predikat: null,
    rule_version: null,
    catatan: "",
    rekomendasi: "",
    parties_json: "{}",
    finalised_at: set ? at : null,
    finalised_by: set ? (values.rater_employee_id ?? null) : null,
    received_at: set ? at : null,
    acknowledged_at: status === "diterima" || status === "locked" ? at : null,
    locked_at: status === "locked" ? at : null,
    version: 1,
    created_at: at,
    updated_at: at,
    ...values,
  };
  await db.insertInto("evaluation").values(row).execute();
  return row.id;
}
