import { type Evidence, type ReportStatus, wibDate } from "@simkin/domain";
import type { Content } from "pdfmake/interfaces";
import { formatDateId } from "../../skp/pdf/pdf-format";

export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: "Draf",
  diajukan: "Diajukan",
  perlu_revisi: "Perlu revisi",
  diterima: "Diterima",
};

/** An instant as its date in Palembang (WIB): "2026-04-05T17:30:00Z" is printed "6 April 2026". */
export function dateOf(instant: string): string {
  return formatDateId(wibDate(new Date(instant)));
}

const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** 1500.5 -> "1.500,5", as numbers are written in Indonesian documents. */
export function idNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its satuan, or "-" when there is no value. */
export function withUnit(value: string, unit: string | null): string {
  const parts = [value, unit ?? ""].map((p) => p.trim()).filter((p) => p !== "");
  return value.trim() === "" ? "-" : parts.join(" ");
}

/** Multi-line text as paragraphs, one per non-empty line; "-" when there is nothing. */
export function paragraphs(text: string | null): Content[] {
  const lines = (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) {
    return [{ text: "-" }];
  }
  return lines.map((line, i): Content => ({ text: line, margin: [0, 0, 0, i < lines.length - 1 ? 3 : 0] }));
}

/** "Berkas PDF" from the stored file name, "Tautan" for a link. */
export function evidenceKind(evidence: Pick<Evidence, "kind" | "name">): string {
  if (evidence.kind === "link") {
    return "Tautan";
  }
  const dot = evidence.name.lastIndexOf(".");
  return dot > 0 ? `Berkas ${evidence.name.slice(dot + 1).toUpperCase()}` : "Berkas";
}
