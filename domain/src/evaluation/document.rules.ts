import { z } from "zod";
import type { Role } from "../auth/roles";
import { readsAllRecords } from "../auth/roles";
import { evaluationPeriods } from "../period/period.rules";
import type { EvaluationPeriod } from "../period/period.schema";
import { RuleViolation } from "../rule-violation";
import { partySchema } from "../skp/skp.schema";
import type { Capaian, EvaluationStatus, Predikat } from "./evaluation.enums";

/** The cadence a period code belongs to: TW1..TW4, S1..S2, TH, B01..B12 (period.rules.ts evaluationPeriods). */
const cadenceOfCode = [
  [/^TW[1-4]$/, "triwulan"],
  [/^S[12]$/, "semester"],
  [/^TH$/, "tahunan"],
  [/^B(0[1-9]|1[0-2])$/, "bulanan"],
] as const;

/** The evaluation period of a code in a year, with its dates; undefined for an unknown code. */
export function periodOfCode(year: number, code: string): EvaluationPeriod | undefined {
  const cadence = cadenceOfCode.find(([pattern]) => pattern.test(code))?.[1];
  return cadence ? evaluationPeriods(year, cadence).find((p) => p.code === code) : undefined;
}

const roman = ["I", "II", "III", "IV"] as const;

/**
 * The "PERIODE: TRIWULAN I/II/III/IV-AKHIR" of the official forms (REGULATIONS.md §2.4, §6.4): the last period of the
 * year is also the annual evaluation, printed "-AKHIR".
 */
export function printedPeriodName(period: EvaluationPeriod): string {
  const quarter = /^TW([1-4])$/.exec(period.code);
  const half = /^S([12])$/.exec(period.code);
  const base = quarter
    ? `TRIWULAN ${roman[Number(quarter[1]) - 1]}`
    : half
      ? `SEMESTER ${roman[Number(half[1]) - 1]}`
      : period.label.replace(/ \(Akhir\)$/, "").toUpperCase();
  if (period.code === "TH") {
    return "TAHUNAN";
  }
  return period.isAnnual ? `${base}-AKHIR` : base;
}

/**
 * The parties of an evaluation as printed, from its parties_json snapshot (issue 12 "Data kept"): the pegawai, the
 * pejabat penilai and the atasan penilai on the day it was set. Ids are optional: a snapshot prints names, not ids.
 */
const snapshotPartySchema = partySchema.extend({
  employeeId: z.string().nullable().optional(),
  positionId: z.string().nullable().optional(),
  pangkat: z.string().nullable().optional(),
  nip: z.string().nullable().optional(),
});
export const evaluationPartiesSnapshotSchema = z.object({
  pegawai: snapshotPartySchema,
  penilai: snapshotPartySchema.nullable().optional(),
  atasan: snapshotPartySchema.nullable().optional(),
});
export type PrintedEvaluationParties = z.infer<typeof evaluationPartiesSnapshotSchema>;

/**
 * A draft evaluation is the rater's work in progress: it is not printed for anyone (decision 0060), so no paper with
 * a rating the employee has not received can circulate.
 */
export function assertPrintable(status: EvaluationStatus): void {
  if (status === "draft") {
    throw new RuleViolation(
      "evaluation_not_final",
      "Evaluasi masih draf: dokumen dapat dicetak setelah pejabat penilai menetapkannya",
      { status },
    );
  }
}

/** The wet-signed scans kept with the printed documents (issue 12 "Finalising and signing"). */
export const scanKindValues = ["scan_ekp", "scan_dokumen", "scan_penetapan"] as const;
export const scanKindSchema = z.enum(scanKindValues, { message: "Jenis pindaian tidak dikenal" });
export type ScanKind = z.infer<typeof scanKindSchema>;
/** The scans of one evaluation; the Format Penetapan's scan belongs to the unit's period instead. */
export const evaluationScanKindSchema = z.enum(["scan_ekp", "scan_dokumen"], {
  message: "Jenis pindaian tidak dikenal",
});

export const scanKindLabels: Readonly<Record<ScanKind, string>> = {
  scan_ekp: "Evaluasi Kinerja Pegawai (bertanda tangan basah)",
  scan_dokumen: "Dokumen Evaluasi Kinerja Pegawai (bertanda tangan basah)",
  scan_penetapan: "Format Penetapan Predikat Kinerja (bertanda tangan basah)",
};

/** A scan is a PDF or a photo of the paper: nothing else is a scan (Office files are bukti dukung, not scans). */
export const SCAN_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;

export function assertScanType(mime: string): void {
  if (!(SCAN_MIME_TYPES as readonly string[]).includes(mime)) {
    throw new RuleViolation(
      "scan_type_not_allowed",
      "Pindaian harus berupa berkas PDF, JPEG atau PNG",
      { allowed: [...SCAN_MIME_TYPES] },
      "file",
    );
  }
}

/**
 * Who reads the Format Penetapan Predikat Kinerja of a unit and period (issue 12 brief): the unit's head, who signs
 * it, the head one level up, who set the unit's capaian, and whoever reads all records (pengelola, auditor).
 */
export function canReadPenetapan(
  actor: { employeeId: string | null; roles: readonly Role[] },
  heads: { unitHeadId: string | null; upperHeadId: string | null },
): boolean {
  if (readsAllRecords(actor.roles)) {
    return true;
  }
  const me = actor.employeeId;
  return me !== null && (me === heads.unitHeadId || me === heads.upperHeadId);
}

/** The unit's head and the pengelola kinerja keep the signed Format Penetapan, as the rater does for an evaluation. */
export function canUploadPenetapanScan(
  actor: { employeeId: string | null; roles: readonly Role[] },
  heads: { unitHeadId: string | null },
): boolean {
  const me = actor.employeeId;
  return actor.roles.includes("pengelola_kinerja") || (me !== null && me === heads.unitHeadId);
}

/** The kurva's x axis, worst first, as the form prints it (REGULATIONS.md §3.5 "Kurva"). */
export const KURVA_AXIS: readonly Predikat[] = ["sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"];

/**
 * The shape of each pola distribusi as relative heights along KURVA_AXIS, drawn as the guide curve behind the unit's
 * actual counts. The peak sits on the predikat the pattern wants "sebagian besar" / "minimal 60%" of; the other
 * heights follow the pattern's limits (Sangat Baik at most 10% or none, "harus ada" BP/K). An illustration of the
 * rule of SE MenPANRB 3/2023 (REGULATIONS.md §3.5), not a target: the check is checkDistribution.
 */
export const KURVA_SHAPES: Readonly<Record<Capaian, readonly number[]>> = {
  istimewa: [0.05, 0.08, 0.15, 0.45, 0.7],
  baik: [0.05, 0.15, 0.25, 0.7, 0.2],
  butuh_perbaikan: [0.1, 0.2, 0.6, 0.2, 0.1],
  kurang: [0.15, 0.6, 0.2, 0.1, 0.05],
  sangat_kurang: [0.6, 0.25, 0.12, 0.05, 0],
};
