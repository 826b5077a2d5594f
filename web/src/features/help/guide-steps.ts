import { type HolidaySet, type PerformanceYear, reportDueDate } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";
import type { GuideScreen, Persona } from "./persona";

/**
 * What a step's deadline is, read from the domain's own tables: the year's SKP deadline (period calendar, default
 * 31 January, REGULATIONS.md §2.2), the monthly report's due day (compliance/deadline.rules.ts) or the days a
 * submitted report may wait for its rater before a reminder (notification.rules.ts).
 */
export type StepDeadline = "skp" | "report" | "report_waiting";

type StepIdOf<K> = K extends `guide.step.${infer Id}.title` ? Id : never;
/** A step of the Panduan, named by its texts in guide.i18n.ts (`guide.step.<id>.title` and `.text`). */
export type StepId = StepIdOf<MessageKey>;

export type GuideStep = {
  id: StepId;
  link: GuideScreen | `${GuideScreen}?${string}`;
  /** The navigation label of the screen the link opens. */
  screen: MessageKey;
  deadline: StepDeadline | null;
};
export type PersonaGuide = { year: GuideStep[]; month: GuideStep[] };

const step = (id: StepId, link: GuideStep["link"], screen: MessageKey, deadline: StepDeadline | null = null) => ({
  id,
  link,
  screen,
  deadline,
});

/**
 * Each persona's work, in the order it is done: the year's steps (plan in January, PermenPANRB 6/2022 Pasal 5) and
 * the month's (report, feedback, dialogue). Only screens SIMKIN has; the text of each step is in guide.i18n.ts.
 */
export const guides: Record<Persona, PersonaGuide> = {
  pegawai: {
    year: [
      step("pegawai.profile", "/profile", "nav.profile"),
      step("pegawai.skpDraft", "/skp", "nav.mySkp", "skp"),
      step("pegawai.skpSubmit", "/skp", "nav.mySkp", "skp"),
      step("pegawai.evaluation", "/evaluations", "nav.myEvaluations"),
    ],
    month: [
      step("pegawai.report", "/reports", "nav.myReports", "report"),
      step("pegawai.feedback", "/reports", "nav.myReports"),
      step("pegawai.coaching", "/team/dialogues?tab=bimbingan", "nav.myDialogues"),
    ],
  },
  atasan: {
    year: [
      step("atasan.ownSkp", "/skp", "nav.mySkp", "skp"),
      step("atasan.mph", "/team/mph", "nav.mph", "skp"),
      step("atasan.approve", "/team/skp", "nav.skpApproval", "skp"),
      step("atasan.evaluate", "/team/evaluations", "nav.evaluationTeam"),
      step("atasan.keberatan", "/keberatan", "nav.keberatan"),
    ],
    month: [
      step("atasan.feedback", "/team/reports", "nav.feedback", "report_waiting"),
      step("atasan.dialogue", "/team/dialogues", "nav.dialogues"),
      step("atasan.compliance", "/team/compliance", "nav.compliance", "report"),
    ],
  },
  pimpinan: {
    year: [
      step("pimpinan.pk", "/admin/pk", "nav.pk"),
      step("pimpinan.skp", "/skp", "nav.mySkp", "skp"),
      step("pimpinan.mph", "/team/mph", "nav.mph", "skp"),
      step("pimpinan.approve", "/team/skp", "nav.skpApproval", "skp"),
      step("pimpinan.capaian", "/evaluation/capaian", "nav.capaian"),
      step("pimpinan.kurva", "/evaluation/kurva", "nav.kurva"),
    ],
    month: [
      step("pimpinan.compliance", "/team/compliance", "nav.compliance", "report"),
      step("pimpinan.feedback", "/team/reports", "nav.feedback", "report_waiting"),
      step("pimpinan.dialogue", "/team/dialogues", "nav.dialogues"),
    ],
  },
  pengelola: {
    year: [
      step("pengelola.year", "/admin/years", "nav.years", "skp"),
      step("pengelola.org", "/admin/units", "nav.units"),
      step("pengelola.import", "/admin/import", "nav.import"),
      step("pengelola.berakhlak", "/admin/berakhlak", "nav.berakhlak"),
      step("pengelola.review", "/admin/skp-review", "nav.skpReview", "skp"),
      step("pengelola.keberatan", "/keberatan", "nav.keberatan"),
    ],
    month: [
      step("pengelola.reviewMonthly", "/admin/skp-review", "nav.skpReview"),
      step("pengelola.compliance", "/team/compliance", "nav.compliance", "report"),
      step("pengelola.mutations", "/admin/employees", "nav.employees"),
    ],
  },
  admin: {
    year: [
      step("admin.accounts", "/admin/employees", "nav.employees"),
      step("admin.security", "/security", "user.security"),
      step("admin.year", "/admin/years", "nav.years"),
    ],
    month: [
      step("admin.audit", "/audit", "nav.audit"),
      step("admin.import", "/admin/import", "nav.import"),
      step("admin.notifications", "/notifications", "notifications.page.title"),
    ],
  },
};

export type ReportDue = { year: number; month: number; due: string };

function dueFor(year: number, month: number, years: readonly PerformanceYear[], holidays: HolidaySet) {
  const rule = years.find((y) => y.year === year);
  return rule
    ? {
        year,
        month,
        due: reportDueDate(year, month, { dueDay: rule.reportDueDay, shift: rule.reportDueShift }, holidays),
      }
    : null;
}

/**
 * The monthly report a person should be writing on `today` (a WIB date): last month's while its due day has not
 * passed (the 1st to the 5th by default), else this month's. Null when its year has not been opened.
 */
export function currentReportDue(today: string, years: readonly PerformanceYear[], holidays: HolidaySet) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const previous = month === 1 ? dueFor(year - 1, 12, years, holidays) : dueFor(year, month - 1, years, holidays);
  if (previous && today <= previous.due) {
    return previous;
  }
  return dueFor(year, month, years, holidays);
}

/** The years whose holidays decide the due date of `today`'s report (December's falls due in January). */
export function holidayYearsFor(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === "12" ? [year, year + 1] : [year];
}

/** The SKP deadline of `today`'s performance year, or null when that year has not been opened. */
export function currentSkpDeadline(today: string, years: readonly PerformanceYear[]): string | null {
  return years.find((y) => y.year === Number(today.slice(0, 4)))?.skpDeadline ?? null;
}
