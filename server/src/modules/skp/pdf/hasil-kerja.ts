import type { RhkKind, SkpDetail } from "@simkin/domain";
import type { Alignment, Content, ContentAnchor, ContentText, TableCell } from "pdfmake/interfaces";
import { type CellText, type Column, columnsFor } from "./hasil-kerja-columns";
import { groupEndId, groupStartId, sectionStartId } from "./keep-together";
import { covered, gridLayout, headerCell } from "./pdf-parts";

/** What a table grouped by RHK needs of an RHK: its section (utama or tambahan) and its IKI, one row each. */
export type GroupedRhk<I> = { kind: RhkKind; ikis: readonly I[] };

/** A table with one group of rows per RHK, in an utama and a tambahan section, each group kept on one page. */
export type RhkTableSpec<I, R extends GroupedRhk<I>> = {
  /** A title row over the column names, repeated with them on every page; null for none. */
  title: string | null;
  columns: Column<R, I>[];
  rhk: readonly R[];
  sectionLabels: Record<RhkKind, string>;
};

/** The rows of one RHK (one per IKI), to be kept on one page; the first group of a section holds its heading. */
type Group = { id: number; rows: TableCell[][]; opensSection: boolean };

type Cell = ContentAnchor | ContentText;
function textCell(text: CellText, id: string | undefined): Cell {
  return id ? { text, id } : { text };
}

function rhkRows<I, R extends GroupedRhk<I>>(
  columns: Column<R, I>[],
  rhk: R,
  no: number,
  group: number,
  opensGroup: boolean,
): TableCell[][] {
  const ikis: (I | null)[] = rhk.ikis.length > 0 ? [...rhk.ikis] : [null];
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

function sectionGroups<I, R extends GroupedRhk<I>>(spec: RhkTableSpec<I, R>, kind: RhkKind): Group[] {
  const { columns } = spec;
  const span = (cell: Cell): TableCell[] => [
    { ...cell, colSpan: columns.length },
    ...columns.slice(1).map(() => covered()),
  ];
  const rhks = spec.rhk.flatMap((rhk, index) => (rhk.kind === kind ? [{ rhk, id: index + 1 }] : []));
  const first = rhks[0];
  // An empty section still prints its heading and a "-" row, as a group of its own.
  const headingId = first ? first.id : spec.rhk.length + (kind === "utama" ? 1 : 2);
  const label = spec.sectionLabels[kind];
  const heading = span({ text: label, bold: true, fillColor: "#f2f2f2", id: sectionStartId(headingId) });
  if (!first) {
    const dash = span({ text: "-", alignment: "center", id: groupEndId(headingId) });
    return [{ id: headingId, rows: [heading, dash], opensSection: true }];
  }
  return rhks.map(({ rhk, id }, i) => {
    const rows = rhkRows(columns, rhk, i + 1, id, i > 0);
    return { id, rows: i === 0 ? [heading, ...rows] : rows, opensSection: i === 0 };
  });
}

/** How many groups renderKeepingGroups may have to move: one per RHK and one per empty section. */
export function rhkGroupCount(rhk: readonly unknown[]): number {
  return rhk.length + 2;
}

/**
 * Column names (and the title) repeat on every page; rows never split. A group in `moved` starts a new table on a
 * new page so that an RHK and its IKIs stay together.
 */
export function rhkTables<I, R extends GroupedRhk<I>>(spec: RhkTableSpec<I, R>, moved: ReadonlySet<number>): Content[] {
  const { columns, title } = spec;
  const header = (): TableCell[][] => [
    ...(title ? [[headerCell(title, { colSpan: columns.length }), ...columns.slice(1).map(() => covered())]] : []),
    columns.map((c) => headerCell(c.header)),
    columns.map((_c, i): TableCell => ({ text: `(${i + 1})`, alignment: "center", fontSize: 7 })),
  ];
  const chunks: Group[][] = [[]];
  for (const group of [...sectionGroups(spec, "utama"), ...sectionGroups(spec, "tambahan")]) {
    if (moved.has(group.id)) {
      chunks.push([]);
    }
    chunks[chunks.length - 1]?.push(group);
  }
  return chunks.flatMap((groups, i): Content[] => {
    if (groups.length === 0) {
      return [];
    }
    const body = [...header(), ...groups.flatMap((g) => g.rows)];
    return [
      {
        pageBreak: i > 0 ? "before" : undefined,
        table: {
          widths: columns.map((c) => c.width),
          headerRows: title ? 3 : 2,
          // Keeps a section heading with the header; on a rowSpan row pdfmake would miscompute the span's height.
          keepWithHeaderRows: groups[0]?.opensSection ? 1 : 0,
          dontBreakRows: true,
          body,
        },
        layout: gridLayout,
        // A cut table is followed by a page break: a bottom margin that does not fit would add a blank page.
        margin: [0, 0, 0, i < chunks.length - 1 ? 0 : 10],
      },
    ];
  });
}

const skpSections: Record<RhkKind, string> = { utama: "A. UTAMA", tambahan: "B. TAMBAHAN" };

/** How many groups the SKP's HASIL KERJA may move. */
export function hasilKerjaGroupCount(skp: SkpDetail): number {
  return rhkGroupCount(skp.rhk);
}

/** HASIL KERJA of the SKP form (REGULATIONS.md §6.1-6.2). */
export function hasilKerjaTables(skp: SkpDetail, moved: ReadonlySet<number>): Content[] {
  return rhkTables({ title: "HASIL KERJA", columns: columnsFor(skp), rhk: skp.rhk, sectionLabels: skpSections }, moved);
}
