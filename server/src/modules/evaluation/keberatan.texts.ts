/** The texts of the keberatan notices (issue 12), beside the module as the step texts of the other workflows. */
type Text = { title: string; body: string };

/** "TW1" → "Triwulan I"; another code is shown as it is. */
export function periodLabel(code: string, year: number): string {
  const quarter = /^TW([1-4])$/.exec(code)?.[1];
  const roman = ["I", "II", "III", "IV"][Number(quarter) - 1];
  return roman ? `Triwulan ${roman} ${year}` : `${code} ${year}`;
}

export function filedText(code: string, year: number, employee: string): Text {
  return {
    title: `Keberatan dari ${employee} menunggu keputusan Anda`,
    body: `${employee} mengajukan keberatan atas hasil evaluasi kinerja ${periodLabel(code, year)}. Mintalah penjelasan pejabat penilai dan pegawai, lalu putuskan. Keputusan Anda bersifat final.`,
  };
}

export function explanationRequestedText(code: string, year: number, employee: string): Text {
  return {
    title: `Penjelasan Anda diminta atas keberatan ${employee}`,
    body: `${employee} mengajukan keberatan atas hasil evaluasi kinerja ${periodLabel(code, year)} yang Anda tetapkan. Tuliskan penjelasan Anda untuk atasan pejabat penilai.`,
  };
}

export function explainedText(code: string, year: number, employee: string): Text {
  return {
    title: `Penjelasan pejabat penilai atas keberatan ${employee} telah masuk`,
    body: `Pejabat penilai telah menjelaskan hasil evaluasi kinerja ${periodLabel(code, year)} yang diajukan keberatan oleh ${employee}. Keberatan ini siap Anda putuskan.`,
  };
}

export function decidedText(code: string, year: number, employee: string, granted: boolean, mine: boolean): Text {
  const outcome = granted ? "dikabulkan" : "ditolak";
  return mine
    ? {
        title: `Keberatan Anda ${outcome}`,
        body: `Keberatan Anda atas hasil evaluasi kinerja ${periodLabel(code, year)} telah diputus: ${outcome}. Keputusan ini final dan hasil evaluasi kini terkunci.`,
      }
    : {
        title: `Keberatan ${employee} telah diputus: ${outcome}`,
        body: `Keberatan ${employee} atas hasil evaluasi kinerja ${periodLabel(code, year)} telah diputus: ${outcome}. Hasil evaluasi kini terkunci.`,
      };
}
