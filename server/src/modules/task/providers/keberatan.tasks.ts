import { displayName, type Task } from "@simkin/domain";
import type { TaskContext } from "../task.registry";
import { task } from "./task.build";

/** The pending keberatan (filed or explained) joined to their evaluation and employee: few rows, by status index. */
function pending(tc: TaskContext) {
  return tc.ctx.db
    .selectFrom("keberatan")
    .innerJoin("evaluation", "evaluation.id", "keberatan.evaluation_id")
    .innerJoin("employee", "employee.id", "evaluation.employee_id")
    .select([
      "keberatan.id",
      "keberatan.status",
      "keberatan.filed_at",
      "keberatan.explained_at",
      "evaluation.id as evaluation_id",
      "evaluation.year",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
    ])
    .where("keberatan.status", "in", ["diajukan", "dijelaskan"])
    .where("evaluation.status", "!=", "locked");
}

type Row = Awaited<ReturnType<ReturnType<typeof pending>["execute"]>>[number];

const toTask = (kind: Task["kind"], r: Row, since: string | null, person: boolean) =>
  task({
    key: `${kind}:${r.id}`,
    kind,
    link: `/keberatan/${r.evaluation_id}`,
    year: r.year,
    since,
    person: person ? displayName(r.front_title, r.name, r.back_title) : null,
  });

/** The employee's own keberatan, waiting on the rater's explanation and the atasan's decision (informative). */
export async function myKeberatan(tc: TaskContext): Promise<Task[]> {
  const rows = await pending(tc)
    .where("evaluation.employee_id", "=", tc.employeeId ?? "")
    .execute();
  return rows.map((r) => toTask("keberatan_waiting", r, r.filed_at, false));
}

/** The rater of record asked for an explanation (PP 30/2019 Pasal 59(3)). */
export async function keberatanToExplain(tc: TaskContext): Promise<Task[]> {
  const rows = await pending(tc)
    .where("evaluation.rater_employee_id", "=", tc.employeeId ?? "")
    .where("keberatan.status", "=", "diajukan")
    .execute();
  return rows.map((r) => toTask("keberatan_explain", r, r.filed_at, true));
}

/** The atasan of the rater, who decides (explained or not: the atasan asks both sides). */
export async function keberatanToDecide(tc: TaskContext): Promise<Task[]> {
  const rows = await pending(tc)
    .where("evaluation.atasan_employee_id", "=", tc.employeeId ?? "")
    .where("evaluation.atasan_external", "=", 0)
    .execute();
  return rows.map((r) => toTask("keberatan_decide", r, r.explained_at ?? r.filed_at, true));
}

/** The pengelola kinerja, who records the decision of an atasan outside SIMKIN from the letter. */
export async function keberatanToRecord(tc: TaskContext): Promise<Task[]> {
  const me = tc.employeeId ?? "";
  const rows = await pending(tc)
    .where("evaluation.atasan_external", "=", 1)
    .where("evaluation.employee_id", "!=", me)
    .where((eb) =>
      eb.or([eb("evaluation.rater_employee_id", "is", null), eb("evaluation.rater_employee_id", "!=", me)]),
    )
    .execute();
  return rows.map((r) => toTask("keberatan_record", r, r.explained_at ?? r.filed_at, true));
}
