import { addDays } from "../period/calendar";
import { wibDate } from "../time";

/**
 * A PNS may object "paling lama 14 (empat belas) hari" after receiving the evaluation result (PP 30/2019 Pasal 59;
 * REGULATIONS.md §3.6). Calendar days (the text says "hari"; working days are UNCONFIRMED), configurable per office.
 */
export const KEBERATAN_DAYS = 14;

/**
 * The last day a keberatan may be filed: the day the final result was delivered (not the day it was acknowledged)
 * plus the window. That day counts until 23:59 WIB.
 */
export function keberatanDeadline(receivedOn: string, days: number = KEBERATAN_DAYS): string {
  return addDays(receivedOn, days);
}

/** Whether a keberatan may still be filed now for a result delivered at `receivedAt` (an instant). */
export function keberatanOpen(receivedAt: string, now: Date, days: number = KEBERATAN_DAYS): boolean {
  return wibDate(now) <= keberatanDeadline(wibDate(new Date(receivedAt)), days);
}
