import { capaianLabels, type Party, predikatLabels } from "@simkin/domain";
import type { Column, Content, TableCell } from "pdfmake/interfaces";
import { renderPdfBuffer } from "../../skp/pdf/fonts";
import { formatDateId, nipText, orDash, periodLine } from "../../skp/pdf/pdf-format";
import { documentFrame, gridLayout, titleBlock } from "../../skp/pdf/pdf-parts";
import { type EvaluationPrint, type KeberatanPrint, printedEvaluation } from "./evaluation-print";

const partyLabels = ["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"];

function partyValues(party: Party | null): string[] {
  return party
    ? [party.name, nipText(party.nip), orDash(party.pangkat), orDash(party.position), orDash(party.unit)]
    : ["-", "-", "-", "-", "-"];
}

const numberCell = (n: string): TableCell => ({ text: n, bold: true, alignment: "center" });
const headingCell = (text: string): TableCell => ({ text, bold: true, colSpan: 2, fillColor: "#f2f2f2" });

/** Items 1-3: a numbered heading spanning the row, then NAMA, NIP, PANGKAT, JABATAN, UNIT KERJA. */
function partyRows(no: string, title: string, party: Party | null): TableCell[][] {
  const values = partyValues(party);
  return [
    [numberCell(no), headingCell(title), {}],
    ...partyLabels.map((label, i): TableCell[] => [{ text: "" }, label, values[i] ?? "-"]),
  ];
}

const textRow = (no: string, title: string, text: string): TableCell[][] => [
  [numberCell(no), headingCell(title), {}],
  [{ text: "" }, { text: orDash(text), colSpan: 2 }, {}],
];

function letterNote(k: KeberatanPrint): string {
  if (k.source !== "external") {
    return "";
  }
  const date = k.letterDate ? formatDateId(k.letterDate) : "-";
  return `\n(dicatat dari surat nomor ${orDash(k.letterNumber)} tanggal ${date})`;
}

/** Items 6-8 from the keberatan (PP 30/2019 Pasal 59; REGULATIONS.md §6.5); "-" where there is none yet. */
function keberatanRows(k: KeberatanPrint | null): TableCell[][] {
  const dated = (text: string | null, at: string | null) =>
    text?.trim() ? `${text.trim()}${at ? `\n(${formatDateId(at)})` : ""}` : "-";
  const outcome = k?.outcome === "dikabulkan" ? "DIKABULKAN" : k?.outcome === "ditolak" ? "DITOLAK" : null;
  const decision = k && outcome ? `${outcome}: ${dated(k.decision, k.decidedAt)}${letterNote(k)}` : "-";
  return [
    ...textRow("6.", "KEBERATAN", k ? dated(k.reasons, k.filedAt) : "-"),
    ...textRow(
      "7.",
      "PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN",
      k ? dated(k.explanation, k.explainedAt) : "-",
    ),
    ...textRow("8.", "KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN", decision),
  ];
}

function evaluationRows(print: EvaluationPrint): TableCell[][] {
  const capaian = print.capaian ? capaianLabels[print.capaian].toUpperCase() : "-";
  const predikat = print.predikat ? predikatLabels[print.predikat].toUpperCase() : "-";
  return [
    [numberCell("4."), headingCell("EVALUASI KINERJA"), {}],
    [{ text: "" }, "CAPAIAN KINERJA ORGANISASI", { text: capaian, bold: true }],
    [{ text: "" }, "PREDIKAT KINERJA PEGAWAI", { text: predikat, bold: true }],
  ];
}

function catatanText(print: EvaluationPrint): string {
  const parts = [
    print.catatan.trim() ? `Catatan: ${print.catatan.trim()}` : "",
    print.rekomendasi.trim() ? `Rekomendasi: ${print.rekomendasi.trim()}` : "",
  ];
  return parts.filter(Boolean).join("\n");
}

function signature(role: string, party: Party | null, date: string | null, place: string): Column {
  const dateLine = date ? `${place}, ${formatDateId(date)}` : `${place}, ....................`;
  const lines: Content[] = [
    { text: dateLine },
    { text: role, margin: [0, 0, 0, 44] },
    { text: party ? party.name : "(.................................)", bold: true, decoration: "underline" },
  ];
  if (party?.nip) {
    lines.push({ text: `NIP. ${nipText(party.nip)}` });
  }
  return { width: "*", alignment: "center", stack: lines, fontSize: 8 };
}

/** The three dated signatures: the pegawai (received), the penilai (set) and the atasan (decided a keberatan). */
function signatures(print: EvaluationPrint): Content {
  const decidedInSimkin = print.keberatan?.source === "internal" ? print.keberatan.decidedAt : null;
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columnGap: 12,
    columns: [
      signature("Pegawai yang Dinilai", print.pegawai, print.acknowledgedOn, print.place),
      signature("Pejabat Penilai Kinerja", print.penilai, print.finalisedOn, print.place),
      signature("Atasan Pejabat Penilai Kinerja", print.atasan, decidedInSimkin?.slice(0, 10) ?? null, print.place),
    ],
  };
}

/** Dokumen Evaluasi Kinerja Pegawai (REGULATIONS.md §6.5, items 1-8) as an A4 PDF. */
export async function renderDokumenPdf(print: EvaluationPrint): Promise<Buffer> {
  const doc = printedEvaluation(print, print.finalisedOn ?? print.signedDate);
  const body: TableCell[][] = [
    ...partyRows("1.", "PEGAWAI YANG DINILAI", print.pegawai),
    ...partyRows("2.", "PEJABAT PENILAI KINERJA", print.penilai),
    ...partyRows("3.", "ATASAN PEJABAT PENILAI KINERJA", print.atasan),
    ...evaluationRows(print),
    ...textRow("5.", "CATATAN/REKOMENDASI", catatanText(print)),
    ...keberatanRows(print.keberatan),
  ];
  return renderPdfBuffer(
    documentFrame(doc, `Dokumen Evaluasi Kinerja Pegawai ${print.periodName} ${print.year} ${print.pegawai.name}`, [
      titleBlock(["DOKUMEN EVALUASI KINERJA PEGAWAI", `PERIODE: ${print.periodName}`], doc, [
        periodLine(print.periodStart, print.periodEnd),
      ]),
      {
        table: { widths: [18, 150, "*"], dontBreakRows: true, body },
        layout: gridLayout,
      },
      signatures(print),
    ]),
  );
}
