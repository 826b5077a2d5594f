import {
  displayName,
  monthsOf,
  type OrgChart,
  reminderStage,
  reportDeadline,
  reportRaterDate,
  resolveRaters,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { loadChartAbove } from "../org/chart-slice.repo";
import { reportCalendar } from "../period/holiday.repo";
import { type Notice, notifyOnce, type Recipient } from "./notify";
import { acceptedText, awaitingFeedbackText, dueSoonText, overdueText, revisionText } from "./reminder-texts";

export type ReminderOptions = { publicUrl: string | null };

/** A notice before its recipient is known: `to` is an employee, who is reached through their account. */
type Pending = Omit<Notice, "recipient"> & { to: string };

/**
 * Scans the database and creates each due reminder once (in the app, and by e-mail when the recipient has an
 * address). Safe to run from several processes at once: every reminder is claimed by a unique key first.
 */
export async function runReminders(db: Db, now: Date, options: ReminderOptions): Promise<{ created: number }> {
  const pending = [
    ...(await missingReports(db, now)),
    ...(await awaitingFeedback(db, now)),
    ...(await awaitingAcknowledgement(db)),
  ];
  const open = await unclaimed(db, pending);
  const recipients = await recipientsOf(db, [...new Set(open.map((p) => p.to))]);
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
  const skps = await db
    .selectFrom("skp")
    .select(["id", "employee_id", "year", "period_start", "period_end"])
    .where("status", "=", "disetujui")
    .where("year", "in", years)
    .execute();
  const calendar = await reportCalendar(db, years);
  const reports = await db
    .selectFrom("monthly_report")
    .select(["id", "employee_id", "year", "month", "status"])
    .where("year", "in", years)
    .execute();
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

/** Submitted reports → the rater resolved for the report's month; once per submission. */
async function awaitingFeedback(db: Db, now: Date): Promise<Pending[]> {
  const waiting = await db
    .selectFrom("monthly_report")
    .innerJoin("skp", "skp.id", "monthly_report.skp_id")
    .innerJoin("employee", "employee.id", "monthly_report.employee_id")
    .select([
      "monthly_report.id",
      "monthly_report.employee_id",
      "monthly_report.year",
      "monthly_report.month",
      "monthly_report.last_submitted_at",
      "monthly_report.updated_at",
      "skp.period_start",
      "skp.period_end",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
    ])
    .where("monthly_report.status", "=", "diajukan")
    .execute();
  // One slice per date, above the employees whose reports wait on it (chart-slice.repo.ts).
  const byDate = new Map<string, string[]>();
  for (const report of waiting) {
    const date = reportRaterDate(report, { start: report.period_start, end: report.period_end }, now);
    byDate.set(date, [...(byDate.get(date) ?? []), report.employee_id]);
  }
  const charts = new Map<string, OrgChart>();
  for (const [date, employeeIds] of byDate) {
    charts.set(date, await loadChartAbove(db, date, { employeeIds }));
  }
  const pending: Pending[] = [];
  for (const report of waiting) {
    const date = reportRaterDate(report, { start: report.period_start, end: report.period_end }, now);
    const chart = charts.get(date);
    const raterId = chart ? resolveRaters(chart, report.employee_id, date).rater?.employeeId : undefined;
    if (!raterId) {
      continue;
    }
    const name = displayName(report.front_title, report.name, report.back_title);
    pending.push({
      key: `report_awaiting_feedback:${report.id}:${report.last_submitted_at ?? report.updated_at}`,
      to: raterId,
      kind: "report_awaiting_feedback",
      subjectId: report.id,
      ...awaitingFeedbackText(report.year, report.month, name),
      link: `/reports/${report.id}`,
    });
  }
  return pending;
}

/** Accepted or sent back and not yet acknowledged → the employee; once per decision. */
async function awaitingAcknowledgement(db: Db): Promise<Pending[]> {
  const decided = await db
    .selectFrom("monthly_report")
    .select([
      "id",
      "employee_id",
      "year",
      "month",
      "status",
      "revision_reason",
      "last_submitted_at",
      "accepted_at",
      "updated_at",
    ])
    .where("status", "in", ["diterima", "perlu_revisi"])
    .where("acknowledged_at", "is", null)
    .execute();
  return decided.map((report) => {
    const accepted = report.status === "diterima";
    // A submission gets one decision, so a revision request is known by the submission it answered; updated_at
    // would change with every edit of the revision and remind again.
    const decision = accepted
      ? `diterima:${report.accepted_at ?? report.updated_at}`
      : `perlu_revisi:${report.last_submitted_at ?? report.updated_at}`;
    return {
      key: `feedback_awaiting_ack:${report.id}:${decision}`,
      to: report.employee_id,
      kind: "feedback_awaiting_ack" as const,
      subjectId: report.id,
      ...(accepted
        ? acceptedText(report.year, report.month)
        : revisionText(report.year, report.month, report.revision_reason)),
      link: `/reports/${report.id}`,
    };
  });
}

/** Drops reminders already claimed, so a routine run opens a transaction only for what is new. */
async function unclaimed(db: Db, pending: Pending[]): Promise<Pending[]> {
  const claimed = new Set<string>();
  for (let i = 0; i < pending.length; i += 500) {
    const keys = pending.slice(i, i + 500).map((p) => p.key);
    const rows = await db.selectFrom("reminder_claim").select("key").where("key", "in", keys).execute();
    for (const row of rows) {
      claimed.add(row.key);
    }
  }
  return pending.filter((p) => !claimed.has(p.key));
}

/** Each employee's account (the oldest, should there be several) and e-mail address. */
async function recipientsOf(db: Db, employeeIds: string[]): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  for (let i = 0; i < employeeIds.length; i += 500) {
    const rows = await db
      .selectFrom("user_account")
      .innerJoin("employee", "employee.id", "user_account.employee_id")
      .select(["user_account.id", "user_account.employee_id", "employee.email"])
      .where("user_account.employee_id", "in", employeeIds.slice(i, i + 500))
      // A deactivated account is nobody's to read; without a claim, the reminder still comes if it is reactivated.
      .where("user_account.deactivated_at", "is", null)
      .orderBy("user_account.created_at", "desc")
      .execute();
    for (const row of rows) {
      if (row.employee_id) {
        recipients.set(row.employee_id, { userId: row.id, email: row.email?.trim() || null });
      }
    }
  }
  return recipients;
}
