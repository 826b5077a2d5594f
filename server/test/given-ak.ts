import type { Predikat } from "@simkin/domain";
import { newId } from "../src/db/ids";
import type { Office } from "./given";
import { insertEvaluationRow } from "./given-evaluation-row";
import { openYear } from "./given-skp";
import type { TestApp } from "./test-app";

/** An SKP row for a seat in a year, over the given period (a move gives a shorter one). */
export async function seatSkp(
  t: TestApp,
  input: { employeeId: string; positionId: string; year: number; start?: string; end?: string },
) {
  const id = newId();
  const at = `${input.year}-01-10T00:00:00.000Z`;
  await t.db
    .insertInto("skp")
    .values({
      id,
      year: input.year,
      employee_id: input.employeeId,
      position_id: input.positionId,
      revision: 1,
      previous_id: null,
      status: "disetujui",
      model: "ja_jf",
      approach: "kuantitatif",
      behaviour_set: "SE-20-2021",
      period_start: input.start ?? `${input.year}-01-01`,
      period_end: input.end ?? `${input.year}-12-31`,
      return_reason: null,
      submitted_at: at,
      approved_at: at,
      approved_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A finalised (or draft) evaluation of an SKP for a period, with its predikat, written directly. */
export async function evaluationOf(
  t: TestApp,
  input: {
    skpId: string;
    employeeId: string;
    unitId: string;
    year: number;
    periodCode: string;
    predikat: Predikat;
    status?: "draft" | "ditetapkan" | "diterima" | "locked";
  },
) {
  const at = `${input.year}-12-31T03:00:00.000Z`;
  await insertEvaluationRow(t.db, {
    at,
    skp_id: input.skpId,
    employee_id: input.employeeId,
    year: input.year,
    period_code: input.periodCode,
    unit_id: input.unitId,
    status: input.status ?? "locked",
    predikat: input.predikat,
    rule_version: "permenpanrb-6-2022",
    acknowledged_at: null,
    locked_at: null,
  });
}

/**
 * The test office with a fungsional seat (Ahli Pertama) under the Kasi, held since 2020 by an employee with an
 * account, and the years 2025 and 2026 opened.
 */
export async function fungsionalOffice(t: TestApp, office: Office) {
  await openYear(t.db, 2025);
  await openYear(t.db, 2026);
  const jfPos = await t.given.position({
    unitId: office.seksi.id,
    kind: "fungsional",
    jenjang: "ahli_pertama",
    name: "Analis Kebijakan Ahli Pertama",
    parentPositionId: office.positions.kasi.id,
  });
  const analis = await t.given.placedEmployee({ positionId: jfPos.id, startDate: "2020-01-01" });
  return { jfPos, analis };
}
