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
