import type { Iki, Rhk, RhkKind, SkpDetail } from "@simkin/domain";
import type { Alignment, Content, ContentAnchor, ContentText, TableCell } from "pdfmake/interfaces";
import { type Column, columnsFor } from "./hasil-kerja-columns";
import { groupEndId, groupStartId, sectionStartId } from "./keep-together";
import { covered, gridLayout, headerCell } from "./pdf-parts";

/** The rows of one RHK (one per IKI), to be kept on one page; the first group of a section holds its heading. */
type Group = { id: number; rows: TableCell[][]; opensSection: boolean };

type Cell = ContentAnchor | ContentText;
function textCell(text: string, id: string | undefined): Cell {
  return id ? { text, id } : { text };
}

function rhkRows(columns: Column[], rhk: Rhk, no: number, group: number, opensGroup: boolean): TableCell[][] {
  const ikis: (Iki | null)[] = rhk.ikis.length > 0 ? rhk.ikis : [null];
  const lastRow = ikis.length - 1;
  const endColumn = columns.findIndex((c) => c.scope === "iki");
  const idOf = (row: number, col: number): string | undefined => {
    // A single row is never split and has no rowSpan to miscompute, so it needs no start id.
    if (opensGroup && lastRow > 0 && row === 0 && col === 0) {
      return groupStartId(group);
    }
    return row === lastRow && col === endColumn ? groupEndId(group) : undefined;
  };
  return ikis.map((iki, row) =>
    columns.map((column, col): TableCell => {
      if (column.scope === "rhk" && row > 0) {
        return covered();
      }
      const alignment: Alignment | undefined = column.centred ? "center" : undefined;
      const cell = { ...textCell(column.cell(rhk, iki, no), idOf(row, col)), alignment };
      return column.scope === "rhk" && ikis.length > 1 ? { ...cell, rowSpan: ikis.length } : cell;
    }),
  );
}

const sectionLabels: Record<RhkKind, string> = { utama: "A. UTAMA", tambahan: "B. TAMBAHAN" };

function sectionGroups(columns: Column[], skp: SkpDetail, kind: RhkKind): Group[] {
  const span = (cell: Cell): TableCell[] => [
    { ...cell, colSpan: columns.length },
    ...columns.slice(1).map(() => covered()),
  ];
  const rhks = skp.rhk.flatMap((rhk, index) => (rhk.kind === kind ? [{ rhk, id: index + 1 }] : []));
  const first = rhks[0];
  // An empty section still prints its heading and a "-" row, as a group of its own.
  const headingId = first ? first.id : skp.rhk.length + (kind === "utama" ? 1 : 2);
  const heading = span({ text: sectionLabels[kind], bold: true, fillColor: "#f2f2f2", id: sectionStartId(headingId) });
  if (!first) {
    const dash = span({ text: "-", alignment: "center", id: groupEndId(headingId) });
    return [{ id: headingId, rows: [heading, dash], opensSection: true }];
  }
  return rhks.map(({ rhk, id }, i) => {
    const rows = rhkRows(columns, rhk, i + 1, id, i > 0);
    return { id, rows: i === 0 ? [heading, ...rows] : rows, opensSection: i === 0 };
  });
}

/** How many groups renderKeepingGroups may have to move. */
export function hasilKerjaGroupCount(skp: SkpDetail): number {
  return skp.rhk.length + 2;
}

/**
 * HASIL KERJA: title, column names and numbers repeat on every page; rows never split. A group in `moved` starts a
 * new table on a new page so that an RHK and its IKIs stay together.
 */
export function hasilKerjaTables(skp: SkpDetail, moved: ReadonlySet<number>): Content[] {
  const columns = columnsFor(skp);
  const header = (): TableCell[][] => [
    [headerCell("HASIL KERJA", { colSpan: columns.length }), ...columns.slice(1).map(() => covered())],
    columns.map((c) => headerCell(c.header)),
    columns.map((_c, i): TableCell => ({ text: `(${i + 1})`, alignment: "center", fontSize: 7 })),
  ];
  const chunks: Group[][] = [[]];
  for (const group of [...sectionGroups(columns, skp, "utama"), ...sectionGroups(columns, skp, "tambahan")]) {
    if (moved.has(group.id)) {
      chunks.push([]);
    }
    chunks[chunks.length - 1]?.push(group);
  }
  return chunks.flatMap((groups, i): Content[] => {
    if (groups.length === 0) {
      return [];
    }
    return [
      {
        pageBreak: i > 0 ? "before" : undefined,
        table: {
          widths: columns.map((c) => c.width),
          headerRows: 3,
          // Keeps a section heading with the header; on a rowSpan row pdfmake would miscompute the span's height.
          keepWithHeaderRows: groups[0]?.opensSection ? 1 : 0,
          dontBreakRows: true,
          body: [...header(), ...groups.flatMap((g) => g.rows)],
        },
        layout: gridLayout,
        margin: [0, 0, 0, 10],
      },
    ];
  });
}
