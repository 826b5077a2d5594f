import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { navCounts, orderTasks, taskUrgency } from "./task.order";
import type { TaskKind } from "./task.schema";

const now = new Date("2026-12-07T03:00:00.000Z");
const task = (key: string, kind: TaskKind, deadline: string | null, since: string | null = null) => ({
  key,
  kind,
  deadline,
  since,
});

describe("taskUrgency", () => {
  it("a passed deadline is overdue by whole days", () => {
    assert.deepEqual(taskUrgency(task("a", "report_write", "2026-12-05T16:59:59.999Z"), now), {
      state: "overdue",
      days: 1,
    });
  });
  it("a deadline ahead counts the whole days left (0 on the last day)", () => {
    assert.deepEqual(taskUrgency(task("a", "report_write", "2027-01-05T16:59:59.999Z"), now), {
      state: "due",
      days: 29,
    });
    assert.deepEqual(taskUrgency(task("a", "report_write", "2026-12-07T16:59:59.999Z"), now), {
      state: "due",
      days: 0,
    });
  });
  it("without a deadline, counts the days waited; without either, nothing", () => {
    assert.deepEqual(taskUrgency(task("a", "report_answer", null, "2026-12-02T03:00:00.000Z"), now), {
      state: "waiting",
      days: 5,
    });
    assert.deepEqual(taskUrgency(task("a", "skp_blocked", null, null), now), { state: "none" });
  });
});

describe("orderTasks", () => {
  it("puts overdue first (oldest deadline first), then by deadline, then the longest wait, then the rest", () => {
    const tasks = [
      task("none", "skp_blocked", null),
      task("wait-short", "report_answer", null, "2026-12-06T03:00:00.000Z"),
      task("due-late", "report_write", "2027-01-05T16:59:59.999Z"),
      task("overdue-recent", "report_write", "2026-12-05T16:59:59.999Z"),
      task("wait-long", "skp_approve", null, "2026-11-01T03:00:00.000Z"),
      task("due-soon", "skp_draft", "2026-12-10T16:59:59.999Z"),
      task("overdue-old", "skp_create", "2026-01-31T16:59:59.999Z"),
    ];
    assert.deepEqual(
      orderTasks(tasks, now).map((t) => t.key),
      ["overdue-old", "overdue-recent", "due-soon", "due-late", "wait-long", "wait-short", "none"],
    );
  });
  it("breaks ties by kind (a block before the rest), then by key", () => {
    const since = "2026-12-01T03:00:00.000Z";
    const tasks = [
      task("b", "feedback_ack", null, since),
      task("a", "feedback_ack", null, since),
      task("c", "skp_blocked", null, since),
    ];
    assert.deepEqual(
      orderTasks(tasks, now).map((t) => t.key),
      ["c", "a", "b"],
    );
  });
  it("does not change the list it is given", () => {
    const tasks = [task("b", "report_write", null), task("a", "report_write", null)];
    orderTasks(tasks, now);
    assert.deepEqual(
      tasks.map((t) => t.key),
      ["b", "a"],
    );
  });
});

describe("navCounts", () => {
  it("adds each task to its list's navigation item, a count task by its count", () => {
    const counts = navCounts([
      { kind: "skp_approve", count: 1 },
      { kind: "skp_approve", count: 1 },
      { kind: "report_answer", count: 1 },
      { kind: "skp_review", count: 7 },
      { kind: "report_write", count: 1 },
    ]);
    assert.deepEqual(counts, { "/team/skp": 2, "/team/reports": 1, "/admin/skp-review": 7, "/reports": 1 });
  });
  it("adds the pengelola's two office counts (reports, SKPs) on the compliance item", () => {
    const counts = navCounts([
      { kind: "reports_missing", count: 4 },
      { kind: "skp_missing", count: 3 },
    ]);
    assert.deepEqual(counts, { "/team/compliance": 7 });
  });
  it("leaves out what only informs (an SKP waiting for the rater)", () => {
    assert.deepEqual(navCounts([{ kind: "skp_waiting", count: 1 }]), {});
  });
  it("leaves the missing signed scans on the home page only (decision 0063)", () => {
    const counts = navCounts([
      { kind: "evaluation_rate", count: 2 },
      { kind: "evaluation_scan_missing", count: 25 },
      { kind: "penetapan_scan_missing", count: 3 },
    ]);
    assert.deepEqual(counts, { "/team/evaluations": 2 });
  });
});
