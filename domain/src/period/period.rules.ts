import { RuleViolation } from "../rule-violation";
import type { Cadence, EvaluationPeriod } from "./period.schema";

/** The performance year runs 1 January - 31 December (PermenPANRB 6/2022; REGULATIONS.md §2.2). */
export function yearBounds(year: number): { start: string; end: string } {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Default SKP deadline: "paling lambat akhir Januari" ([UNCONFIRMED], configurable; REGULATIONS.md §2.2). */
export function defaultSkpDeadline(year: number): string {
  return `${year}-01-31`;
}

const romanQuarters = ["I", "II", "III", "IV"] as const;
const monthNames = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

export function monthName(month: number): string {
  return monthNames[month - 1] ?? String(month);
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A run of whole months as one evaluation period; the last period of every cadence is the annual one. */
function span(year: number, code: string, label: string, firstMonth: number, lastMonth: number, isAnnual: boolean) {
  return {
    code,
    label: isAnnual ? `${label} (Akhir)` : label,
    start: `${year}-${String(firstMonth).padStart(2, "0")}-01`,
    end: lastDayOfMonth(year, lastMonth),
    isAnnual,
  };
}

const romanHalves = ["I", "II"] as const;

/**
 * The evaluation periods of a year (REGULATIONS.md §2.4, §5). Each cadence splits the year into equal runs of months:
 * Triwulan IV ("IV-AKHIR"), Semester II, December or the single annual period is also the annual evaluation.
 */
export function evaluationPeriods(year: number, cadence: Cadence): EvaluationPeriod[] {
  switch (cadence) {
    case "triwulan":
      return romanQuarters.map((roman, i) =>
        span(year, `TW${i + 1}`, `Triwulan ${roman}`, i * 3 + 1, i * 3 + 3, i === 3),
      );
    case "semester":
      return romanHalves.map((roman, i) => span(year, `S${i + 1}`, `Semester ${roman}`, i * 6 + 1, i * 6 + 6, i === 1));
    case "tahunan":
      return [span(year, "TH", "Tahunan", 1, 12, true)];
    case "bulanan":
      return monthNames.map((name, i) =>
        span(year, `B${String(i + 1).padStart(2, "0")}`, name, i + 1, i + 1, i === 11),
      );
  }
}

/**
 * The SKP period for a placement within a year: the whole year, or shorter for someone appointed or moved mid-year
 * ("1 Juni s/d 31 Desember"; REGULATIONS.md §2.2). Refused when the placement does not touch the year.
 */
export function skpPeriodFor(
  year: number,
  placement: { startDate: string; endDate: string | null },
): { start: string; end: string } {
  const bounds = yearBounds(year);
  const start = placement.startDate > bounds.start ? placement.startDate : bounds.start;
  const end = placement.endDate !== null && placement.endDate < bounds.end ? placement.endDate : bounds.end;
  if (start > end) {
    throw new RuleViolation(
      "skp_outside_period",
      `Penempatan jabatan ini tidak berada dalam tahun kinerja ${year}`,
      { year, ...placement },
      "year",
    );
  }
  return { start, end };
}
