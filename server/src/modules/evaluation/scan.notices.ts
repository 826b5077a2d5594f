import { scanKindSchema } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import * as employees from "../org/employee.repo";
import { periodOf } from "./evaluation.access";
import type { EvaluationRow } from "./evaluation.repo";
import type { FileRow } from "./scan.repo";

const kindText = { scan_ekp: "Evaluasi Kinerja Pegawai", scan_dokumen: "Dokumen Evaluasi Kinerja Pegawai" };

const nameOf = async (db: Db, employeeId: string | null, fallback: string) =>
  (employeeId ? (await employees.findById(db, employeeId))?.displayName : undefined) ?? fallback;

const periodLabel = async (db: Db, year: number, code: string) =>
  `${(await periodOf(db, year, code))?.label ?? code} ${year}`;

const uploaderName = async (ctx: RequestContext, db: Db) =>
  ctx.actor.employeeId ? await nameOf(db, ctx.actor.employeeId, "Pengelola kinerja") : "Pengelola kinerja";

/**
 * The signed EKP or Dokumen is now kept with the record (REGULATIONS.md §2.4 step 3, decision 0063): the pegawai,
 * whose signed result it is, and the rater of record when someone else (the pengelola) uploaded it are told at once.
 */
export async function notifyEvaluationScan(ctx: RequestContext, trx: Db, row: EvaluationRow, file: FileRow) {
  const parsed = scanKindSchema.safeParse(file.kind);
  const document = parsed.success && parsed.data !== "scan_penetapan" ? kindText[parsed.data] : "dokumen evaluasi";
  const period = await periodLabel(trx, row.year, row.period_code);
  const by = await uploaderName(ctx, trx);
  const employee = await nameOf(trx, row.employee_id, "pegawai");
  const recipients: [string | null, string][] = [
    [row.employee_id, `${by} mengunggah pindaian ${document} ${period} Anda yang telah ditandatangani.`],
    [
      row.rater_employee_id,
      `${by} mengunggah pindaian ${document} ${period} atas nama ${employee} yang telah ditandatangani.`,
    ],
  ];
  for (const [to, body] of recipients) {
    await notifyStep(ctx, trx, {
      key: `evaluation_scan_uploaded:${file.id}:${to}`,
      to,
      kind: "evaluation_scan_uploaded",
      subjectId: row.id,
      link: `/evaluations/${row.id}`,
      title: `Pindaian ${document} ${period} telah disimpan`,
      body: `${body}\nPindaian dapat diunduh di halaman evaluasi.`,
    });
  }
}

export type PenetapanNotice = {
  scope: { unitId: string; year: number; period: string };
  unitName: string;
  heads: { unitHeadId: string | null; upperHeadId: string | null };
};

/** The signed Format Penetapan: the unit's head, who signs it, and the head one level up, who set its capaian. */
export async function notifyPenetapanScan(ctx: RequestContext, trx: Db, notice: PenetapanNotice, file: FileRow) {
  const { scope, unitName, heads } = notice;
  const period = await periodLabel(trx, scope.year, scope.period);
  const by = await uploaderName(ctx, trx);
  for (const to of [heads.unitHeadId, heads.upperHeadId]) {
    await notifyStep(ctx, trx, {
      key: `evaluation_scan_uploaded:${file.id}:${to}`,
      to,
      kind: "evaluation_scan_uploaded",
      subjectId: file.owner_id,
      link: `/evaluasi/penetapan/${scope.unitId}/${scope.year}/${scope.period}`,
      title: `Pindaian Format Penetapan Predikat Kinerja ${unitName} ${period} telah disimpan`,
      body:
        `${by} mengunggah pindaian Format Penetapan Predikat Kinerja ${unitName} periode ${period} ` +
        "yang telah ditandatangani.\nPindaian dapat diunduh di halaman Format Penetapan.",
    });
  }
}
