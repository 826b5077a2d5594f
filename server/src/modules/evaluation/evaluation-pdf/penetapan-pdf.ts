import {
  type Capaian,
  capaianLabels,
  DISTRIBUTION_PATTERNS,
  type DistributionRounding,
  type DistributionRule,
  KURVA_AXIS,
  type Party,
  type Predikat,
  predikatLabels,
  ruleLimit,
} from "@simkin/domain";
import type { Column, Content, TableCell } from "pdfmake/interfaces";
import { renderPdfBuffer } from "../../skp/pdf/fonts";
import { formatDateId, nipText, orDash, periodLine } from "../../skp/pdf/pdf-format";
import {
  documentFrame,
  gridLayout,
  headerCell,
  type PrintSetting,
  sectionTitle,
  titleBlock,
} from "../../skp/pdf/pdf-parts";
import { labelValueTable } from "./evaluation-print";
import { kurvaBlock } from "./kurva";

export type PenetapanRow = { name: string; nip: string | null; position: string; predikat: Predikat | null };

/** The Format Penetapan Predikat Kinerja of one unit and period (SE MenPANRB 3/2023; REGULATIONS.md §2.4 step 3). */
export type PenetapanPrint = PrintSetting & {
  unitName: string;
  year: number;
  periodName: string;
  periodStart: string;
  periodEnd: string;
  capaian: Capaian;
  capaianReason: string;
  /** Set in SIMKIN by the head one level up, or recorded from the official letter. */
  capaianFrom:
    | { kind: "internal"; by: Party | null }
    | { kind: "external"; number: string | null; date: string | null };
  rounding: DistributionRounding;
  counts: Readonly<Record<Predikat, number>>;
  rows: PenetapanRow[];
  /** The head's finalisation of the unit's period; null while the raters still work (printed as a draft). */
  finalised: { on: string; justification: string | null } | null;
  /** The head of the unit, who signs (decision 0060). */
  head: Party | null;
};

const names = (predikat: readonly Predikat[]) => predikat.map((p) => predikatLabels[p]).join(" dan/atau ");

function ruleText(rule: DistributionRule, limit: number, total: number): string {
  switch (rule.kind) {
    case "max":
      return rule.percent === 0
        ? `Tidak ada pegawai dengan predikat ${names(rule.predikat)}`
        : `${names(rule.predikat)} maksimal ${rule.percent}% (paling banyak ${limit} dari ${total} pegawai)`;
    case "min":
      return `${names(rule.predikat)} minimal ${rule.percent}% (paling sedikit ${limit} dari ${total} pegawai)`;
    case "exists":
      return `Harus ada pegawai dengan predikat ${names(rule.predikat)}`;
  }
}

function rulesTable(print: PenetapanPrint): Content {
  const total = KURVA_AXIS.reduce((sum, p) => sum + print.counts[p], 0);
  const rows = DISTRIBUTION_PATTERNS[print.capaian].map((rule): TableCell[] => {
    const limit = ruleLimit(rule, total, print.rounding);
    const actual = rule.predikat.reduce((sum, p) => sum + print.counts[p], 0);
    const met = total === 0 || (rule.kind === "max" ? actual <= limit : actual >= limit);
    return [
      ruleText(rule, limit, total),
      { text: String(actual), alignment: "center" },
      { text: met ? "Terpenuhi" : "Tidak terpenuhi", bold: !met, color: met ? "#1b5e20" : "#b00020" },
    ];
  });
  return {
    table: {
      widths: ["*", 60, 80],
      headerRows: 1,
      dontBreakRows: true,
      body: [[headerCell("KETENTUAN POLA DISTRIBUSI"), headerCell("JUMLAH"), headerCell("STATUS")], ...rows],
    },
    layout: gridLayout,
    margin: [0, 0, 0, 8],
  };
}

