import { predikatLabels, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import * as employees from "../org/employee.repo";
import { periodOf } from "./evaluation.access";
import type { EvaluationRow } from "./evaluation.repo";

const nameOf = async (db: Db, employeeId: string | null, fallback: string) =>
  (employeeId ? (await employees.findById(db, employeeId))?.displayName : undefined) ?? fallback;

const periodLabel = async (db: Db, row: EvaluationRow) =>
  `${(await periodOf(db, row.year, row.period_code))?.label ?? row.period_code} ${row.year}`;

/** The result is delivered to the employee at once (the keberatan window counts from this moment). */
export async function notifyFinalised(ctx: RequestContext, trx: Db, row: EvaluationRow) {
  const by = await nameOf(trx, row.rater_employee_id, "Pejabat penilai kinerja");
  const period = await periodLabel(trx, row);
  const fresh = await trx.selectFrom("evaluation").select("predikat").where("id", "=", row.id).executeTakeFirst();
  const predikat = fresh?.predikat ? predikatLabels[fresh.predikat] : "";
  await notifyStep(ctx, trx, {
    key: `evaluation_finalised:${row.id}`,
    to: row.employee_id,
    kind: "evaluation_finalised",
    subjectId: row.id,
    link: `/evaluations/${row.id}`,
    title: `Hasil evaluasi kinerja ${period} telah ditetapkan`,
    body:
      `${by} telah menetapkan hasil evaluasi kinerja ${period} Anda` +
      `${predikat ? ` dengan predikat ${predikat}` : ""} pada ${wibDate(ctx.now)}.\n` +
      "Periksa hasilnya, lalu terima, atau ajukan keberatan dalam batas waktunya.",
  });
}

export async function notifySelfAssessed(ctx: RequestContext, trx: Db, row: EvaluationRow) {
  const employee = await nameOf(trx, row.employee_id, "Pegawai");
  const period = await periodLabel(trx, row);
  await notifyStep(ctx, trx, {
    key: `evaluation_self_assessed:${row.id}`,
    to: row.rater_employee_id,
    kind: "evaluation_self_assessed",
    subjectId: row.id,
    link: `/evaluations/${row.id}`,
    title: `Penilaian diri ${employee} (${period})`,
    body: `${employee} telah mengirim penilaian diri untuk evaluasi kinerja ${period}. Bacalah sebelum Anda menilai.`,
  });
}

export async function notifyAcknowledged(ctx: RequestContext, trx: Db, row: EvaluationRow) {
  const employee = await nameOf(trx, row.employee_id, "Pegawai");
  const period = await periodLabel(trx, row);
  await notifyStep(ctx, trx, {
    key: `evaluation_acknowledged:${row.id}`,
    to: row.rater_employee_id,
    kind: "evaluation_acknowledged",
    subjectId: row.id,
    link: `/evaluations/${row.id}`,
    title: `${employee} menerima hasil evaluasi ${period}`,
    body: `${employee} telah menerima hasil evaluasi kinerja ${period} yang Anda tetapkan.`,
  });
}
