import { type Iki, pkTargetLabel, type Rhk, rhkTextWithAssignment, type SkpDetail } from "@simkin/domain";
import type { Size } from "pdfmake/interfaces";
import { aspekLabel, orDash, perspektifLabel, targetText } from "./pdf-format";

/** A cell's text: plain, or runs of which some are set smaller (the notes under an RHK). */
export type CellText = string | (string | { text: string; fontSize: number; italics?: boolean })[];

/** A column of a table grouped by RHK (HASIL KERJA, realisasi): per-RHK columns span the RHK's IKI rows. */
export type Column<R = Rhk, I = Iki> = {
  header: string;
  width: Size;
  scope: "rhk" | "iki";
  centred?: boolean;
  cell: (rhk: R, iki: I | null, no: number) => CellText;
};

const note = (text: string) => ({ text: `\n${text}`, fontSize: 7, italics: true });

const noColumn: Column = {
  header: "NO",
  width: 18,
  scope: "rhk",
  centred: true,
  cell: (_rhk, _iki, no) => String(no),
};
/**
 * The RHK as written; on the JPT form with "(penugasan dari ...)" after it (REGULATIONS.md §6.2, issue 9 rule 8); under
 * it the Perjanjian Kinerja targets it carries (rule 7).
 */
const rhkColumn = (width: Size, jpt: boolean): Column => ({
  header: "RENCANA HASIL KERJA",
  width,
  scope: "rhk",
  cell: (rhk) => {
    const text = jpt ? rhkTextWithAssignment(rhk) : rhk.text;
    if (rhk.pkTargets.length === 0) {
      return text;
    }
    return [text, note("Perjanjian Kinerja:"), ...rhk.pkTargets.map((t) => note(`- ${pkTargetLabel(t)}`))];
  },
});
/** The rater's RHK, or the one typed from his official SKP outside SIMKIN with where it comes from (rule 6). */
const parentColumn = (width: Size): Column => ({
  header: "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
  width,
  scope: "rhk",
  cell: (rhk) => {
    const external = rhk.externalParent;
    if (!external) {
      return orDash(rhk.parentRhkText);
    }
    return external.reference ? [external.text, note(`(${external.reference})`)] : external.text;
  },
});
const ikiColumn: Column = {
  header: "INDIKATOR KINERJA INDIVIDU",
  width: "*",
  scope: "iki",
  cell: (_rhk, iki) => orDash(iki?.indicator),
};
const targetColumn = (width: Size): Column => ({
  header: "TARGET",
  width,
  scope: "iki",
  cell: (_rhk, iki) => (iki ? targetText(iki) : "-"),
});
// Kualitatif writes the success measure and target together as narrative (REGULATIONS.md §2.2).
const narrativeColumn = (header: string): Column => ({
  header,
  width: "*",
  scope: "iki",
  cell: (_rhk, iki) => {
    if (!iki) {
      return "-";
    }
    const target = targetText(iki);
    return target === "-" ? iki.indicator : `${iki.indicator}\nTarget: ${target}`;
  },
});
const perspektifColumn: Column = {
  header: "PERSPEKTIF",
  width: 68,
  scope: "rhk",
  cell: (rhk) => perspektifLabel(rhk.perspektif),
};

/** Columns per form variant (REGULATIONS.md §6.1 for JA/JF, §6.2 for JPT). */
export function columnsFor(skp: SkpDetail): Column[] {
  const kuantitatif = skp.approach === "kuantitatif";
  if (skp.model === "jpt") {
    return kuantitatif
      ? [noColumn, rhkColumn(130, true), ikiColumn, targetColumn(70), perspektifColumn]
      : [
          noColumn,
          rhkColumn(150, true),
          narrativeColumn("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"),
          perspektifColumn,
        ];
  }
  if (!kuantitatif) {
    return [
      noColumn,
      parentColumn(125),
      rhkColumn(125, false),
      narrativeColumn("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"),
    ];
  }
  const aspekColumn: Column = {
    header: "ASPEK",
    width: 44,
    scope: "iki",
    cell: (_r, iki) => aspekLabel(iki?.aspek ?? null),
  };
  return [noColumn, parentColumn(95), rhkColumn(100, false), aspekColumn, ikiColumn, targetColumn(62)];
}
