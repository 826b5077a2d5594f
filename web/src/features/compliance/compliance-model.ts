import { type ComplianceRow, type ComplianceUnit, reportDeadline, wibDate } from "@simkin/domain";
import { useCallback } from "react";
import { useI18n } from "../../i18n/i18n";

/** Feedback that has waited this many days or more is flagged. */
export const LONG_WAIT_DAYS = 7;

/** The usual due day (the period calendar may set another; the server judges lateness with the real one). */
const USUAL_DUE_DAY = 5;
const noHolidays: ReadonlySet<string> = new Set();

/** Submitted at least once: waiting for feedback, sent back for revision, or accepted. */
export function hasSubmitted(row: ComplianceRow): boolean {
  return (
    row.submittedAt !== null || row.status === "diajukan" || row.status === "perlu_revisi" || row.status === "diterima"
  );
}

export function isLongWait(row: ComplianceRow): boolean {
  return row.waitingFeedbackDays !== null && row.waitingFeedbackDays >= LONG_WAIT_DAYS;
}

/** The counts of a scope or a unit, as the server groups them. */
export type ComplianceCounts = Omit<ComplianceUnit, "unitId" | "unitName">;

export type UnitGroup = { unitName: string; rows: ComplianceRow[] };

/** A page's rows grouped by unit, in the order the server sorted them. */
export function groupByUnit(rows: readonly ComplianceRow[]): UnitGroup[] {
  const groups = new Map<string, ComplianceRow[]>();
  for (const row of rows) {
    groups.set(row.unitName, [...(groups.get(row.unitName) ?? []), row]);
  }
  return [...groups.entries()].map(([unitName, unitRows]) => ({ unitName, rows: unitRows }));
}

/**
 * The month shown first: the previous month, or the one before it while the previous month's report is not yet
 * due (before the 5th), so the overview opens on a month whose deadline has passed.
 */
export function defaultPeriod(now: Date): { year: number; month: number } {
  const today = wibDate(now);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let step = 0; step < 2; step++) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    if (reportDeadline(year, month, { dueDay: USUAL_DUE_DAY, shift: "none" }, noHolidays) < now.toISOString()) {
      break;
    }
  }
  return { year, month };
}

/** Month names in the reader's language: "Oktober" / "October". */
export function useMonthName() {
  const { locale } = useI18n();
  return useCallback(
    (month: number) =>
      new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { month: "long", timeZone: "UTC" }).format(
        new Date(Date.UTC(2000, month - 1, 1)),
      ),
    [locale],
  );
}
