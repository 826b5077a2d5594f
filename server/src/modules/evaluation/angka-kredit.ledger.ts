import {
  AK_JENJANG,
  type AkDasar,
  type AkJenjang,
  type AkJenjangRow,
  type AkLedgerYear,
  type AkYearResult,
  type AnnualPart,
  akLedger,
  angkaKreditNeeds,
  annualPredikat,
  evaluationPeriods,
  type JenjangSpan,
  jenjangSpans,
  seatPredikat,
} from "@simkin/domain";
import type { Db } from "../../db";
import * as ak from "./angka-kredit.repo";
import { settingsForYears } from "./evaluation-setting.repo";
import * as ranks from "./rank-history.repo";

/** How far back a ledger without an AK dasar reaches: the years SIMKIN can have evaluated. */
const EARLIEST_YEAR = 2020;
const MAX_YEARS = 10;

export type Ledger = {
  fungsional: boolean;
  jenjang: AkJenjang | null;
  seat: { positionName: string; unitName: string } | null;
  dasar: AkDasar | null;
  years: AkLedgerYear[];
  total: number;
  needs: ReturnType<typeof angkaKreditNeeds> | null;
};

/**
 * The angka kredit of several employees, computed on read (never stale) with a few batched queries: their jenjang
 * spans (the recorded history, else their definitif fungsional placements), AK dasar, SKPs and finalised
 * evaluations, the years' settings and the master data.
 */
export async function ledgersOf(db: Db, employeeIds: readonly string[], today: string): Promise<Map<string, Ledger>> {
  const currentYear = Number(today.slice(0, 4));
  const [history, placements, balances, seats, master] = await Promise.all([
    ranks.jenjangOf(db, employeeIds),
    ak.fungsionalPlacements(db, employeeIds),
    ak.balancesOf(db, employeeIds),
    ak.seatsToday(db, employeeIds, today),
    ak.masterRows(db),
  ]);
  const masterByJenjang: Record<AkJenjang, AkJenjangRow> = { ...AK_JENJANG };
  for (const row of master) {
    masterByJenjang[row.jenjang] = row;
  }
  const spansOf = new Map<string, JenjangSpan[]>();
  for (const id of employeeIds) {
    const recorded = jenjangSpans(history.filter((h) => h.employeeId === id));
    spansOf.set(id, recorded.length > 0 ? recorded : placements.filter((p) => p.employeeId === id));
  }
  const fromOf = (id: string) => {
    const dasar = balances.get(id);
    if (dasar) {
      return dasar.startYear;
    }
    const first = Math.min(...(spansOf.get(id) ?? []).map((s) => Number(s.from.slice(0, 4))));
    return Math.max(Number.isFinite(first) ? first : currentYear, EARLIEST_YEAR, currentYear - MAX_YEARS + 1);
  };
  const fromYear = Math.min(currentYear, ...employeeIds.map(fromOf));
  const years = Array.from({ length: Math.max(0, currentYear - fromYear + 1) }, (_, i) => fromYear + i);
  const [skps, evaluations, settings, cadences] = await Promise.all([
    ak.skpsOf(db, employeeIds, fromYear, currentYear),
    ak.finalisedEvaluations(db, employeeIds, fromYear, currentYear),
    settingsForYears(db, years),
    ak.cadencesOf(db, fromYear, currentYear),
  ]);

  const resultOf =
    (employeeId: string) =>
    (year: number): AkYearResult => {
      const periods = evaluationPeriods(year, cadences.get(year) ?? "triwulan");
      const parts: AnnualPart[] = skps
        .filter((s) => s.employee_id === employeeId && s.year === year)
        .map((s) => {
          const own = evaluations
            .filter((e) => e.employee_id === employeeId && e.year === year && e.position_id === s.position_id)
            .map((e) => ({ periodCode: e.period_code, predikat: e.predikat }));
          return {
            skpId: s.id,
            periodStart: s.period_start,
            periodEnd: s.period_end,
            predikat: seatPredikat(own, periods, s.period_end),
          };
        });
      const annualRule = settings.get(year)?.annualRule ?? "longest";
      return { predikat: annualPredikat(parts, annualRule)?.predikat ?? null, skpCount: parts.length, annualRule };
    };

  const ledgers = new Map<string, Ledger>();
  for (const id of employeeIds) {
    const spans = spansOf.get(id) ?? [];
    const dasar = balances.get(id) ?? null;
    const seat = seats.get(id);
    const openSpan = spans.find((s) => s.from <= today && (s.to === null || s.to >= today));
    const jenjang = seat?.jenjang ?? openSpan?.jenjang ?? null;
    const fungsional = spans.length > 0 || dasar !== null || jenjang !== null;
    const yearsOf = fungsional
      ? akLedger({
          fromYear: fromOf(id),
          toYear: currentYear,
          spans,
          dasar: dasar?.amount ?? 0,
          resultOf: resultOf(id),
          master: masterByJenjang,
        })
      : [];
    const total = yearsOf.at(-1)?.total ?? dasar?.amount ?? 0;
    ledgers.set(id, {
      fungsional,
      jenjang,
      seat: seat ? { positionName: seat.positionName, unitName: seat.unitName } : null,
      dasar,
      years: yearsOf,
      total,
      needs: jenjang ? angkaKreditNeeds(jenjang, total, masterByJenjang[jenjang]) : null,
    });
  }
  return ledgers;
}
