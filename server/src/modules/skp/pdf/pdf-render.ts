import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")), "fonts/Roboto");
let configured = false;

// pdfmake keeps fonts and access policies on one process-wide instance, so configure it once per thread.
function configure(): void {
  if (configured) {
    return;
  }
  pdfmake.setFonts({
    Roboto: {
      normal: `${fontDir}/Roboto-Regular.ttf`,
      bold: `${fontDir}/Roboto-Medium.ttf`,
      italics: `${fontDir}/Roboto-Italic.ttf`,
      bolditalics: `${fontDir}/Roboto-MediumItalic.ttf`,
    },
  });
  // Documents never load remote resources; only the bundled fonts may be read from disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(fontDir));
  configured = true;
}

/** Lays out and renders in the calling thread: synchronous CPU work, so only the PDF worker calls it. */
export async function renderInThisThread(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(doc).getBuffer();
}