function employeesTable(print: PenetapanPrint): Content {
  const rows = print.rows.map((r, i): TableCell[] => [
    { text: String(i + 1), alignment: "center" },
    r.name,
    nipText(r.nip),
    orDash(r.position),
    { text: r.predikat ? predikatLabels[r.predikat] : "Belum dinilai", bold: r.predikat !== null },
  ]);
  const empty: TableCell[][] = [[{ text: "Belum ada pegawai yang dievaluasi", colSpan: 5, alignment: "center" }]];
  return {
    table: {
      widths: [16, "*", 96, 120, 74],
      headerRows: 1,
      dontBreakRows: true,
      body: [
        [headerCell("NO"), headerCell("NAMA"), headerCell("NIP"), headerCell("JABATAN"), headerCell("PREDIKAT")],
        ...(rows.length > 0 ? rows : empty),
      ],
    },
    layout: gridLayout,
    fontSize: 8,
    margin: [0, 0, 0, 6],
  };
}

function countsTable(print: PenetapanPrint): Content {
  const total = KURVA_AXIS.reduce((sum, p) => sum + print.counts[p], 0);
  const order = [...KURVA_AXIS].reverse();
  return {
    table: {
      widths: [...order.map(() => "*"), 50],
      body: [
        [...order.map((p) => headerCell(predikatLabels[p])), headerCell("JUMLAH")],
        [...order.map((p): TableCell => ({ text: String(print.counts[p]), alignment: "center" })), String(total)],
      ],
    },
    layout: gridLayout,
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

function capaianSource(print: PenetapanPrint): string {
  const from = print.capaianFrom;
  if (from.kind === "external") {
    const date = from.date ? formatDateId(from.date) : "-";
    return `Dicatat dari surat nomor ${orDash(from.number)} tanggal ${date}`;
  }
  return from.by
    ? `Ditetapkan oleh ${from.by.name} (${from.by.position})`
    : "Ditetapkan pimpinan satu tingkat di atasnya";
}

function signer(print: PenetapanPrint): Content {
  const head = print.head;
  const lines: Content[] = [
    { text: `${print.place}, ${print.finalised ? formatDateId(print.finalised.on) : "...................."}` },
    { text: head ? `${head.position},` : "Pimpinan Unit Kerja,", margin: [0, 0, 0, 50] },
    { text: head ? head.name : "(.................................)", bold: true, decoration: "underline" },
  ];
  if (head?.nip) {
    lines.push({ text: `NIP. ${nipText(head.nip)}` });
  }
  const columns: Column[] = [
    { width: "*", text: "" },
    { width: 220, alignment: "center", stack: lines },
  ];
  return { unbreakable: true, margin: [0, 16, 0, 0], columns };
}

/** Format Penetapan Predikat Kinerja (SE MenPANRB 3/2023) as an A4 PDF. */
export async function renderPenetapanPdf(print: PenetapanPrint): Promise<Buffer> {
  const draft = print.finalised === null;
  const doc = {
    ...print,
    employee: print.head ?? {
      employeeId: null,
      positionId: null,
      name: print.unitName,
      nip: null,
      pangkat: null,
      position: "",
      unit: "",
    },
    rater: null,
    pageNotes: draft ? ["DRAF — BELUM DITETAPKAN PIMPINAN UNIT KERJA"] : [],
    watermark: draft ? "DRAF" : null,
  };
  const justification = print.finalised?.justification?.trim();
  const content: Content[] = [
    titleBlock(["FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI", `PERIODE: ${print.periodName}`], print, [
      periodLine(print.periodStart, print.periodEnd),
    ]),
    labelValueTable(
      [
        ["UNIT KERJA", print.unitName],
        ["CAPAIAN KINERJA ORGANISASI", capaianLabels[print.capaian].toUpperCase()],
        ["DASAR PENETAPAN CAPAIAN", `${capaianSource(print)}\n${orDash(print.capaianReason)}`],
      ],
      150,
    ),
    sectionTitle("POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI"),
    rulesTable(print),
    kurvaBlock(print.capaian, print.counts),
    sectionTitle("PREDIKAT KINERJA PEGAWAI"),
    employeesTable(print),
    countsTable(print),
  ];
  if (justification) {
    content.push(sectionTitle("JUSTIFIKASI PIMPINAN ATAS POLA DISTRIBUSI YANG TIDAK TERPENUHI"), {
      text: justification,
      margin: [0, 0, 0, 6],
    });
  }
  content.push(signer(print));
  return renderPdfBuffer(
    documentFrame(doc, `Penetapan Predikat Kinerja ${print.unitName} ${print.periodName} ${print.year}`, content),
  );
}
