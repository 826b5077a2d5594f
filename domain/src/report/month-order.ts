/** A month of the list of reports, as the year and month it covers. */
type YearMonth = { year: number; month: number };

const keyOf = (m: YearMonth) => m.year * 12 + m.month;

/**
 * The list of months in the order a person works through it (issue 11): the current month first, then the months
 * before it newest first (the ones still to finish or late), then the months still to come. `today` is the WIB date.
 */
export function monthsInWorkOrder<T extends YearMonth>(rows: readonly T[], today: string): T[] {
  const current = keyOf({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  const past = rows.filter((r) => keyOf(r) <= current).sort((a, b) => keyOf(b) - keyOf(a));
  const future = rows.filter((r) => keyOf(r) > current).sort((a, b) => keyOf(a) - keyOf(b));
  return [...past, ...future];
}

/** Whether a row is the month that `today` (WIB date) falls in: the one the list highlights. */
export function isCurrentMonth(row: YearMonth, today: string): boolean {
  return row.year === Number(today.slice(0, 4)) && row.month === Number(today.slice(5, 7));
}
