import type { Task } from "@simkin/domain";
import { capaianToRecord, capaianToSet, type MissingCapaian } from "../../evaluation/capaian.tasks";
import type { TaskContext } from "../task.registry";
import { task } from "./task.build";

const asTask = (m: MissingCapaian): Task =>
  task({
    key: `capaian_missing:${m.unitId}:${m.year}:${m.periodCode}`,
    kind: "capaian_missing",
    link: `/evaluation/capaian?year=${m.year}&periodCode=${m.periodCode}`,
    year: m.year,
    person: m.unitName,
    note: `${m.periodLabel} ${m.year}`,
  });

/** "Capaian kelurahan X belum ditetapkan" for the Camat (and the Sekda in SIMKIN), for the last finished period. */
export async function capaianMissing(tc: TaskContext): Promise<Task[]> {
  return tc.employeeId ? (await capaianToSet(tc.ctx, tc.employeeId, tc.date)).map(asTask) : [];
}

/** The kecamatan's capaian to record from the Sekda's letter, for the pengelola of that kecamatan. */
export async function capaianToRecordTasks(tc: TaskContext): Promise<Task[]> {
  return (await capaianToRecord(tc.ctx, tc.employeeId, tc.date)).map(asTask);
}
