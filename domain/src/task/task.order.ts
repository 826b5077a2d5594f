import type { Task, TaskKind } from "./task.schema";

const DAY_MS = 86_400_000;

/** How a task's badge reads: overdue (N days late), due (N days left), or waiting (N days since). */
export type Urgency =
  | { state: "overdue"; days: number }
  | { state: "due"; days: number }
  | { state: "waiting"; days: number }
  | { state: "none" };

/** Whole days between two instants, rounded down, never negative. */
const daysBetween = (from: number, to: number) => Math.max(0, Math.floor((to - from) / DAY_MS));

/** The urgency of a task at `now`: a passed deadline is overdue; a deadline ahead counts the days left. */
export function taskUrgency(task: Pick<Task, "deadline" | "since">, now: Date): Urgency {
  const at = now.getTime();
  if (task.deadline !== null) {
    const due = Date.parse(task.deadline);
    return due < at ? { state: "overdue", days: daysBetween(due, at) } : { state: "due", days: daysBetween(at, due) };
  }
  return task.since !== null ? { state: "waiting", days: daysBetween(Date.parse(task.since), at) } : { state: "none" };
}

/** Among tasks of equal urgency, what blocks others first (a block, then the rater's answers), then the rest. */
const kindRank: Record<TaskKind, number> = {
  skp_blocked: 0,
  skp_returned: 1,
  report_revision: 2,
  skp_approve: 3,
  report_answer: 4,
  skp_review: 5,
  skp_create: 6,
  skp_draft: 7,
  report_write: 8,
  follow_up_due: 9,
  coaching_evaluate: 10,
  coaching_feedback: 11,
  feedback_ack: 12,
  reports_missing: 13,
  skp_missing: 14,
  import_failed: 15,
  skp_waiting: 16,
  skp_in_review: 17,
  evaluation_rate: 18,
  evaluation_ack: 19,
  capaian_missing: 20,
  keberatan_decide: 21,
  keberatan_record: 22,
  keberatan_explain: 23,
  keberatan_waiting: 24,
  evaluation_scan_missing: 25,
  penetapan_scan_missing: 26,
};

/** 0: overdue, 1: with a deadline ahead, 2: waiting (no deadline), 3: neither. */
function band(task: Pick<Task, "deadline" | "since">, now: Date): number {
  if (task.deadline !== null) {
    return Date.parse(task.deadline) < now.getTime() ? 0 : 1;
  }
  return task.since !== null ? 2 : 3;
}

/**
 * Most urgent first (issue 11): overdue tasks (the oldest deadline first), then by deadline, then by waiting time
 * (the longest wait first), then tasks with neither; ties by kind, then by key, so the order is stable.
 */
export function orderTasks<T extends Pick<Task, "deadline" | "since" | "kind" | "key">>(
  tasks: readonly T[],
  now: Date,
) {
  const time = (t: T) => Date.parse(t.deadline ?? t.since ?? "") || 0;
  return [...tasks].sort(
    (a, b) =>
      band(a, now) - band(b, now) ||
      time(a) - time(b) ||
      kindRank[a.kind] - kindRank[b.kind] ||
      a.key.localeCompare(b.key),
  );
}

/** The navigation item a task's count shows on (the list the task belongs to). */
export const taskNavItem: Record<TaskKind, string> = {
  skp_create: "/skp",
  skp_draft: "/skp",
  skp_returned: "/skp",
  skp_waiting: "/skp",
  skp_blocked: "/skp",
  report_write: "/reports",
  report_revision: "/reports",
  feedback_ack: "/reports",
  coaching_feedback: "/team/dialogues",
  skp_approve: "/team/skp",
  skp_in_review: "/team/skp",
  report_answer: "/team/reports",
  coaching_evaluate: "/team/dialogues",
  follow_up_due: "/team/dialogues",
  skp_review: "/admin/skp-review",
  reports_missing: "/team/compliance",
  skp_missing: "/team/compliance",
  import_failed: "/admin/import",
  evaluation_rate: "/team/evaluations",
  evaluation_ack: "/evaluations",
  capaian_missing: "/evaluation/capaian",
  keberatan_waiting: "/keberatan",
  keberatan_explain: "/keberatan",
  keberatan_decide: "/keberatan",
  keberatan_record: "/keberatan",
  evaluation_scan_missing: "/team/evaluations",
  penetapan_scan_missing: "/evaluation/kurva",
};

/** Tasks that only inform (the person waits on someone else) and so add nothing to a navigation count. */
export const isWaitingOnly = (kind: TaskKind) =>
  kind === "skp_waiting" || kind === "skp_in_review" || kind === "keberatan_waiting";

/**
 * Filing the signed paper (decision 0063) is archive work shown on the home page only: a rater's count of past results
 * without a scan would otherwise drown the rating badge of the list it shares.
 */
const isHomeOnly = (kind: TaskKind) => kind === "evaluation_scan_missing" || kind === "penetapan_scan_missing";

/** The count per navigation item: what the person must act on, each count task weighing its count. */
export function navCounts(tasks: readonly Pick<Task, "kind" | "count">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const task of tasks) {
    if (!isWaitingOnly(task.kind) && !isHomeOnly(task.kind)) {
      const item = taskNavItem[task.kind];
      counts[item] = (counts[item] ?? 0) + task.count;
    }
  }
  return counts;
}
