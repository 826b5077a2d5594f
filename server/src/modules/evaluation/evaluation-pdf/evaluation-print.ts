import {
  type Approach,
  type BerakhlakValueCode,
  type Capaian,
  type EvaluationStatus,
  type Iki,
  type KeberatanState,
  type Party,
  type Predikat,
  type Rating,
  type Rhk,
  ratingLabels,
  type SkpModel,
} from "@simkin/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { gridLayout, type PrintedDocument, type PrintSetting } from "../../skp/pdf/pdf-parts";

/** An IKI with the rater's realisation of the period. */
export type EvaluatedIki = Iki & { realisation: string };
/** An RHK with its IKI, the rater's realisation (kualitatif narrative) and umpan balik of the period. */
export type EvaluatedRhk = Omit<Rhk, "ikis"> & { ikis: EvaluatedIki[]; realisation: string; feedback: string };
export type EvaluatedBehaviour = {
  code: BerakhlakValueCode;
  name: string;
  indicators: string[];
  expectation: string | null;
  feedback: string;
};

export type KeberatanPrint = {
  status: Exclude<KeberatanState, "none">;
  reasons: string;
  filedAt: string;
  explanation: string | null;
  explainedAt: string | null;
  outcome: "dikabulkan" | "ditolak" | null;
  decision: string | null;
  decidedAt: string | null;
  source: "internal" | "external" | null;
  letterNumber: string | null;
  letterDate: string | null;
};

/** Everything the two per-evaluation printouts show, read from the evaluation's own snapshot and rows. */
export type EvaluationPrint = PrintSetting & {
  status: EvaluationStatus;
  year: number;
  /** "TRIWULAN I" … "TRIWULAN IV-AKHIR". */
  periodName: string;
  periodStart: string;
  periodEnd: string;
  pegawai: Party;
  penilai: Party | null;
  atasan: Party | null;
  model: SkpModel;
  approach: Approach;
  rhk: EvaluatedRhk[];
  behaviours: EvaluatedBehaviour[];
  capaian: Capaian | null;
  counts: Readonly<Record<Predikat, number>>;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string;
  rekomendasi: string;
  keberatan: KeberatanPrint | null;
  /** WIB dates (YYYY-MM-DD) of the signatures: set by the rater, received/acknowledged by the pegawai. */
  finalisedOn: string | null;
  acknowledgedOn: string | null;
};

// No watermark: a draft is never printed (decision 0060); the notes say where a printed result stands.
function pageNotesOf(print: EvaluationPrint): string[] {
  const pending = print.keberatan && print.keberatan.status !== "diputus";
  if (pending) {
    return ["KEBERATAN SEDANG DIPROSES"];
  }
  if (print.status === "ditetapkan") {
    return ["DITETAPKAN — MASA KEBERATAN BERJALAN"];
  }
  return [];
}

/** The shared frame's view of an evaluation: the pegawai and the penilai of its snapshot. */
export function printedEvaluation(print: EvaluationPrint, signedDate: string): PrintedDocument {
  return {
    institution: print.institution,
    place: print.place,
    signedDate,
    verification: print.verification,
    employee: print.pegawai,
    rater: print.penilai,
    pageNotes: pageNotesOf(print),
    watermark: null,
  };
}

export function ratingText(rating: Rating | null): string {
  return rating ? ratingLabels[rating].toUpperCase() : "-";
}

/** A two-column row block: the form's "RATING HASIL KERJA*: DI ATAS EKSPEKTASI" lines. */
export function labelValueTable(rows: [string, string][], labelWidth = 190): Content {
  const body: TableCell[][] = rows.map(([label, value]) => [
    { text: label, bold: true, fillColor: "#f2f2f2" },
    { text: value, bold: true },
  ]);
  return {
    table: { widths: [labelWidth, "*"], dontBreakRows: true, body },
    layout: gridLayout,
    margin: [0, 0, 0, 8],
  };
}
