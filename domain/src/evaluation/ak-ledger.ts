import { type AkJenjang, type AkJenjangRow, angkaKredit, annualAngkaKredit } from "./angka-kredit";
import type { AnnualRule } from "./annual-result";
import type { Predikat } from "./evaluation.enums";
import { type JenjangSpan, monthsPerJenjang } from "./rank-history";

/** The annual result of one year, as annualPredikat gave it. */
export type AkYearResult = { predikat: Predikat | null; skpCount: number; annualRule: AnnualRule };

export type AkLedgerInput = {
  fromYear: number;
  toYear: number;
  spans: readonly JenjangSpan[];
  /** The starting balance, counted before `fromYear`'s AK. */
  dasar: number;
  resultOf: (year: number) => AkYearResult;
  master: Readonly<Record<AkJenjang, AkJenjangRow>>;
};

export type AkLedgerYear = AkYearResult & {
  year: number;
  parts: { jenjang: AkJenjang; months: number; coefficient: number; ak: number | null }[];
  ak: number | null;
  total: number;
};

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * An employee's angka kredit year by year (REGULATIONS.md §4.1): each year's months per jenjang times the annual
 * predikat's percentage and the jenjang's coefficient, capped at 150% (annualAngkaKredit), added to the running
 * total from the dasar. A year without its annual predikat earns nothing yet (ak null); a year without months in a
 * fungsional jenjang earns 0.
 */
export function akLedger(input: AkLedgerInput): AkLedgerYear[] {
  const years: AkLedgerYear[] = [];
  let total = input.dasar;
  for (let year = input.fromYear; year <= input.toYear; year += 1) {
    const result = input.resultOf(year);
    const months = monthsPerJenjang(input.spans, year);
    const jenjangs = Object.keys(months) as AkJenjang[]; // keys of a Partial<Record<AkJenjang, number>>
    const { predikat } = result;
    const parts = jenjangs.map((jenjang) => {
      const coefficient = input.master[jenjang].coefficient;
      const held = months[jenjang] ?? 0;
      return {
        jenjang,
        months: held,
        coefficient,
        ak: predikat ? angkaKredit({ jenjang, predikat, months: held, coefficient }) : null,
      };
    });
    const ak = !predikat
      ? null
      : annualAngkaKredit(
          parts.map((p) => ({ jenjang: p.jenjang, predikat, months: p.months, coefficient: p.coefficient })),
        );
    total = round(total + (ak ?? 0));
    years.push({ year, ...result, parts, ak, total });
  }
  return years;
}
