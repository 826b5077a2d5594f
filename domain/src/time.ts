/** Offices run on WIB (UTC+7, no daylight saving): "today" for deadlines and rater resolution is the WIB date. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

export function wibDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
