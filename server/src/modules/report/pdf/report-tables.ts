import type { Accumulation, ReportDetail, ReportRhk, RhkKind } from "@simkin/domain";
import type { Content, ContentText, Size, TableCell } from "pdfmake/interfaces";
import { type RhkTableSpec, rhkTables } from "../../skp/pdf/hasil-kerja";
import type { Column } from "../../skp/pdf/hasil-kerja-columns";
import { targetText } from "../../skp/pdf/pdf-format";
import { covered, gridLayout, headerCell } from "../../skp/pdf/pdf-parts";
import { evidenceKind, idNumber, paragraphs, withUnit } from "./report-format";
import { columnWidths, ROW_ROOM, rowHeight } from "./row-height";

type IkiLine = ReportRhk["ikis"][number];

const sections: Record<RhkKind, string> = { utama: "HASIL KERJA UTAMA", tambahan: "HASIL KERJA TAMBAHAN" };
const kinds: RhkKind[] = ["utama", "tambahan"];

/** How the months were added up, under the figure (issue 9 rule 11). */
const accumulationNotes: Record<Accumulation, string> = {
  sum: "jumlah",
  latest: "nilai terakhir",
  average: "rata-rata",
};

function cumulativeText(iki: IkiLine): string {
  if (iki.cumulative === null) {
    return "-";
  }
  const percent = iki.percent === null ? "" : ` (${idNumber(iki.percent)}%)`;
  return `${withUnit(idNumber(iki.cumulative), iki.unit)}${percent}\n${accumulationNotes[iki.accumulation]}`;
}

const realisasiColumns: Column<ReportRhk, IkiLine>[] = [
  { header: "NO", width: 18, scope: "rhk", centred: true, cell: (_r, _i, no) => String(no) },
  { header: "RENCANA HASIL KERJA", width: 118, scope: "rhk", cell: (rhk) => rhk.text },
  { header: "INDIKATOR KINERJA INDIVIDU", width: "*", scope: "iki", cell: (_r, iki) => iki?.indicator ?? "-" },
  { header: "TARGET", width: 60, scope: "iki", cell: (_r, iki) => (iki ? targetText(iki) : "-") },
  {
    header: "REALISASI BULAN INI",
    width: 60,
    scope: "iki",
    cell: (_r, iki) => (iki ? withUnit(iki.value, iki.unit) : "-"),
  },
  {
    header: "CAPAIAN KUMULATIF (%)",
    width: 70,
    scope: "iki",
    cell: (_r, iki) => (iki ? cumulativeText(iki) : "-"),
  },
];

/** A kualitatif SKP: the realisation is a text resting on bukti dukung, with nothing to add up (issue 9 rule 9). */
const kualitatifColumns: Column<ReportRhk, IkiLine>[] = [
  { header: "NO", width: 18, scope: "rhk", centred: true, cell: (_r, _i, no) => String(no) },
  { header: "RENCANA HASIL KERJA", width: 100, scope: "rhk", cell: (rhk) => rhk.text },
  { header: "INDIKATOR KINERJA INDIVIDU", width: 110, scope: "iki", cell: (_r, iki) => iki?.indicator ?? "-" },
  { header: "TARGET", width: 100, scope: "iki", cell: (_r, iki) => iki?.target ?? "-" },
  {
    header: "REALISASI BULAN INI BERDASARKAN BUKTI DUKUNG",
    width: "*",
    scope: "iki",
    cell: (_r, iki) => (iki?.value.trim() ? iki.value : "-"),
  },
];

export function realisasiSpec(report: ReportDetail): RhkTableSpec<IkiLine, ReportRhk> {
  const columns = report.approach === "kualitatif" ? kualitatifColumns : realisasiColumns;
  return { title: "A. REALISASI HASIL KERJA", columns, rhk: report.rhk, sectionLabels: sections };
}

/** A. REALISASI HASIL KERJA: one row per IKI, the RHK spanning its IKI and kept with them on one page. */
export function realisasiTables(report: ReportDetail, moved: ReadonlySet<number>): Content[] {
  return rhkTables(realisasiSpec(report), moved);
}

const centred = (text: string): ContentText => ({ text, alignment: "center" });

/** A whole-width row: a section heading, a "-" or a sub-heading. */
function spanRow(width: number, cell: ContentText): TableCell[] {
  return [{ ...cell, colSpan: width }, ...Array.from({ length: width - 1 }, () => covered())];
}

/** The RHK of each section, numbered as in table A, with an RHK-less section printed as "-". */
function perSection(report: ReportDetail, width: number, row: (rhk: ReportRhk, no: number) => TableCell[]) {
  return kinds.flatMap((kind) => {
    const rhks = report.rhk.filter((r) => r.kind === kind);
    const heading = spanRow(width, { text: sections[kind], bold: true, fillColor: "#f2f2f2" });
    const rows = rhks.length > 0 ? rhks.map((r, i) => row(r, i + 1)) : [spanRow(width, centred("-"))];
    return [heading, ...rows];
  });
}

type TableOptions = { keep?: number; breakRows?: boolean };

/**
 * A table under a title row; the title and column names repeat on every page. The first `keep` rows stay with the
 * title so that it never ends a page alone, and rows never split unless `breakRows`; neither holds for a row that
 * may be taller than a page, which pdfmake would otherwise drop.
 */
