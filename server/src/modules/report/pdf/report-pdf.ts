import { monthName, type Party, type ReportDetail, type ReportStatus } from "@simkin/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { rhkGroupCount } from "../../skp/pdf/hasil-kerja";
import { renderKeepingGroups } from "../../skp/pdf/keep-together";
import {
  documentFrame,
  gridLayout,
  identityTable,
  type PrintedDocument,
  type PrintSetting,
  signatureBlock,
  titleBlock,
} from "../../skp/pdf/pdf-parts";
import { dateOf, reportStatusLabels } from "./report-format";
import {
  buktiDukungTable,
  narrativeTable,
  perilakuTable,
  realisasiTables,
  rencanaAksiTable,
  umpanBalikTable,
} from "./report-tables";

/** What a Laporan Kinerja Bulanan printout needs: the report and the parties as the SKP names them. */
export type ReportPdfInput = PrintSetting & { report: ReportDetail; employee: Party; rater: Party | null };

// As on the SKP: a short diagonal word, the full note in the page header; nothing once the rater accepted.
const statusMarks: Record<ReportStatus, { note: string; watermark: string } | null> = {
  draft: { note: "DRAF — BELUM DIAJUKAN", watermark: "DRAF" },
  diajukan: { note: "DIAJUKAN — MENUNGGU DITERIMA PEJABAT PENILAI", watermark: "DIAJUKAN" },
  perlu_revisi: { note: "PERLU REVISI — DIKEMBALIKAN KEPADA PEGAWAI", watermark: "REVISI" },
  diterima: null,
};

function printed(input: ReportPdfInput): PrintedDocument {
  const { report, ...rest } = input;
  const mark = statusMarks[report.status];
  return { ...rest, pageNotes: mark ? [mark.note] : [], watermark: mark?.watermark ?? null };
}

const LATE = "#b00020";

function submittedCell(report: ReportDetail): TableCell {
  if (!report.submittedAt) {
    return "-";
  }
  const first = dateOf(report.submittedAt);
  const again = report.lastSubmittedAt ? dateOf(report.lastSubmittedAt) : first;
  const parts: (string | { text: string; bold: boolean; color: string })[] = [first];
  if (again !== first) {
    parts.push(` (diajukan ulang ${again})`);
  }
  if (report.late) {
    parts.push("  ", { text: "TERLAMBAT", bold: true, color: LATE });
  }
  return { text: parts };
}

function acceptedCell(report: ReportDetail): TableCell {
  if (!report.acceptedAt) {
    return "-";
  }
  const acknowledged = report.acknowledgedAt ? `\nUmpan balik dikonfirmasi ${dateOf(report.acknowledgedAt)}` : "";
  return `${dateOf(report.acceptedAt)}${acknowledged}`;
}

/** Status, deadline, submission (marked TERLAMBAT when late) and acceptance of the report. */
function statusTable(report: ReportDetail): Content {
  const label = (text: string): TableCell => ({ text, bold: true, fillColor: "#f2f2f2" });
  const status: TableCell = {
    text: reportStatusLabels[report.status],
    bold: true,
    color: report.status === "diterima" ? "#333333" : LATE,
  };
  return {
    table: {
      widths: [100, "*", 100, "*"],
      dontBreakRows: true,
      body: [
        [label("STATUS LAPORAN"), status, label("BATAS PENYAMPAIAN"), dateOf(report.deadline)],
        [label("DIAJUKAN"), submittedCell(report), label("DITERIMA"), acceptedCell(report)],
      ],
    },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  };
}

/** The Laporan Kinerja Bulanan (monthly realisation of the SKP) as an A4 PDF. */
export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const { report } = input;
  const doc = printed(input);
  const month = monthName(report.month);
  const title = `Laporan Kinerja Bulanan ${month} ${report.year} ${input.employee.name}`;
  const heading = ["LAPORAN KINERJA BULANAN", `BULAN ${month.toUpperCase()} TAHUN ${report.year}`];
  const build = (moved: ReadonlySet<number>) =>
    documentFrame(doc, title, [
      titleBlock(heading, doc),
      identityTable(doc),
      statusTable(report),
      ...realisasiTables(report, moved),
      rencanaAksiTable(report),
      narrativeTable("C. PENCAPAIAN", report.achievements),
      narrativeTable("D. TANTANGAN/KENDALA", report.challenges),
      narrativeTable("E. LANGKAH PERBAIKAN", report.improvements),
      buktiDukungTable(report),
      umpanBalikTable(report),
      perilakuTable(report),
      signatureBlock(doc),
    ]);
  return renderKeepingGroups(build, rhkGroupCount(report.rhk));
}
