import { addDays, displayName, type Task } from "@simkin/domain";
import { reportsAwaitingAnswer } from "../../report/awaiting-answer";
import { definitiveSeatsOf } from "../../skp/team.repo";
import type { TaskContext } from "../task.registry";
import { endOfDay, task } from "./task.build";

/** Follow-ups show from this many days before they fall due... */
const FOLLOW_UP_NOTICE_DAYS = 7;
/** ...until this many days after: older ones are the dialogue's history (the dialogue page still lists them). */
const FOLLOW_UP_OVERDUE_DAYS = 60;

type Named = { name: string; front_title: string | null; back_title: string | null };
const personOf = (r: Named) => displayName(r.front_title, r.name, r.back_title);

/**
 * SKPs of the people the rater rates that wait for the approval: reviewed ones, or submitted ones when the year has
 * no review step (REGULATIONS.md §6.7), and those still in the review, to know what comes; one query on
 * (employee_id, year), the SKP's unique key.
 */
export async function skpsToApprove(tc: TaskContext): Promise<Task[]> {
  const ratees = await tc.ratees();
  const pltSeats = await tc.pltSeats();
  if (ratees.length === 0 && pltSeats.length === 0) {
    return [];
  }
  const review = await tc.ctx.db
    .selectFrom("performance_year")
    .select("skp_review")
    .where("year", "=", tc.year)
    .executeTakeFirst();
  const inReview = review?.skp_review !== "off";
  const seats = await tc.actingSeats();
  // As the SKP inbox: a ratee's SKP for their own post, and the SKP made for a seat a Plt holds under the rater.
  const own = ratees.length > 0 ? await definitiveSeatsOf(tc.ctx.db, ratees, tc.date) : [];
  const pairs = new Map([...own, ...pltSeats].map((s) => [`${s.employeeId}/${s.positionId}`, s]));
  const plt = new Map(pltSeats.map((s) => [`${s.employeeId}/${s.positionId}`, s]));
  const rows = await tc.ctx.db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .select([
      "skp.id",
      "skp.employee_id",
      "skp.position_id",
      "skp.year",
      "skp.status",
      "skp.submitted_at",
      "skp.reviewed_at",
      "name",
      "front_title",
      "back_title",
    ])
    .where("skp.employee_id", "in", [...new Set([...pairs.values()].map((s) => s.employeeId))])
    .where("skp.year", "=", tc.year)
    .where("skp.status", "in", ["diajukan", "direviu"])
    .execute();
  return rows
    .filter((r) => pairs.has(`${r.employee_id}/${r.position_id}`))
    .map((r) => {
      const seat = plt.get(`${r.employee_id}/${r.position_id}`);
      return task({
        key: `skp_approve:${r.id}`,
        // Under the review step a submitted SKP first goes to the pengelola: the rater sees it, marked as in review.
        kind: inReview && r.status === "diajukan" ? "skp_in_review" : "skp_approve",
        link: `/skp/${r.id}`,
        year: r.year,
        since: r.reviewed_at ?? r.submitted_at,
        person: personOf(r),
        seat: seat ? { acting: "plt", positionName: seat.positionName } : (seats.get(r.employee_id) ?? null),
      });
    });
}

/** Submitted monthly reports waiting for the rater's feedback (REGULATIONS.md §2.3): the inbox's rule (decision 0067). */
export async function reportsToAnswer(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const seats = await tc.actingSeats();
  const rows = await reportsAwaitingAnswer(tc.ctx.db, tc.employeeId, tc.ctx.now);
  return rows.map((r) =>
    task({
      key: `report_answer:${r.id}`,
      kind: "report_answer",
      link: `/reports/${r.id}`,
      year: r.year,
      month: r.month,
      since: r.last_submitted_at,
      person: personOf(r),
      seat: seats.get(r.employee_id) ?? null,
    }),
  );
}

/** Format B.1.9: coaching sessions the rater recorded and has not yet evaluated. */
export async function coachingToEvaluate(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const rows = await tc.ctx.db
    .selectFrom("coaching_session")
    .innerJoin("employee", "employee.id", "coaching_session.employee_id")
    .select(["coaching_session.id", "date", "coaching_session.created_at", "name", "front_title", "back_title"])
    .where("coaching_session.rater_employee_id", "=", tc.employeeId)
    .where("coaching_session.evaluation_json", "is", null)
    .execute();
  return rows.map((r) =>
    task({
      key: `coaching_evaluate:${r.id}`,
      kind: "coaching_evaluate",
      link: "/team/dialogues",
      year: Number(r.date.slice(0, 4)),
      since: r.created_at,
      person: personOf(r),
    }),
  );
}

/** Follow-up actions agreed in the rater's dialogues, not done, due within a week or overdue up to 60 days. */
export async function followUpsDue(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const rows = await tc.ctx.db
    .selectFrom("dialogue_follow_up")
    .innerJoin("performance_dialogue", "performance_dialogue.id", "dialogue_follow_up.dialogue_id")
    .innerJoin("employee", "employee.id", "performance_dialogue.employee_id")
    .select(["dialogue_follow_up.id", "action", "due_date", "name", "front_title", "back_title"])
    .where("performance_dialogue.rater_employee_id", "=", tc.employeeId)
    .where("dialogue_follow_up.done_at", "is", null)
    .where("dialogue_follow_up.due_date", "<=", addDays(tc.date, FOLLOW_UP_NOTICE_DAYS))
    .where("dialogue_follow_up.due_date", ">=", addDays(tc.date, -FOLLOW_UP_OVERDUE_DAYS))
    .execute();
  return rows.map((r) =>
    task({
      key: `follow_up_due:${r.id}`,
      kind: "follow_up_due",
      link: "/team/dialogues",
      year: Number(r.due_date.slice(0, 4)),
      deadline: endOfDay(r.due_date),
      person: personOf(r),
      note: r.action,
    }),
  );
}
