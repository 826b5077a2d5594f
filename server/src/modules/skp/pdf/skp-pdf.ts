import type { Content } from "pdfmake/interfaces";
import { renderPdfBuffer } from "./fonts";
import { hasilKerjaGroupCount, hasilKerjaTables } from "./hasil-kerja";
import { renderKeepingGroups } from "./keep-together";
import { approachTitle, orDash } from "./pdf-format";
import { documentFrame, identityTable, type SkpPdfInput, sectionTitle, signatureBlock, titleBlock } from "./pdf-parts";
import { perilakuKerjaTable } from "./perilaku-kerja";

export type { SkpPdfInput } from "./pdf-parts";

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
  const title = `SKP ${year(input)} ${skp.employee.name}`;
  const build = (moved: ReadonlySet<number>) =>
    documentFrame(input, title, [
      titleBlock(["SASARAN KINERJA PEGAWAI", approachTitle(skp.approach), audience[skp.model]], input),
      identityTable(skp),
      ...hasilKerjaTables(skp, moved),
      perilakuKerjaTable(skp),
      signatureBlock(input),
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
  const content: Content[] = [
    titleBlock(
      ["LAMPIRAN SASARAN KINERJA PEGAWAI", orDash(skp.employee.position).toUpperCase(), approachTitle(skp.approach)],
      input,
    ),
    ...numberedList("DUKUNGAN SUMBER DAYA", skp.lampiran.dukungan_sumber_daya),
    ...numberedList("SKEMA PERTANGGUNGJAWABAN", skp.lampiran.skema_pertanggungjawaban),
    ...numberedList("KONSEKUENSI", skp.lampiran.konsekuensi),
    signatureBlock(input),
  ];
  return renderPdfBuffer(documentFrame(input, `Lampiran SKP ${year(input)} ${skp.employee.name}`, content));
}
