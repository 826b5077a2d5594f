import { type EvaluationPeriod, wibDate, type YearWithPeriods, yearApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useI18n, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";

/** Cache key of the performance years; every screen with a year picker shares it. */
export const yearsKey = ["years"] as const;

export function useYears() {
  return useQuery({ queryKey: yearsKey, queryFn: () => call(yearApi.list, {}) });
}

/** This year on the WIB calendar. */
export function currentYear(): number {
  return Number(wibDate(new Date()).slice(0, 4));
}

/** The current year when it has been opened, else the newest opened year before it, else the newest of all. */
export function defaultYear(years: readonly YearWithPeriods[]): number {
  const now = currentYear();
  const sorted = [...years].map((y) => y.year).sort((a, b) => b - a);
  return sorted.find((y) => y === now) ?? sorted.find((y) => y < now) ?? sorted[0] ?? now;
}

/** The year chosen in the address (?year=2026), so a reload or a shared link keeps it; otherwise the default. */
export function useYearParam(years: readonly YearWithPeriods[]): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get("year"));
  const year = years.some((y) => y.year === fromUrl) ? fromUrl : defaultYear(years);
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          out.set("year", String(next));
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}

const romans = ["I", "II", "III", "IV"] as const;

/** "Triwulan I", "Semester II (Akhir)", "Tahunan (Akhir)", "Januari", "Desember (Akhir)" in the reader's language. */
export function usePeriodLabel() {
  const t = useT();
  const { locale } = useI18n();
  return useCallback(
    (period: EvaluationPeriod) => {
      const quarter = /^TW(\d)$/.exec(period.code);
      const half = /^S(\d)$/.exec(period.code);
      const roman = (match: RegExpExecArray) => romans[Number(match[1]) - 1] ?? match[1] ?? "";
      const base = quarter
        ? t("planning.period.quarter", { roman: roman(quarter) })
        : half
          ? t("planning.period.semester", { roman: roman(half) })
          : period.code === "TH"
            ? t("planning.period.year")
            : new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
                month: "long",
                timeZone: "Asia/Jakarta",
              }).format(new Date(`${period.start}T00:00:00+07:00`));
      return period.isAnnual ? t("planning.period.annual", { label: base }) : base;
    },
    [t, locale],
  );
}

/** A range within one year without repeating the year: "1 Januari – 31 Maret". */
export function useFormatDayMonthRange() {
  const { locale } = useI18n();
  return useCallback(
    (start: string, end: string) => {
      const format = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
        day: "numeric",
        month: "long",
        timeZone: "Asia/Jakarta",
      });
      // Non-breaking spaces keep "31 Desember" on one line when the range wraps.
      const at = (date: string) => format.format(new Date(`${date}T00:00:00+07:00`)).replace(/ /g, "\u00a0");
      return `${at(start)} – ${at(end)}`;
    },
    [locale],
  );
}
