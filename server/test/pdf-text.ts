import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Writes the PDF to a file for `read` (pdftotext, pdfinfo). When the environment variable named by `keepIn` is set
 * (SKP_PDF_DIR, REPORT_PDF_DIR, FORMS_PDF_DIR), the file stays there as `<name>.pdf` for a visual check
 * (`pdftoppm -png -r 70 file.pdf page`); otherwise it goes with its temporary folder.
 */
export function withPdfFile<T>(pdf: Buffer, name: string, keepIn: string | undefined, read: (file: string) => T): T {
  const keep = keepIn ? process.env[keepIn] : undefined;
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), "simkin-pdf-"));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  try {
    return read(file);
  } finally {
    if (!keep) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The PDF's text as pdftotext reads it (see withPdfFile for keeping the file). */
export function pdfText(pdf: Buffer, name: string, keepIn?: string): string {
  return withPdfFile(pdf, name, keepIn, (file) =>
    execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );
}

/** Text with every run of white space (line breaks included) as one space, to match phrases across lines. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ");
