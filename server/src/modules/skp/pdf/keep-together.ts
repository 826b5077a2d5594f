import type { Node, NodeQueries, TDocumentDefinitions } from "pdfmake/interfaces";
import { layoutPdf } from "./fonts";
import { transferable } from "./pdf-transfer";

/** Ids on the cell that opens an RHK group (NO, or the section heading) and on a cell of its last row. */
export const groupStartId = (group: number) => `rhk-${group}-start`;
export const sectionStartId = (group: number) => `rhk-${group}-section`;
export const groupEndId = (group: number) => `rhk-${group}-end`;

const startId = /^rhk-(\d+)-(start|section)$/;
const endId = /^rhk-\d+-end$/;

/** Stops a layout at the first RHK group that needs a page break of its own; rendering that layout would be wasted. */
export class GroupNeedsPageBreak extends Error {
  readonly group: number;
  constructor(group: number) {
    super(`RHK group ${group} needs a page break before it`);
    this.group = group;
  }
}

/**
 * pdfmake corrects the page of id'd nodes after moving an unbreakable row, so only id'd body cells are looked at
 * (header cells are not: each repetition of the header moves their page). Runs in the PDF worker (pdf-registry.ts).
 */
export function groupBreakFinder(moved: readonly number[]): (node: Node, queries: NodeQueries) => boolean {
  const movedGroups = new Set(moved);
  const finder = (node: Node, queries: NodeQueries) => {
    const match = startId.exec(node.id ?? "");
    const group = Number(match?.[1]);
    // A moved group that still does not fit is taller than a page: nothing more to do.
    if (!match || movedGroups.has(group)) {
      return false;
    }
    const split = queries.getNodesOnNextPage().some((n) => n.id === groupEndId(group));
    // A section heading starts no rowSpan, so pdfmake may push it to a new page by itself.
    const pushedToNewPage =
      match[2] === "start" && !queries.getPreviousNodesOnPage().some((n) => endId.test(n.id ?? ""));
    if (split || pushedToNewPage) {
      throw new GroupNeedsPageBreak(group);
    }
    return false;
  };
  return transferable(
    finder,
    "groupBreakFinder",
    [...moved].sort((a, b) => a - b),
  );
}

/**
 * pdfmake keeps rows whole but splits rowSpan groups over pages, garbles rowSpan tables on a cell-level page break,
 * and miscomputes a rowSpan's last row when the group is pushed to a new page. So the layout is retried with the
 * table cut (page break, headers repeated) before every group that would be split or pushed. Each layout runs in
 * the PDF worker pool; the documents are built here, where the builder closure lives.
 */
export async function renderKeepingGroups(
  build: (moved: ReadonlySet<number>) => TDocumentDefinitions,
  groupCount: number,
): Promise<Buffer> {
  const moved = new Set<number>();
  // Each failed layout moves one more group, so there are at most groupCount retries.
  for (let attempt = 0; attempt <= groupCount; attempt++) {
    const outcome = await layoutPdf({ ...build(moved), pageBreakBefore: groupBreakFinder([...moved]) });
    if ("pdf" in outcome) {
      return outcome.pdf;
    }
    moved.add(outcome.needsBreak);
  }
  const last = await layoutPdf(build(moved));
  if ("pdf" in last) {
    return last.pdf;
  }
  throw new Error("A document without a page-break finder asked for a page break");
}
