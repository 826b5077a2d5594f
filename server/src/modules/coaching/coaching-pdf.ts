import {
  type Coaching,
  coachingFeedbackGroups,
  coachingFeedbackStatements,
  likertLabels,
  type Party,
} from "@simkin/domain";
import type { Column, Content, TableCell } from "pdfmake/interfaces";
import { renderPdfBuffer } from "../skp/pdf/fonts";
import { formatDateId, nipText } from "../skp/pdf/pdf-format";
import {
  covered,
  documentFrame,
  gridLayout,
  headerCell,
  identityBlock,
  type PrintedDocument,
  type PrintSetting,
  signatureBlock,
  titleBlock,
} from "../skp/pdf/pdf-parts";

/** What a B.1.8 or B.1.9 printout needs: the session, its filled form and the parties as of the session's date. */
export type CoachingPdfInput = PrintSetting & { session: Coaching; employee: Party; rater: Party | null };

const SCALE = [1, 2, 3, 4, 5] as const;

function printed(input: CoachingPdfInput): PrintedDocument {
  const { session: _session, ...rest } = input;
  return { ...rest, pageNotes: [], watermark: null };
}

/** The session the form follows up, under the institution. */
function sessionLines(session: Coaching): string[] {
  return [`Bimbingan kinerja tanggal ${formatDateId(session.date)}`, `Topik: ${session.topic}`];
}

const centred = (text: string, bold = false): TableCell => ({ text, alignment: "center", bold });

/** A heading row across the table: the group of statements ("Tentang pegawai"). */
function groupRow(title: string, width: number): TableCell[] {
  return [
    { text: title, bold: true, italics: true, colSpan: width, fillColor: "#f2f2f2" },
    ...Array.from({ length: width - 1 }, () => covered()),
  ];
}

/** NO | KRITERIA | one column per point of the scale, the pegawai's answer ticked (REGULATIONS.md §6.6). */
function statementsTable(answers: readonly number[]): Content {
  const width = 2 + SCALE.length;
  const body: TableCell[][] = [
    [
      headerCell("NO", { rowSpan: 2 }),
      headerCell("KRITERIA", { rowSpan: 2 }),
      headerCell("PENILAIAN", { colSpan: SCALE.length }),
      ...SCALE.slice(1).map(() => covered()),
    ],
    [covered(), covered(), ...SCALE.map((score) => headerCell(String(score)))],
  ];
  for (const group of coachingFeedbackGroups) {
    body.push(groupRow(group, width));
    for (const statement of coachingFeedbackStatements.filter((s) => s.group === group)) {
      // Keyed by the statement's number, never by its wording (decision 0025).
      const answer = answers[statement.no - 1];
      body.push([
        centred(String(statement.no)),
        statement.text,
        ...SCALE.map((score) => centred(answer === score ? "√" : "", true)),
      ]);
    }
  }
  return {
    table: { widths: [18, "*", ...SCALE.map(() => 26)], headerRows: 2, dontBreakRows: true, body },
    layout: gridLayout,
    margin: [0, 0, 0, 6],
  };
}

function scaleLegend(labels: readonly string[]): Content {
  const text = labels.map((label, i) => `${i + 1} = ${label}`).join(";  ");
  return { text: `Keterangan skala: ${text}.`, fontSize: 8, margin: [0, 0, 0, 8] };
}

function noteTable(title: string, text: string): Content {
  return {
    table: { widths: ["*"], dontBreakRows: true, body: [[headerCell(title)], [text.trim() ? text : "-"]] },
    layout: gridLayout,
    margin: [0, 0, 0, 6],
  };
}

/** "(tempat), (tanggal) / Pegawai yang Dinilai": the pegawai alone signs B.1.8 (REGULATIONS.md §6.6). */
function employeeSignature(doc: PrintedDocument): Content {
  const lines: Content[] = [
    { text: `${doc.place}, ${formatDateId(doc.signedDate)}` },
    { text: "Pegawai yang Dinilai", margin: [0, 0, 0, 50] },
    { text: doc.employee.name, bold: true, decoration: "underline" },
  ];
  if (doc.employee.nip) {
    lines.push({ text: `NIP. ${nipText(doc.employee.nip)}` });
  }
  const columns: Column[] = [
    { width: "*", text: "" },
    { width: "*", alignment: "center", stack: lines },
  ];
  return { unbreakable: true, margin: [0, 18, 0, 0], columns, columnGap: 40 };
}

/** Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja" as an A4 PDF. */
export async function renderB18Pdf(input: CoachingPdfInput): Promise<Buffer> {
  const { session } = input;
  const doc = printed(input);
  const feedback = session.feedback;
  const heading = ["UMPAN BALIK", "PELAKSANAAN BIMBINGAN KINERJA"];
  return renderPdfBuffer(
    documentFrame(doc, `Format B.1.8 ${doc.employee.name} ${session.date}`, [
      formatLabel("FORMAT B.1.8"),
      titleBlock(heading, doc, sessionLines(session)),
      ...identityBlock(doc),
      statementsTable(feedback?.answers ?? []),
      scaleLegend(likertLabels),
      noteTable("CATATAN/SARAN PEGAWAI", feedback?.comment ?? ""),
      employeeSignature(doc),
    ]),
  );
}

/** NO | KOMPETENSI PEGAWAI | NILAI (SKALA 1-5) | ALASAN (REGULATIONS.md §6.6). */
function competencyTable(rows: NonNullable<Coaching["evaluation"]>["rows"]): Content {
  const body: TableCell[][] = [
    [headerCell("NO"), headerCell("KOMPETENSI PEGAWAI"), headerCell("NILAI\n(SKALA 1–5)"), headerCell("ALASAN")],
    ...rows.map((row, i): TableCell[] => [
      centred(String(i + 1)),
      row.competency,
      centred(String(row.score), true),
      row.reason,
    ]),
  ];
  return {
    table: { widths: [18, 150, 66, "*"], headerRows: 1, dontBreakRows: true, body },
    layout: gridLayout,
    margin: [0, 0, 0, 6],
  };
}

// The lampiran names the scale 1-5 without words for its points [UNCONFIRMED]; these read it as B.1.8 does.
const competencyScale = ["Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"] as const;

/** Format B.1.9 "Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja" as an A4 PDF. */
export async function renderB19Pdf(input: CoachingPdfInput): Promise<Buffer> {
  const { session } = input;
  const doc = printed(input);
  const heading = ["EVALUASI KOMPETENSI PEGAWAI", "SEBAGAI TINDAK LANJUT BIMBINGAN KINERJA"];
  return renderPdfBuffer(
    documentFrame(doc, `Format B.1.9 ${doc.employee.name} ${session.date}`, [
      formatLabel("FORMAT B.1.9"),
      titleBlock(heading, doc, sessionLines(session)),
      ...identityBlock(doc),
      competencyTable(session.evaluation?.rows ?? []),
      scaleLegend(competencyScale),
      signatureBlock(doc),
    ]),
  );
}

function formatLabel(text: string): Content {
  return { text, alignment: "left", fontSize: 8, bold: true, margin: [0, 0, 0, 4] };
}
