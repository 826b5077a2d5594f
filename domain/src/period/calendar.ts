/**
 * Working days of a local-government office: Monday to Friday, except the national holidays and cuti bersama set
 * each year by the SKB of the Ministers of Religious Affairs, Manpower and PANRB (kept in the holiday calendar the
 * pengelola kinerja edits). Dates are WIB calendar days written YYYY-MM-DD.
 */
export type HolidaySet = ReadonlySet<string>;

const DAY_MS = 86_400_000;
/** No office closes for a whole year; the bound only keeps a broken calendar from looping for ever. */
const MAX_STEPS = 366;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string, holidays: HolidaySet): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string, holidays: HolidaySet): string {
  let day = date;
  for (let step = 0; step < MAX_STEPS && !isWorkingDay(day, holidays); step++) {
    day = addDays(day, 1);
  }
  return day;
}

/** The `count`-th working day after `date` (the date itself is not counted); `count` 0 gives the date back. */
export function addWorkingDays(date: string, count: number, holidays: HolidaySet): string {
  let day = date;
  for (let left = count, step = 0; left > 0 && step < count + MAX_STEPS; step++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) {
      left--;
    }
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`: from Tuesday to Friday of a plain week is 3. Negative when
 * `to` is before `from`, zero when they are the same day.
 */
export function workingDaysBetween(from: string, to: string, holidays: HolidaySet): number {
  if (to < from) {
    return -workingDaysBetween(to, from, holidays);
  }
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) {
      count++;
    }
  }
  return count;
}
