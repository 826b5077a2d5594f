import type { DynamicContent } from "pdfmake/interfaces";
import { groupBreakFinder } from "./keep-together";
import { gridLayout, pageFooter, pageHeader } from "./pdf-parts";
import type { Factories } from "./pdf-transfer";

/**
 * Every value a document builder tags with transferable(), by name: the worker rebuilds it from its arguments. A new
 * PDF that needs its own layout or header function adds its factory here.
 */
export const pdfFactories: Factories = {
  gridLayout: () => gridLayout,
  pageHeader: (notes: { pageNotes: string[]; watermark: string | null }): DynamicContent | undefined =>
    pageHeader(notes),
  pageFooter: (verification: { code: string; url: string }): DynamicContent => pageFooter(verification),
  groupBreakFinder: (moved: number[]) => groupBreakFinder(moved),
};
