import { addDays, keberatanDeadline, wibDate } from "@simkin/domain";
import type { Random } from "./people";

const HOUR_MS = 3_600_000;

export const later = (a: string, b: string) => (a > b ? a : b);
export const earlier = (a: string, b: string) => (a < b ? a : b);
export const plusHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * HOUR_MS).toISOString();

/** An instant `days` after a period's last day, at a working hour given in UTC (07:00 WIB is 00:00Z). */
export function dayAfter(periodEnd: string, days: number, hourUtc: number): string {
  return `${addDays(periodEnd, days)}T${String(hourUtc).padStart(2, "0")}:00:00.000Z`;
}

/**
 * When the kelurahan capaian are set (the Camat, two days after the period), when the Sekda's letter for the
 * kecamatan is dated and when the pengelola records it: the ratings follow them.
 */
export function capaianMoments(periodEnd: string) {
  return {
    kelurahan: dayAfter(periodEnd, 2, 2),
    letterDate: addDays(periodEnd, 3),
    kecamatan: dayAfter(periodEnd, 4, 2),
  };
}

/** The moment the keberatan window has closed: the day after the last day, 00:00 WIB (REGULATIONS.md §3.6). */
export function windowClosesAt(receivedAt: string): string {
  return `${keberatanDeadline(wibDate(new Date(receivedAt)))}T17:00:00.000Z`;
}

export type EvaluationMoments = {
  created: string;
  finalised: string | null;
  acknowledged: string | null;
  locked: string | null;
};

/**
 * An evaluation's life in the seed: started when the period is over (or when its SKP was agreed, if later), set and
 * delivered within ten days once the unit's capaian is known, mostly acknowledged within a few days, locked when the
 * window closes. What would happen after `now` has not happened: the result stays a draft, unacknowledged or open.
 */
export function momentsOf(
  r: Random,
  input: { periodEnd: string; approvedAt: string; capaianAt: string; now: string },
): EvaluationMoments {
  const created = earlier(later(dayAfter(input.periodEnd, 1, 1), input.approvedAt), input.now);
  const planned = later(
    later(dayAfter(input.periodEnd, r.int(5, 10), r.int(1, 8)), plusHours(input.approvedAt, 24)),
    plusHours(input.capaianAt, 4),
  );
  const acknowledged = r.next() < 0.88 ? plusHours(planned, r.int(2, 80)) : null;
  const finalised = planned <= input.now ? planned : null;
  const closes = finalised ? windowClosesAt(finalised) : null;
  return {
    created,
    finalised,
    acknowledged: finalised && acknowledged && acknowledged <= input.now ? acknowledged : null,
    locked: closes && closes <= input.now ? closes : null,
  };
}