function titledTable(title: string, columns: [string, Size][], body: TableCell[][], options: TableOptions = {}) {
  const named = columns.some(([name]) => name !== "");
  const widths = columnWidths(columns.map(([, width]) => width));
  const heights = body.map((row) => rowHeight(row, widths));
  const keep = Math.min(options.keep ?? 1, body.length);
  const keptHeight = heights.slice(0, keep).reduce((a, b) => a + b, 0);
  const table: Content = {
    table: {
      widths: columns.map(([, width]) => width),
      headerRows: named ? 2 : 1,
      keepWithHeaderRows: keptHeight <= ROW_ROOM ? keep : 0,
      dontBreakRows: !options.breakRows && heights.every((h) => h <= ROW_ROOM),
      body: [
        [headerCell(title, { colSpan: columns.length }), ...columns.slice(1).map(() => covered())],
        ...(named ? [columns.map(([name]) => headerCell(name))] : []),
        ...body,
      ],
    },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  };
  return table;
}

/** B. RENCANA AKSI DAN PROGRES: per RHK, the month's action plan and its progress. */
export function rencanaAksiTable(report: ReportDetail): Content {
  const columns: [string, Size][] = [
    ["NO", 18],
    ["RENCANA HASIL KERJA", 150],
    ["RENCANA AKSI", "*"],
    ["PROGRES (%)", 52],
  ];
  const rows = perSection(report, columns.length, (rhk, no) => [
    centred(String(no)),
    rhk.text,
    { stack: paragraphs(rhk.plan) },
    centred(rhk.progress === null ? "-" : `${rhk.progress}%`),
  ]);
  // The section heading and the first RHK under it.
  return titledTable("B. RENCANA AKSI DAN PROGRES", columns, rows, { keep: 2 });
}

/** C, D and E: the employee's narrative, one paragraph per line; a long text may continue on the next page. */
export function narrativeTable(title: string, text: string): Content {
  return titledTable(title, [["", "*"]], [[{ stack: paragraphs(text) }]], { breakRows: true });
}

/** "Utama 1", "Tambahan 2": an RHK as numbered in the tables above. */
function rhkLabels(report: ReportDetail): Map<string, string> {
  const names: Record<RhkKind, string> = { utama: "Utama", tambahan: "Tambahan" };
  return new Map(
    kinds.flatMap((kind) =>
      report.rhk.filter((r) => r.kind === kind).map((r, i) => [r.rhkId, `${names[kind]} ${i + 1}`]),
    ),
  );
}

/** F. BUKTI DUKUNG: numbered over the whole report, each naming the RHK it supports (no heading row to orphan). */
export function buktiDukungTable(report: ReportDetail): Content {
  const columns: [string, Size][] = [
    ["NO", 18],
    ["BUKTI DUKUNG", "*"],
    ["RHK", 52],
    ["JENIS", 56],
    ["TAUTAN", 160],
  ];
  const labels = rhkLabels(report);
  const rows = report.rhk
    .flatMap((rhk) => rhk.evidence)
    .map((e, i): TableCell[] => [
      centred(String(i + 1)),
      e.name,
      labels.get(e.rhkId) ?? "-",
      evidenceKind(e),
      e.kind === "link" && e.url ? e.url : "Tersimpan di SIMKIN",
    ]);
  return titledTable("F. BUKTI DUKUNG", columns, rows.length > 0 ? rows : [spanRow(columns.length, centred("-"))]);
}

/** G. UMPAN BALIK PEJABAT PENILAI: per RHK, then the overall note and, when returned, the revision reason. */
export function umpanBalikTable(report: ReportDetail): Content {
  const columns: [string, Size][] = [
    ["NO", 18],
    ["RENCANA HASIL KERJA", 105],
    ["YANG SUDAH BAIK", "*"],
    ["YANG PERLU DITINGKATKAN", "*"],
    ["DUKUNGAN YANG DIBERIKAN", "*"],
  ];
  const rows = perSection(report, columns.length, (rhk, no) => [
    centred(String(no)),
    rhk.text,
    { stack: paragraphs(rhk.feedback?.wentWell ?? null) },
    { stack: paragraphs(rhk.feedback?.toImprove ?? null) },
    { stack: paragraphs(rhk.feedback?.support ?? null) },
  ]);
  const noteRow = (label: string, text: string | null, color?: string): TableCell[] => [
    { text: label, bold: true, colSpan: 2, color },
    covered(),
    { stack: paragraphs(text), colSpan: 3 },
    covered(),
    covered(),
  ];
  const notes = [noteRow("Catatan umum", report.overallFeedback)];
  if (report.status === "perlu_revisi") {
    notes.push(noteRow("Alasan permintaan revisi", report.revisionReason, "#b00020"));
  }
  return titledTable("G. UMPAN BALIK PEJABAT PENILAI", columns, [...rows, ...notes], { keep: 2 });
}

/**
 * H. UMPAN BALIK PERILAKU KERJA: each BerAKHLAK value of the SKP with the rater's ekspektasi khusus and this month's
 * umpan balik berkelanjutan on it (REGULATIONS.md §6.4 PERILAKU KERJA; issue 9 rule 10).
 */
export function perilakuTable(report: ReportDetail): Content {
  const columns: [string, Size][] = [
    ["NO", 18],
    ["PERILAKU KERJA", 110],
    ["EKSPEKTASI KHUSUS PIMPINAN", "*"],
    ["UMPAN BALIK BERKELANJUTAN", "*"],
  ];
  const rows = report.behaviours.map((b, i): TableCell[] => [
    centred(String(i + 1)),
    { text: b.name, bold: true },
    { stack: paragraphs(b.expectation) },
    { stack: paragraphs(b.feedback) },
  ]);
  const body = rows.length > 0 ? rows : [spanRow(columns.length, centred("-"))];
  return titledTable("H. UMPAN BALIK PERILAKU KERJA (BERAKHLAK)", columns, body, { keep: 1 });
}
