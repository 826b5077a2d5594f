import type { Size, TableCell } from "pdfmake/interfaces";

const CONTENT_WIDTH = 481; // A4 (595 pt) less the two 57 pt side margins
const CHAR_WIDTH = 5; // generous for 9 pt Roboto, so capitals and wrapping waste are covered
const LINE_HEIGHT = 11.5; // 9 pt at lineHeight 1.1 with Roboto's leading
const PADDING = 6;

/**
 * Estimated height a row may have and still be kept whole: a page holds about 740 pt under the running title and
 * column names; the margin covers the estimate's error. pdfmake silently drops an unbreakable row taller than a page.
 */
export const ROW_ROOM = 500;

function textOf(content: unknown): string {
  if (typeof content === "string") {
    return content;
  }
  // Text runs: { text: ["3 April 2026 ", { text: "TERLAMBAT" }] }.
  if (Array.isArray(content)) {
    return content.map(textOf).join("");
  }
  if (content !== null && typeof content === "object") {
    if ("stack" in content && Array.isArray(content.stack)) {
      return content.stack.map(textOf).join("\n");
    }
    if ("text" in content) {
      return textOf(content.text);
    }
  }
  return "";
}

/** Column widths in points, "*" sharing what the fixed columns leave. */
export function columnWidths(widths: Size[]): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === "number" ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== "number").length;
  const star = stars > 0 ? (CONTENT_WIDTH - fixed) / stars : 0;
  return widths.map((w) => (typeof w === "number" ? w : star));
}

function textHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - PADDING) / CHAR_WIDTH));
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return lines * LINE_HEIGHT + 4;
}

/** A rough, generous height of a row of text cells, a colSpan cell taking the width of the columns it covers. */
export function rowHeight(row: TableCell[], widths: number[]): number {
  const heights = row.map((cell, i) => {
    const span = typeof cell === "object" && "colSpan" in cell && typeof cell.colSpan === "number" ? cell.colSpan : 1;
    return textHeight(
      textOf(cell),
      widths.slice(i, i + span).reduce((a, b) => a + b, 0),
    );
  });
  return Math.max(0, ...heights);
}
