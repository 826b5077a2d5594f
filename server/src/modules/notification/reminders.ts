import { displayName, monthsOf, reminderStage, reportDeadline, waitedTooLong, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { reportRaters } from "../org/report-raters";
import { reportCalendar } from "../period/holiday.repo";
import * as notifications from "./notification.repo";
import { type Notice, notifyOnce } from "./notify";
import * as reminderRows from "./reminder.repo";
import { dueSoonText, overdueText, waitingLongText } from "./reminder-texts";

export type ReminderOptions = { publicUrl: string | null };

/** A notice before its recipient is known: `to` is an employee, who is reached through their account. */
type Pending = Omit<Notice, "recipient"> & { to: string };

/**
 * Only what time alone brings (issue 11): a report due soon or overdue, and one waiting too long for its rater. What
 * a step brings (submitted, accepted, revision asked, feedback read...) is notified by the step itself, at once.
 * Scans the database and creates each due reminder once (in the app, and by e-mail when the recipient has an
 * address). Safe to run from several processes at once: every reminder is claimed by a unique key first.
 */
export async function runReminders(db: Db, now: Date, options: ReminderOptions): Promise<{ created: number }> {
  const pending = [...(await missingReports(db, now)), ...(await waitingTooLong(db, now))];
  const open = await unclaimed(db, pending);
  const recipients = await notifications.activeRecipientsOf(db, [...new Set(open.map((p) => p.to))]);
  let created = 0;
  for (const { to, ...notice } of open) {
    const recipient = recipients.get(to);
    // Without an account nobody can read it; no claim is made, so the reminder still comes once they have one.
    if (recipient && (await notifyOnce(db, now, { ...notice, recipient }, options.publicUrl))) {
      created++;
    }
  }
  return { created };
}

/** Due soon or overdue: months of approved SKPs whose report is missing or still a draft. */
async function missingReports(db: Db, now: Date): Promise<Pending[]> {
  const thisYear = Number(wibDate(now).slice(0, 4));
  // December's report is due in January, so last year's SKPs still count.
  const years = [thisYear - 1, thisYear];
  const skps = await reminderRows.approvedSkpsOf(db, years);
  const calendar = await reportCalendar(db, years);
  const reports = await reminderRows.reportsOf(db, years);
  const seen = new Set<string>();
  const pending: Pending[] = [];
  for (const skp of skps) {
    for (const month of monthsOf(skp.period_start, skp.period_end)) {
      const period = `${skp.year}-${String(month).padStart(2, "0")}`;
      const occasion = `${skp.employee_id}:${period}`;
      const deadline = reportDeadline(skp.year, month, calendar.ruleFor(skp.year), calendar.holidays);
      const stage = reminderStage(now, deadline, calendar.holidays);
      if (!stage || seen.has(occasion)) {
        continue;
      }
      seen.add(occasion);
      const mine = reports.filter((r) => r.employee_id === skp.employee_id && r.year === skp.year && r.month === month);
      if (mine.some((r) => r.status !== "draft")) {
        continue;
      }
      const draft = mine[0];
      const text =
        stage === "due_soon" ? dueSoonText(skp.year, month, deadline) : overdueText(skp.year, month, deadline);
      const kind = stage === "due_soon" ? "report_due_soon" : "report_overdue";
      pending.push({
        key: `${kind}:${occasion}`,
        to: skp.employee_id,
        kind,
        subjectId: draft?.id ?? skp.id,
        ...text,
        link: draft ? `/reports/${draft.id}` : "/reports",
      });
    }
  }
  return pending;
}

/** Reports submitted days ago and still waiting → the rater resolved for the report's month; once per submission. */
async function waitingTooLong(db: Db, now: Date): Promise<Pending[]> {
  const waiting = (await reminderRows.submittedReports(db)).filter((r) =>
    waitedTooLong(r.last_submitted_at ?? r.updated_at, now),
  );
  const raters = await reportRaters(db, waiting, now);
  const pending: Pending[] = [];
  for (const report of waiting) {
    const raterId = raters.get(report.id)?.raterId;
    if (!raterId) {
      continue;
    }
    const name = displayName(report.front_title, report.name, report.back_title);
    const submittedAt = report.last_submitted_at ?? report.updated_at;
    pending.push({
      key: `report_waiting_long:${report.id}:${submittedAt}`,
      to: raterId,
      kind: "report_waiting_long",
      subjectId: report.id,
      ...waitingLongText(report.year, report.month, name, submittedAt),
      link: `/reports/${report.id}`,
    });
  }
  return pending;
}

/** Drops reminders already claimed, so a routine run opens a transaction only for what is new. */
async function unclaimed(db: Db, pending: Pending[]): Promise<Pending[]> {
  const claimed = await notifications.claimedKeys(
    db,
    pending.map((p) => p.key),
  );
  return pending.filter((p) => !claimed.has(p.key));
}
