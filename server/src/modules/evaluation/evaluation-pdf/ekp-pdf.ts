import { capaianLabels, predikatLabels } from "@simkin/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { rhkGroupCount, rhkTables } from "../../skp/pdf/hasil-kerja";
import type { Column } from "../../skp/pdf/hasil-kerja-columns";
import { renderKeepingGroups } from "../../skp/pdf/keep-together";
import { approachTitle, aspekLabel, orDash, periodLine, perspektifLabel, targetText } from "../../skp/pdf/pdf-format";
import {
  covered,
  documentFrame,
  gridLayout,
  headerCell,
  identityBlock,
  sectionTitle,
  signatureBlock,
  titleBlock,
} from "../../skp/pdf/pdf-parts";
import {
  type EvaluatedIki,
  type EvaluatedRhk,
  type EvaluationPrint,
  labelValueTable,
  printedEvaluation,
  ratingText,
} from "./evaluation-print";
import { kurvaBlock } from "./kurva";

type EvalColumn = Column<EvaluatedRhk, EvaluatedIki>;
const SMALL = 7.5;

const no: EvalColumn = { header: "NO", width: 16, scope: "rhk", centred: true, cell: (_r, _i, n) => String(n) };
const parent: EvalColumn = {
  header: "RHK PIMPINAN YANG DIINTERVENSI",
  width: 64,
  scope: "rhk",
  cell: (rhk) => orDash(rhk.externalParent?.text ?? rhk.parentRhkText),
};
const rhkText = (width: number): EvalColumn => ({ header: "RHK", width, scope: "rhk", cell: (rhk) => rhk.text });
const aspek: EvalColumn = {
  header: "ASPEK",
  width: 38,
  scope: "iki",
  cell: (_r, iki) => aspekLabel(iki?.aspek ?? null),
};
const iki: EvalColumn = { header: "IKI", width: "*", scope: "iki", cell: (_r, i) => orDash(i?.indicator) };
const target: EvalColumn = {
  header: "TARGET",
  width: 42,
  scope: "iki",
  cell: (_r, i) => (i ? targetText(i) : "-"),
};
const perspektif: EvalColumn = {
  header: "PERSPEKTIF",
  width: 56,
  scope: "rhk",
  cell: (rhk) => perspektifLabel(rhk.perspektif),
};
// Kuantitatif realises each IKI; kualitatif writes one narrative per RHK (REGULATIONS.md §2.2), IKI notes under it.
const realisasi = (kuantitatif: boolean, width: number): EvalColumn =>
  kuantitatif
    ? {
        header: "REALISASI BERDASARKAN BUKTI DUKUNG",
        width,
        scope: "iki",
        cell: (rhk, i) => orDash(i?.realisation || (rhk.ikis.length <= 1 ? rhk.realisation : "")),
      }
    : {
        header: "REALISASI BERDASARKAN BUKTI DUKUNG",
        width,
        scope: "rhk",
        cell: (rhk) => {
          const notes = rhk.ikis.filter((i) => i.realisation.trim()).map((i) => `• ${i.indicator}: ${i.realisation}`);
          return orDash([rhk.realisation.trim(), ...notes].filter(Boolean).join("\n"));
        },
      };
const umpanBalik = (width: number): EvalColumn => ({
  header: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
  width,
  scope: "rhk",
  cell: (rhk) => orDash(rhk.feedback),
});

/** HASIL KERJA columns (1)-(8) for JA/JF, (1)-(7) for JPT (REGULATIONS.md §6.4). */
export function evaluationColumns(print: Pick<EvaluationPrint, "model" | "approach">): EvalColumn[] {
  const kuantitatif = print.approach === "kuantitatif";
  if (print.model === "jpt") {
    return [no, rhkText(90), iki, target, perspektif, realisasi(kuantitatif, 72), umpanBalik(84)];
  }
  return [no, parent, rhkText(66), aspek, iki, target, realisasi(kuantitatif, 62), umpanBalik(78)];
}

const sections = { utama: "A. UTAMA", tambahan: "B. TAMBAHAN" } as const;

function behaviourTable(print: EvaluationPrint): Content {
  const rows: TableCell[][] = print.behaviours.map((b, i) => [
    { text: String(i + 1), alignment: "center" },
    {
      stack: [
        { text: b.name, bold: true },
        { ul: [...b.indicators], markerColor: "#333333" },
      ],
    },
    { text: b.expectation?.trim() || "-" },
    { text: orDash(b.feedback) },
  ]);
  return {
    table: {
      widths: [16, "*", 120, 130],
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body: [
        [headerCell("PERILAKU KERJA", { colSpan: 4 }), covered(), covered(), covered()],
        [
          headerCell("NO"),
          headerCell("PERILAKU KERJA DAN PANDUAN PERILAKU"),
          headerCell("EKSPEKTASI KHUSUS PIMPINAN"),
          headerCell("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"),
        ],
        ...rows,
      ],
    },
    layout: gridLayout,
    fontSize: SMALL,
    margin: [0, 0, 0, 8],
  };
}

/** Evaluasi Kinerja Pegawai (REGULATIONS.md §6.4) as an A4 PDF. */
export async function renderEkpPdf(print: EvaluationPrint): Promise<Buffer> {
  const doc = printedEvaluation(print, print.finalisedOn ?? print.signedDate);
  const capaian = print.capaian ? capaianLabels[print.capaian].toUpperCase() : "-";
  const columns = evaluationColumns(print);
  const build = (moved: ReadonlySet<number>) =>
    documentFrame(doc, `Evaluasi Kinerja Pegawai ${print.periodName} ${print.year} ${print.pegawai.name}`, [
      titleBlock(["EVALUASI KINERJA PEGAWAI", approachTitle(print.approach), `PERIODE: ${print.periodName}`], doc, [
        periodLine(print.periodStart, print.periodEnd),
      ]),
      ...identityBlock(doc),
      labelValueTable([["CAPAIAN KINERJA ORGANISASI*", capaian]]),
      sectionTitle("POLA DISTRIBUSI"),
      print.capaian ? kurvaBlock(print.capaian, print.counts) : { text: "-", margin: [0, 0, 0, 8] },
      {
        stack: rhkTables({ title: "HASIL KERJA", columns, rhk: print.rhk, sectionLabels: sections }, moved),
        fontSize: SMALL,
      },
      labelValueTable([["RATING HASIL KERJA*", ratingText(print.ratingHasilKerja)]]),
      behaviourTable(print),
      labelValueTable([
        ["RATING PERILAKU KERJA*", ratingText(print.ratingPerilaku)],
        ["PREDIKAT KINERJA PEGAWAI*", print.predikat ? predikatLabels[print.predikat].toUpperCase() : "-"],
      ]),
      signatureBlock(doc),
      {
        text: "* Capaian kinerja organisasi ditetapkan pimpinan satu tingkat di atasnya; predikat dari kuadran kinerja (PermenPANRB 6/2022).",
        fontSize: 6.5,
        italics: true,
        margin: [0, 10, 0, 0],
      },
    ]);
  return renderKeepingGroups(build, rhkGroupCount(print.rhk));
}
