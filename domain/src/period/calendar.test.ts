import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addDays, addWorkingDays, isWorkingDay, nextWorkingDay, weekdayOf, workingDaysBetween } from "./calendar";

/** A few real days off: Natal and its cuti bersama 2026, Tahun Baru 2027, Idulfitri 2026 with its cuti bersama. */
const holidays = new Set([
  "2026-12-24",
  "2026-12-25",
  "2027-01-01",
  "2026-03-20",
  "2026-03-21",
  "2026-03-22",
  "2026-03-23",
  "2026-03-24",
]);
const none = new Set<string>();

describe("addDays and weekdayOf", () => {
  const cases: [string, number, string][] = [
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-03-01", -1, "2026-02-28"],
  ];
  for (const [date, days, expected] of cases) {
    it(`moves ${date} by ${days} day(s) to ${expected}`, () => {
      assert.equal(addDays(date, days), expected);
    });
  }
  const weekdays: [string, number][] = [
    ["2026-01-01", 4],
    ["2026-12-05", 6],
    ["2026-12-06", 0],
    ["2027-01-05", 2],
  ];
  for (const [date, day] of weekdays) {
    it(`knows ${date} is weekday ${day}`, () => {
      assert.equal(weekdayOf(date), day);
    });
  }
});

describe("isWorkingDay", () => {
  const cases: [string, string, boolean][] = [
    ["a plain Monday", "2026-12-07", true],
    ["a plain Friday", "2026-12-04", true],
    ["a Saturday", "2026-12-05", false],
    ["a Sunday", "2026-12-06", false],
    ["a national holiday on a weekday (Natal, Friday)", "2026-12-25", false],
    ["a cuti bersama on a weekday (Thursday 24 December)", "2026-12-24", false],
    ["New Year's Day", "2027-01-01", false],
  ];
  for (const [name, date, working] of cases) {
    it(`${working ? "counts" : "does not count"} ${name}, ${date}`, () => {
      assert.equal(isWorkingDay(date, holidays), working);
    });
  }
});

describe("nextWorkingDay", () => {
  const cases: [string, string, string][] = [
    ["a working day stays itself", "2026-12-07", "2026-12-07"],
    ["a Saturday moves to Monday", "2026-12-05", "2026-12-07"],
    ["a Sunday moves to Monday", "2026-12-06", "2026-12-07"],
    ["Natal (Friday) moves over the weekend to Monday 28 December", "2026-12-25", "2026-12-28"],
    ["the cuti bersama before Natal moves past Natal and the weekend", "2026-12-24", "2026-12-28"],
    ["New Year's Day (Friday) moves over the year end to Monday 4 January", "2027-01-01", "2027-01-04"],
    ["Idulfitri 2026 with its cuti bersama moves to Wednesday 25 March", "2026-03-20", "2026-03-25"],
    ["the last day of February on a Saturday moves into March", "2026-02-28", "2026-03-02"],
    ["the last day of a month on a Sunday moves to the 1st", "2026-05-31", "2026-06-01"],
  ];
  for (const [name, date, expected] of cases) {
    it(`${name}: ${date} → ${expected}`, () => {
      assert.equal(nextWorkingDay(date, holidays), expected);
    });
  }
});

describe("addWorkingDays", () => {
  const cases: [string, string, number, Set<string>, string][] = [
    ["zero days is the day itself", "2026-12-05", 0, holidays, "2026-12-05"],
    ["one working day after Friday is Monday", "2026-12-04", 1, none, "2026-12-07"],
    ["three working days after Monday is Thursday", "2026-12-07", 3, none, "2026-12-10"],
    ["six working days across Natal and the new year", "2026-12-22", 6, holidays, "2027-01-04"],
    ["five working days without holidays", "2026-12-22", 5, none, "2026-12-29"],
    ["ten working days across February into March", "2026-02-20", 10, none, "2026-03-06"],
    ["across Idulfitri 2026", "2026-03-18", 2, holidays, "2026-03-25"],
  ];
  for (const [name, date, count, set, expected] of cases) {
    it(`${name}: ${date} + ${count} → ${expected}`, () => {
      assert.equal(addWorkingDays(date, count, set), expected);
    });
  }
});

describe("workingDaysBetween", () => {
  const cases: [string, string, string, Set<string>, number][] = [
    ["the same day", "2026-12-07", "2026-12-07", holidays, 0],
    ["Tuesday to Friday", "2026-12-08", "2026-12-11", none, 3],
    ["Friday to Monday", "2026-12-04", "2026-12-07", none, 1],
    ["over Natal and the new year", "2026-12-23", "2027-01-04", holidays, 5],
    ["over the same span without holidays", "2026-12-23", "2027-01-04", none, 8],
    ["backwards", "2026-12-11", "2026-12-08", none, -3],
  ];
  for (const [name, from, to, set, expected] of cases) {
    it(`${name}: ${from} → ${to} is ${expected}`, () => {
      assert.equal(workingDaysBetween(from, to, set), expected);
    });
  }
});
