import { effectiveEvaluationStatus, keberatanDeadline, type Task, wibDate } from "@simkin/domain";
import { periodsOf, stateOf } from "../../evaluation/evaluation.access";
import { settingsForYear } from "../../evaluation/evaluation-setting.repo";
import type { TaskContext } from "../task.registry";
import { endOfDay, task } from "./task.build";

/**
 * The rater's "N pegawai belum dinilai (Triwulan III)" once a period has ended (issue 12 item 6): the people they rate
 * today with an approved SKP covering the last ended period of the year and no result set for it yet. One count query.
 */
export async function evaluationsToRate(tc: TaskContext): Promise<Task[]> {
  const ended = (await periodsOf(tc.ctx.db, tc.year)).filter((p) => p.end < tc.date).at(-1);
  if (!ended) {
    return [];
  }
  const ratees = await tc.ratees();
  if (ratees.length === 0) {
    return [];
  }
  const row = await tc.ctx.db
    .selectFrom("skp")
    .leftJoin("evaluation", (join) =>
      join.onRef("evaluation.skp_id", "=", "skp.id").on("evaluation.period_code", "=", ended.code),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("skp.employee_id", "in", ratees)
    .where("skp.year", "=", tc.year)
    .where("skp.status", "=", "disetujui")
    .where("skp.period_start", "<=", ended.end)
    .where("skp.period_end", ">=", ended.start)
    .where((eb) => eb.or([eb("evaluation.id", "is", null), eb("evaluation.status", "=", "draft")]))
    .executeTakeFirst();
  const count = Number(row?.n ?? 0);
  if (count === 0) {
    return [];
  }
  return [
    task({
      key: `evaluation_rate:${tc.year}-${ended.code}`,
      kind: "evaluation_rate",
      link: "/team/evaluations",
      year: tc.year,
      count,
      note: ended.label,
      since: endOfDay(ended.end),
    }),
  ];
}

/** The employee's results set and not yet answered ("hasil evaluasi menunggu tanggapan"), due by the keberatan deadline. */
export async function evaluationsToAcknowledge(tc: TaskContext): Promise<Task[]> {
  const employeeId = tc.employeeId;
  if (!employeeId) {
    return [];
  }
  const rows = await tc.ctx.db
    .selectFrom("evaluation")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .where("status", "=", "ditetapkan")
    .where("year", ">=", tc.year - 1)
    .execute();
  const tasks: Task[] = [];
  for (const row of rows) {
    const state = await stateOf(tc.ctx.db, row, tc.ctx.now);
    if (effectiveEvaluationStatus(state) !== "ditetapkan" || state.keberatan !== "none" || !row.received_at) {
      continue;
    }
    const period = (await periodsOf(tc.ctx.db, row.year)).find((p) => p.code === row.period_code);
    const { keberatanDays } = await settingsForYear(tc.ctx.db, row.year);
    const deadline = keberatanDeadline(wibDate(new Date(row.received_at)), keberatanDays);
    tasks.push(
      task({
        key: `evaluation_ack:${row.id}`,
        kind: "evaluation_ack",
        link: `/evaluations/${row.id}`,
        year: row.year,
        note: `${period?.label ?? row.period_code} ${row.year}`,
        deadline: endOfDay(deadline),
        since: row.received_at,
      }),
    );
  }
  return tasks;
}
