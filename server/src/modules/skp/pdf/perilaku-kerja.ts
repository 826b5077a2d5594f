import { berakhlakSe20of2021, type SkpDetail } from "@simkin/domain";
import type { Content, TableCell } from "pdfmake/interfaces";
import { covered, gridLayout, headerCell } from "./pdf-parts";

type Behaviour = SkpDetail["behaviours"][number];

// An SKP always carries its 7 values; the master text is only a fallback so the form never prints empty.
function behavioursOf(skp: SkpDetail): Behaviour[] {
  if (skp.behaviours.length > 0) {
    return skp.behaviours;
  }
  return berakhlakSe20of2021.map((v) => ({
    code: v.code,
    name: v.name,
    indicators: [...v.indicators],
    expectation: null,
  }));
}

function behaviourRow(behaviour: Behaviour, no: number): TableCell[] {
  return [
    { text: String(no), alignment: "center" },
    {
      stack: [
        { text: behaviour.name, bold: true, margin: [0, 0, 0, 2] },
        // pdfmake rewrites list arrays in place: give it a copy, not the caller's SKP.
        { ul: [...behaviour.indicators], markerColor: "#333333" },
      ],
    },
    {
      stack: [
        { text: "Ekspektasi Khusus Pimpinan:", bold: true, margin: [0, 0, 0, 2] },
        { text: behaviour.expectation?.trim() ?? "" },
      ],
    },
  ];
}

/** PERILAKU KERJA: the 7 BerAKHLAK values with their panduan perilaku (REGULATIONS.md §3.2, §6.1). */
export function perilakuKerjaTable(skp: SkpDetail): Content {
  return {
    table: {
      widths: [18, "*", 170],
      headerRows: 1,
      // No rowSpan here, so pdfmake can keep the first value with the title.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body: [
        [headerCell("PERILAKU KERJA", { colSpan: 3 }), covered(), covered()],
        ...behavioursOf(skp).map((b, i) => behaviourRow(b, i + 1)),
      ],
    },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  };
}
