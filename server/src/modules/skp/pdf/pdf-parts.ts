import type { Party } from "@simkin/domain";
import type {
  Column,
  Content,
  CustomTableLayout,
  DynamicContent,
  TableCell,
  TDocumentDefinitions,
  Watermark,
} from "pdfmake/interfaces";
import { formatDateId, nipText, orDash } from "./pdf-format";
import { transferable } from "./pdf-transfer";

/** Where and when a printout is signed, and how it is verified: the same for every document of the office. */
export type PrintSetting = {
  /** Nama instansi as printed under the title, e.g. "PEMERINTAH KOTA PALEMBANG". */
  institution: string;
  /** Tempat of the signature line, e.g. "Palembang". */
  place: string;
  /** YYYY-MM-DD, printed "16 Maret 2026". */
  signedDate: string;
  verification: { code: string; url: string };
};

/** What the shared frame, title, identity and signature parts print for any performance document (SKP, laporan). */
export type PrintedDocument = PrintSetting & {
  employee: Party;
  rater: Party | null;
  /** Notes at the top right of every page, e.g. "DRAF — BELUM DISETUJUI" or "Revisi ke-2". */
  pageNotes: string[];
  /** The diagonal word while the document is not final; the page notes then print in red. Null once final. */
  watermark: string | null;
  /** A line under the identity block, e.g. that the officials are those resolved when printed, not yet agreed. */
  identityNote?: string | null;
};

// 2 cm is 56.7 pt; the top and bottom margins leave room for the status note and the footer.
const SIDE = 57;
const PAGE_MARGINS: [number, number, number, number] = [SIDE, 50, SIDE, 50];
const HEADER_FILL = "#e3e3e3";

