import {
  type MphAssignment,
  type MphLayout,
  type MphRhk,
  mphCell,
  mphColumns,
  mphOutside,
  type Party,
} from "@simkin/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { renderPdfBuffer } from "./fonts";
import { formatDateId, nipText, targetText } from "./pdf-format";
import { covered, documentFrame, gridLayout, headerCell, type PrintSetting, titleBlock } from "./pdf-parts";

export type MphSubordinate = { employeeId: string; name: string; positionName: string };

/** What the Matriks Peran Hasil printout needs: the leader, their approved RHK/IKI, the team and the cells. */
export type MphPdfInput = PrintSetting & {
  year: number;
  leader: Party;
  rhk: readonly MphRhk[];
  subordinates: readonly MphSubordinate[];
  assignments: readonly MphAssignment[];
};

// A4 landscape between the 2 cm margins is about 728 pt: the first two columns take 150, the IKI share the rest.
const NO_WIDTH = 18;
const NAME_WIDTH = 120;

function leaderTable(leader: Party): Content {
  const row = (label: string, value: string): TableCell[] => [{ text: label, bold: true }, value];
  return {
    table: {
      widths: [110, "*"],
      body: [
        [headerCell("PIMPINAN", { colSpan: 2 }), covered()],
        row("NAMA", leader.name),
        row("NIP", nipText(leader.nip)),
        row("JABATAN", leader.position),
        row("UNIT KERJA", leader.unit),
      ],
    },
    layout: gridLayout,
    margin: [0, 0, 0, 8],
  };
}

const bullets = (items: readonly MphAssignment[]): TableCell =>
  items.length === 0 ? { text: "-", alignment: "center", color: "#777777" } : { ul: items.map((a) => a.text) };

/** NO | BAWAHAN | the leader's IKI grouped under their RHK; each cell the peran-hasil given (REGULATIONS.md §2.2). */
function matrixTable(layout: MphLayout, input: MphPdfInput): Content {
  const header1: TableCell[] = [
    headerCell("NO", { rowSpan: 2 }),
    headerCell("BAWAHAN (NAMA/JABATAN)", { rowSpan: 2 }),
    ...layout.groups.flatMap((g): TableCell[] => [
      {
        text: `RHK ${g.rhkNo}${g.rhk.kind === "tambahan" ? " (tambahan)" : ""}: ${g.rhk.text}`,
        bold: true,
        fillColor: "#e3e3e3",
        colSpan: g.span,
      },
      ...Array.from({ length: g.span - 1 }, () => covered()),
    ]),
  ];
  const header2: TableCell[] = [
    covered(),
    covered(),
    ...layout.columns.map(
      (c): TableCell => ({
        stack: [
          { text: `IKI ${c.ikiNo}`, bold: true },
          c.iki.indicator,
          { text: `Target: ${targetText(c.iki)}`, italics: true, fontSize: 7 },
        ],
        fillColor: "#f2f2f2",
      }),
    ),
  ];
  const rows = input.subordinates.map((s, i): TableCell[] => [
    { text: String(i + 1), alignment: "center" },
    {
      stack: [
        { text: s.name, bold: true },
        { text: s.positionName, fontSize: 7 },
      ],
    },
    ...layout.columns.map((c) => bullets(mphCell(input.assignments, s.employeeId, c.iki.id))),
  ]);
  return {
    table: {
      widths: [NO_WIDTH, NAME_WIDTH, ...layout.columns.map(() => "*")],
      headerRows: 2,
      dontBreakRows: true,
      body: [header1, header2, ...rows],
    },
    layout: gridLayout,
    fontSize: layout.columns.length > 6 ? 7 : 8,
    margin: [0, 0, 0, 8],
  };
}

/** Peran-hasil given under an IKI of an earlier revision of the leader's SKP, so none is lost from the paper. */
function outsideList(input: MphPdfInput, layout: MphLayout): Content[] {
  const outside = mphOutside(input.assignments, layout);
  if (outside.length === 0) {
    return [];
  }
  const names = new Map(input.subordinates.map((s) => [s.employeeId, s.name]));
  return [
    { text: "Peran hasil di luar IKI SKP yang berlaku", bold: true, margin: [0, 4, 0, 2] },
    { ul: outside.map((a) => `${names.get(a.employeeId) ?? "-"}: ${a.text}`), margin: [0, 0, 0, 8] },
  ];
}

function leaderSignature(input: MphPdfInput): Content {
  const lines: Content[] = [
    { text: `${input.place}, ${formatDateId(input.signedDate)}` },
    { text: input.leader.position, margin: [0, 0, 0, 44] },
    { text: input.leader.name, bold: true, decoration: "underline" },
  ];
  if (input.leader.nip) {
    lines.push({ text: `NIP. ${nipText(input.leader.nip)}` });
  }
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    columns: [
      { width: "*", text: "" },
      { width: 260, alignment: "center", stack: lines },
    ],
  };
}

/** The Matriks Peran Hasil of a leader for a year as an A4 landscape PDF (issue 9 rule 17). */
export async function renderMphPdf(input: MphPdfInput): Promise<Buffer> {
  const layout = mphColumns(input.rhk);
  const doc = { ...input, employee: input.leader, rater: null, pageNotes: [], watermark: null };
  const frame = documentFrame(doc, `Matriks Peran Hasil ${input.year} ${input.leader.name}`, [
    titleBlock(["MATRIKS PERAN HASIL", `TAHUN ${input.year}`], doc),
    leaderTable(input.leader),
    matrixTable(layout, input),
    ...outsideList(input, layout),
    leaderSignature(input),
  ]);
  return renderPdfBuffer({ ...frame, pageOrientation: "landscape" });
}
