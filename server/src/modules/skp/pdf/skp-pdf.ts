import type { SkpDetail, SkpStatus } from "@simkin/domain";
import type { Content } from "pdfmake/interfaces";
import { renderPdfBuffer } from "./fonts";
import { hasilKerjaGroupCount, hasilKerjaTables } from "./hasil-kerja";
import { renderKeepingGroups } from "./keep-together";
import { approachTitle, orDash, periodLine } from "./pdf-format";
import {
  documentFrame,
  identityBlock,
  type PrintedDocument,
  type PrintSetting,
  sectionTitle,
  signatureBlock,
  titleBlock,
} from "./pdf-parts";
import { perilakuKerjaTable } from "./perilaku-kerja";

/** What an SKP or Lampiran printout needs besides the SKP itself. */
export type SkpPdfInput = PrintSetting & { skp: SkpDetail };

// The diagonal watermark is one short word so it stays readable; the page header carries the full note.
const statusMarks: Record<SkpStatus, { note: string; watermark: string } | null> = {
  draft: { note: "DRAF — BELUM DISETUJUI", watermark: "DRAF" },
  diajukan: { note: "DIAJUKAN — MENUNGGU REVIU DAN PERSETUJUAN", watermark: "DIAJUKAN" },
  direviu: { note: "DIREVIU PENGELOLA KINERJA — MENUNGGU PERSETUJUAN", watermark: "DIREVIU" },
  dikembalikan: { note: "DIKEMBALIKAN — PERLU PERBAIKAN", watermark: "DIKEMBALIKAN" },
  disetujui: null,
  diganti: { note: "DIGANTI — TIDAK BERLAKU", watermark: "DIGANTI" },
};

/** Said when the parties are not the snapshot of an approval: the officials the chart resolves on the print date. */
export const CURRENT_PARTIES_NOTE =
  "Identitas pegawai dan pejabat penilai menurut data kepegawaian pada tanggal cetak; SKP ini belum disetujui.";

/** The parties of the approval snapshot (issue 9 rule 3), or the current ones marked as such. */
function printed(input: SkpPdfInput): PrintedDocument {
  const { skp, ...setting } = input;
  const mark = statusMarks[skp.status];
  const notes = [mark?.note ?? null, skp.revision > 1 ? `Revisi ke-${skp.revision}` : null];
  return {
    ...setting,
    employee: skp.signed.employee,
    rater: skp.signed.rater,
    identityNote: skp.signed.basis === "current" ? CURRENT_PARTIES_NOTE : null,
    pageNotes: notes.filter((n): n is string => n !== null),
    watermark: mark?.watermark ?? null,
  };
}

const audience = {
  ja_jf: "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
  jpt: "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
} as const;

function year(input: SkpPdfInput): string {
  return input.skp.periodEnd.slice(0, 4);
}

/** The SKP form (REGULATIONS.md §6.1-6.2) as an A4 PDF. */
export async function renderSkpPdf(input: SkpPdfInput): Promise<Buffer> {
  const { skp } = input;
  const doc = printed(input);
  const title = `SKP ${year(input)} ${skp.employee.name}`;
  const period = periodLine(skp.periodStart, skp.periodEnd);
  const build = (moved: ReadonlySet<number>) =>
    documentFrame(doc, title, [
      titleBlock(["SASARAN KINERJA PEGAWAI", approachTitle(skp.approach), audience[skp.model]], doc, [period]),
      ...identityBlock(doc),
      ...hasilKerjaTables(skp, moved),
      perilakuKerjaTable(skp),
      signatureBlock(doc),
    ]);
  return renderKeepingGroups(build, hasilKerjaGroupCount(skp));
}

function numberedList(title: string, items: string[]): Content[] {
  // pdfmake rewrites list arrays in place: give it a copy, not the caller's SKP.
  const list: Content =
    items.length > 0 ? { ol: [...items], margin: [10, 0, 0, 0] } : { text: "-", margin: [10, 0, 0, 0] };
  return [sectionTitle(title), list];
}

/** The Lampiran SKP (REGULATIONS.md §6.3) as an A4 PDF. */
export async function renderLampiranPdf(input: SkpPdfInput): Promise<Buffer> {
  const { skp } = input;
  const doc = printed(input);
  const content: Content[] = [
    titleBlock(
      ["LAMPIRAN SASARAN KINERJA PEGAWAI", orDash(doc.employee.position).toUpperCase(), approachTitle(skp.approach)],
      doc,
      [periodLine(skp.periodStart, skp.periodEnd)],
    ),
    ...numberedList("DUKUNGAN SUMBER DAYA", skp.lampiran.dukungan_sumber_daya),
    ...numberedList("SKEMA PERTANGGUNGJAWABAN", skp.lampiran.skema_pertanggungjawaban),
    ...numberedList("KONSEKUENSI", skp.lampiran.konsekuensi),
    signatureBlock(doc),
  ];
  if (doc.identityNote) {
    content.push({ text: doc.identityNote, italics: true, fontSize: 7.5, color: "#b00020", margin: [0, 12, 0, 0] });
  }
  return renderPdfBuffer(documentFrame(doc, `Lampiran SKP ${year(input)} ${skp.employee.name}`, content));
}