// Functions cannot be copied to the PDF worker: tagged values are rebuilt there by name (pdf-registry.ts).
export const gridLayout: CustomTableLayout = transferable(
  {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => "#333333",
    vLineColor: () => "#333333",
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  "gridLayout",
);

export function headerCell(text: string, extra: { colSpan?: number; rowSpan?: number; id?: string } = {}): TableCell {
  const { id, ...span } = extra;
  const cell = { text, bold: true, alignment: "center" as const, fillColor: HEADER_FILL, ...span };
  return id ? { ...cell, id } : cell;
}

/** A placeholder for a cell under a colSpan or rowSpan; fresh each time because pdfmake writes layout state into it. */
export function covered(): TableCell {
  return {};
}

function watermarkFor(doc: PrintedDocument): Watermark | undefined {
  return doc.watermark ? { text: doc.watermark, color: "#999999", opacity: 0.15, bold: true } : undefined;
}

export function pageHeader(doc: Pick<PrintedDocument, "pageNotes" | "watermark">): DynamicContent | undefined {
  if (doc.pageNotes.length === 0) {
    return undefined;
  }
  const notes = { pageNotes: doc.pageNotes, watermark: doc.watermark };
  return transferable(() => headerContent(notes), "pageHeader", notes);
}

function headerContent(doc: Pick<PrintedDocument, "pageNotes" | "watermark">): Content {
  return {
    text: doc.pageNotes.join("   ·   "),
    alignment: "right",
    fontSize: 8,
    bold: true,
    color: doc.watermark === null ? "#333333" : "#b00020",
    margin: [SIDE, 24, SIDE, 0],
  };
}

export function pageFooter(verification: PrintSetting["verification"]): DynamicContent {
  const footer: DynamicContent = (currentPage, pageCount) => ({
    margin: [SIDE, 14, SIDE, 0],
    fontSize: 7,
    color: "#444444",
    columns: [
      { text: `Verifikasi keaslian dokumen: ${verification.url} (kode ${verification.code})`, width: "*" },
      { text: `Halaman ${currentPage} dari ${pageCount}`, width: "auto", alignment: "right" },
    ],
  });
  return transferable(footer, "pageFooter", { code: verification.code, url: verification.url });
}

/** Centred title lines, the institution and any lines under it, with the verification QR at the top right. */
export function titleBlock(lines: string[], doc: PrintSetting, under: string[] = []): Content {
  return {
    columns: [
      { width: 60, text: "" },
      {
        width: "*",
        alignment: "center",
        stack: [
          ...lines.map((line): Content => ({ text: line, bold: true, fontSize: 10.5 })),
          { text: doc.institution.toUpperCase(), bold: true, fontSize: 10, margin: [0, 6, 0, 0] },
          ...under.map((line): Content => ({ text: line, fontSize: 9, margin: [0, 2, 0, 0] })),
        ],
      },
      // pdfmake draws whole-point QR modules: 60 gives 2 pt modules, smaller fits fall back to 1 pt.
      { width: 60, qr: doc.verification.url, fit: 60, alignment: "right" },
    ],
    columnGap: 4,
    margin: [0, 0, 0, 10],
  };
}

function partyRows(party: Party | null): string[] {
  if (!party) {
    return ["-", "-", "-", "-", "-"];
  }
  return [party.name, nipText(party.nip), orDash(party.pangkat), party.position, party.unit];
}

const identityLabels = ["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"];

/** NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA, five rows each (REGULATIONS.md §6.1). */
export function identityTable(doc: Pick<PrintedDocument, "employee" | "rater" | "identityNote">): Content {
  const employee = partyRows(doc.employee);
  const rater = partyRows(doc.rater);
  const rows: TableCell[][] = identityLabels.map((label, i) => [
    { text: String(i + 1), alignment: "center" },
    label,
    employee[i] ?? "-",
    { text: String(i + 1), alignment: "center" },
    label,
    rater[i] ?? "-",
  ]);
  return {
    table: {
      widths: [16, 62, "*", 16, 62, "*"],
      headerRows: 1,
      dontBreakRows: true,
      body: [
        [
          headerCell("NO"),
          headerCell("PEGAWAI YANG DINILAI", { colSpan: 2 }),
          covered(),
          headerCell("NO"),
          headerCell("PEJABAT PENILAI KINERJA", { colSpan: 2 }),
          covered(),
        ],
        ...rows,
      ],
    },
    layout: gridLayout,
    margin: [0, 0, 0, doc.identityNote ? 2 : 10],
  };
}

/** The identity block, with its note in small italics under it when there is one. */
export function identityBlock(doc: Pick<PrintedDocument, "employee" | "rater" | "identityNote">): Content[] {
  const note: Content[] = doc.identityNote
    ? [{ text: doc.identityNote, italics: true, fontSize: 7.5, color: "#b00020", margin: [0, 0, 0, 10] }]
    : [];
  return [identityTable(doc), ...note];
}

function signatureColumn(role: string, party: Party | null, topLine: string): Column {
  const lines: Content[] = [
    { text: topLine },
    { text: role, margin: [0, 0, 0, 50] },
    { text: party ? party.name : "(.................................)", bold: true, decoration: "underline" },
  ];
  // Nama and NIP, as on the official form (REGULATIONS.md §6.1); an elected official or minister signs without a
  // NIP (REGULATIONS.md §2.2).
  if (party?.nip) {
    lines.push({ text: `NIP. ${nipText(party.nip)}` });
  }
  return { width: "*", alignment: "center", stack: lines };
}

/** "(tempat), (tanggal)" above the penilai; the pegawai on the left, the penilai on the right. */
export function signatureBlock(doc: PrintedDocument): Content {
  const dateLine = `${doc.place}, ${formatDateId(doc.signedDate)}`;
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      signatureColumn("Pegawai yang Dinilai", doc.employee, " "),
      signatureColumn("Pejabat Penilai Kinerja", doc.rater, dateLine),
    ],
    columnGap: 40,
  };
}

export function sectionTitle(text: string): Content {
  return { text, bold: true, fontSize: 10, margin: [0, 8, 0, 4] };
}

/** A4 portrait with the shared header, footer, watermark and Roboto defaults. */
export function documentFrame(doc: PrintedDocument, title: string, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: PAGE_MARGINS,
    info: { title, author: "SIMKIN", subject: `${doc.employee.name} (${doc.verification.code})` },
    language: "id-ID",
    defaultStyle: { font: "Roboto", fontSize: 9, lineHeight: 1.1 },
    header: pageHeader(doc),
    footer: pageFooter(doc.verification),
    watermark: watermarkFor(doc),
    content,
  };
}
