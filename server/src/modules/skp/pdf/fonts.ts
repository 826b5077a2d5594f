import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { currentPdfPool, type RenderedPdf } from "./pdf-pool";
import { serializeDocument } from "./pdf-transfer";

/**
 * Lays out a document in the PDF worker pool (off the event loop), or takes it from the cache of identical documents.
 * A full queue answers 503 pdf_busy with Retry-After (pdf-pool.ts).
 */
export async function layoutPdf(doc: TDocumentDefinitions): Promise<RenderedPdf> {
  return currentPdfPool().render(serializeDocument(doc));
}

/** Renders a document that asks for no page breaks (no keep-together finder) in the pool. */
export async function renderPdfBuffer(doc: TDocumentDefinitions): Promise<Buffer> {
  const outcome = await layoutPdf(doc);
  if ("pdf" in outcome) {
    return outcome.pdf;
  }
  throw new Error("A document without a page-break finder asked for a page break");
}
