import { wibDate } from "../time";
import type { Notification } from "./notification.schema";

/**
 * How long a submitted report may wait for its rater before the rater is reminded (issue 11: "a report waiting five
 * days"). No regulation sets a deadline for umpan balik (REGULATIONS.md §2: it is continuous); this is the office's.
 */
export const REPORT_WAITING_LONG_DAYS = 5;

const DAY_MS = 86_400_000;

/** Whether a report submitted at `submittedAt` (ISO instant) has waited too long at `now`; the boundary counts. */
export function waitedTooLong(submittedAt: string, now: Date): boolean {
  return now.getTime() - new Date(submittedAt).getTime() >= REPORT_WAITING_LONG_DAYS * DAY_MS;
}

export type DayGroup = { day: string; when: "today" | "yesterday" | "earlier"; items: Notification[] };

/** Splits notifications (newest first) by their WIB calendar day, as the bell and the page show them. */
export function groupByDay(items: readonly Notification[], now: Date): DayGroup[] {
  const today = wibDate(now);
  const yesterday = wibDate(new Date(now.getTime() - DAY_MS));
  const groups: DayGroup[] = [];
  for (const item of items) {
    const day = wibDate(new Date(item.createdAt));
    const last = groups.at(-1);
    if (last?.day === day) {
      last.items.push(item);
    } else {
      const when = day === today ? "today" : day === yesterday ? "yesterday" : "earlier";
      groups.push({ day, when, items: [item] });
    }
  }
  return groups;
}
