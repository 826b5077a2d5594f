// The PDF worker thread's entry (piscina). server/build.mjs emits it as dist/pdf-worker.js beside dist/main.js.
import { GroupNeedsPageBreak } from "./keep-together";
import { pdfFactories } from "./pdf-registry";
import { renderInThisThread } from "./pdf-render";
import { reviveDocument } from "./pdf-transfer";

export type PdfTask = { doc: string };
/** The rendered file, or the RHK group that needs its own page (keep-together.ts lays the document out again). */
export type PdfOutcome = { pdf: Uint8Array } | { needsBreak: number };

export async function renderTask(task: PdfTask): Promise<PdfOutcome> {
  try {
    const pdf = await renderInThisThread(reviveDocument(task.doc, pdfFactories));
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    if (error instanceof GroupNeedsPageBreak) {
      return { needsBreak: error.group };
    }
    throw error;
  }
}
