import type { Iki, Rhk, SkpDetail } from "@simkin/domain";
import type { Size } from "pdfmake/interfaces";
import { aspekLabel, orDash, perspektifLabel, targetText } from "./pdf-format";

/** A column of a table grouped by RHK (HASIL KERJA, realisasi): per-RHK columns span the RHK's IKI rows. */
export type Column<R = Rhk, I = Iki> = {
  header: string;
  width: Size;
  scope: "rhk" | "iki";
  centred?: boolean;
  cell: (rhk: R, iki: I | null, no: number) => string;
};

const noColumn: Column = {
  header: "NO",
  width: 18,
  scope: "rhk",
  centred: true,
  cell: (_rhk, _iki, no) => String(no),
};
const rhkColumn = (width: Size): Column => ({
  header: "RENCANA HASIL KERJA",
  width,
  scope: "rhk",
  cell: (rhk) => rhk.text,
});
const parentColumn = (width: Size): Column => ({
  header: "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
  width,
  scope: "rhk",
  cell: (rhk) => orDash(rhk.parentRhkText),
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
      ? [noColumn, rhkColumn(130), ikiColumn, targetColumn(70), perspektifColumn]
      : [
          noColumn,
          rhkColumn(150),
          narrativeColumn("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"),
          perspektifColumn,
        ];
  }
  if (!kuantitatif) {
    return [
      noColumn,
      parentColumn(125),
      rhkColumn(125),
      narrativeColumn("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"),
    ];
  }
  const aspekColumn: Column = {
    header: "ASPEK",
    width: 44,
    scope: "iki",
    cell: (_r, iki) => aspekLabel(iki?.aspek ?? null),
  };
  return [noColumn, parentColumn(95), rhkColumn(100), aspekColumn, ikiColumn, targetColumn(62)];
}
