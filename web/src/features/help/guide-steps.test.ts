import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PerformanceYear } from "@simkin/domain";
import { catalog } from "../../i18n/catalog";
import { currentReportDue, currentSkpDeadline, guides, holidayYearsFor } from "./guide-steps";
import { guideScreens, personas } from "./persona";

const year = (y: number, over: Partial<PerformanceYear> = {}): PerformanceYear => ({
  id: `y${y}`,
  year: y,
  status: "open",
  skpDeadline: `${y}-01-31`,
  cadence: "triwulan",
  reportDueDay: 5,
  version: 1,
  skpReview: "required",
  reportDueShift: "next_working_day",
  ...over,
});
const none = new Set<string>();

describe("Panduan steps", () => {
  it("gives every persona the year's steps and the month's, each step once", () => {
    const ids = new Set<string>();
    for (const persona of personas) {
      assert.ok(guides[persona].year.length >= 3, persona);
      assert.ok(guides[persona].month.length >= 3, persona);
      for (const step of [...guides[persona].year, ...guides[persona].month]) {
        assert.ok(!ids.has(step.id), step.id);
        ids.add(step.id);
      }
    }
  });

  it("links every step to a screen SIMKIN has, named by its navigation label in both languages", () => {
    for (const persona of personas) {
      for (const step of [...guides[persona].year, ...guides[persona].month]) {
        const path = step.link.split("?")[0];
        assert.ok(
          guideScreens.some((screen) => screen === path),
          step.link,
        );
        assert.ok(catalog.id[step.screen] && catalog.en[step.screen], step.screen);
        assert.ok(catalog.id[`guide.step.${step.id}.title`] && catalog.en[`guide.step.${step.id}.text`], step.id);
      }
    }
  });

  it("puts the pegawai's SKP before the year's reports, and the rater's own SKP before approving others", () => {
    assert.deepEqual(
      guides.pegawai.year.map((s) => s.link),
      ["/profile", "/skp", "/skp", "/evaluations"],
    );
    assert.equal(guides.pegawai.month[0]?.deadline, "report");
    const rater = guides.atasan.year.map((s) => s.id);
    assert.ok(rater.indexOf("atasan.ownSkp") < rater.indexOf("atasan.approve"));
    assert.equal(guides.pengelola.year[0]?.link, "/admin/years", "the year is opened before anything else");
  });
});

describe("Panduan deadlines from the performance calendar", () => {
  it("reads the SKP deadline of this year as the pengelola set it, or none before the year is opened", () => {
    assert.equal(
      currentSkpDeadline("2026-12-07", [year(2025), year(2026, { skpDeadline: "2026-02-15" })]),
      "2026-02-15",
    );
    assert.equal(currentSkpDeadline("2027-01-02", [year(2026)]), null);
  });

  it("points at last month's report until its due day has passed, then at this month's", () => {
    const years = [year(2026)];
    // 5 May 2026 is a Tuesday: April's report is due that day, May's on 5 June (a Friday).
    assert.deepEqual(currentReportDue("2026-05-04", years, none), { year: 2026, month: 4, due: "2026-05-05" });
    assert.deepEqual(currentReportDue("2026-05-05", years, none), { year: 2026, month: 4, due: "2026-05-05" });
    assert.deepEqual(currentReportDue("2026-05-06", years, none), { year: 2026, month: 5, due: "2026-06-05" });
  });

  it("uses the year's own due day and moves a due day off a weekend or holiday", () => {
    const years = [year(2026, { reportDueDay: 10 })];
    // 10 October 2026 is a Saturday: due on Monday 12 October, or on Tuesday when Monday is a holiday.
    assert.deepEqual(currentReportDue("2026-09-20", years, none), { year: 2026, month: 9, due: "2026-10-12" });
    assert.deepEqual(currentReportDue("2026-09-20", years, new Set(["2026-10-12"])), {
      year: 2026,
      month: 9,
      due: "2026-10-13",
    });
    const noShift = [year(2026, { reportDueDay: 10, reportDueShift: "none" })];
    assert.equal(currentReportDue("2026-09-20", noShift, none)?.due, "2026-10-10");
  });

  it("carries December's report into January, and January reads last year's rule for it", () => {
    // 5 December 2026 is a Saturday: November's report is due on Monday the 7th, December's on 5 January.
    assert.deepEqual(currentReportDue("2026-12-07", [year(2026)], none), { year: 2026, month: 11, due: "2026-12-07" });
    assert.deepEqual(currentReportDue("2026-12-08", [year(2026)], none), { year: 2026, month: 12, due: "2027-01-05" });
    assert.deepEqual(holidayYearsFor("2026-12-07"), [2026, 2027]);
    assert.deepEqual(holidayYearsFor("2026-06-01"), [2026]);
    const years = [year(2025, { reportDueDay: 7 }), year(2026)];
    assert.deepEqual(currentReportDue("2026-01-03", years, none), { year: 2025, month: 12, due: "2026-01-07" });
    assert.deepEqual(currentReportDue("2026-01-08", years, none), { year: 2026, month: 1, due: "2026-02-05" });
  });

  it("has no report deadline when the month's year has not been opened", () => {
    assert.equal(currentReportDue("2027-01-20", [year(2026)], none), null);
    assert.deepEqual(currentReportDue("2027-01-03", [year(2026)], none), { year: 2026, month: 12, due: "2027-01-05" });
  });
});
