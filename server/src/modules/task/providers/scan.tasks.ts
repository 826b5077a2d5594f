import type { Task } from "@simkin/domain";
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../../db/schema";
import { periodOf } from "../../evaluation/evaluation.access";
import { placementDuring } from "../../org/placement.repo";
import type { TaskContext } from "../task.registry";
import { task } from "./task.build";

/** The scans of one kind kept for the evaluation of the outer query. */
const scanOf = (eb: ExpressionBuilder<Database, "evaluation">, kind: "scan_ekp" | "scan_dokumen") =>
  eb
    .selectFrom("evaluation_file")
    .select("evaluation_file.id")
    .where("evaluation_file.owner_type", "=", "evaluation")
    .whereRef("evaluation_file.owner_id", "=", "evaluation.id")
    .where("evaluation_file.kind", "=", kind);

/**
 * The rater's "N evaluasi belum ada pindaian bertanda tangan" (decision 0063): results they set this year or last
 * without the signed EKP (printed and signed the day the result is set), or locked without the signed Dokumen (complete
 * once the keberatan window or decision is over). The rater uploads (policy action upload_scan). One count query.
 */
export async function evaluationScansMissing(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const { db } = tc.ctx;
  const row = await db
    .selectFrom("evaluation")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.min("evaluation.finalised_at").as("since")])
    .where("evaluation.rater_employee_id", "=", tc.employeeId)
    .where("evaluation.year", ">=", tc.year - 1)
    .where("evaluation.status", "!=", "draft")
    .where((eb) =>
      eb.or([
        eb.not(eb.exists(scanOf(eb, "scan_ekp"))),
        eb.and([eb("evaluation.status", "=", "locked"), eb.not(eb.exists(scanOf(eb, "scan_dokumen")))]),
      ]),
    )
    .executeTakeFirst();
  const count = Number(row?.n ?? 0);
  if (count === 0) {
    return [];
  }
  return [
    task({
      key: `evaluation_scan_missing:${tc.year}`,
      kind: "evaluation_scan_missing",
      link: "/team/evaluations",
      year: tc.year,
      count,
      since: row?.since ?? null,
    }),
  ];
}

/**
 * The head of a unit whose finalised Format Penetapan (this year or last) has no signed scan yet: one task with the
 * count, opening the latest such form (its head signs and uploads it, decision 0060). Two indexed queries.
 */
export async function penetapanScansMissing(tc: TaskContext): Promise<Task[]> {
  if (!tc.employeeId) {
    return [];
  }
  const { db } = tc.ctx;
  const missing = db
    .selectFrom("unit_evaluation")
    .innerJoin("position", "position.leads_unit_id", "unit_evaluation.unit_id")
    .innerJoin("placement", "placement.position_id", "position.id")
    .innerJoin("org_unit", "org_unit.id", "unit_evaluation.unit_id")
    .where("placement.employee_id", "=", tc.employeeId)
    .where((eb) => placementDuring(eb, tc.date))
    .where("unit_evaluation.year", ">=", tc.year - 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("evaluation_file")
            .select("evaluation_file.id")
            .where("evaluation_file.owner_type", "=", "unit_evaluation")
            .whereRef("evaluation_file.owner_id", "=", "unit_evaluation.id"),
        ),
      ),
    );
  const count = await missing
    .select((eb) => eb.fn.count<number>("unit_evaluation.id").distinct().as("n"))
    .executeTakeFirst();
  const n = Number(count?.n ?? 0);
  const latest =
    n > 0
      ? await missing
          .select([
            "unit_evaluation.unit_id",
            "unit_evaluation.year",
            "unit_evaluation.period_code",
            "unit_evaluation.finalised_at",
            "org_unit.name",
          ])
          .orderBy("unit_evaluation.finalised_at", "desc")
          .orderBy("unit_evaluation.id", "desc")
          .limit(1)
          .executeTakeFirst()
      : undefined;
  if (!latest) {
    return [];
  }
  return [
    task({
      key: `penetapan_scan_missing:${tc.year}`,
      kind: "penetapan_scan_missing",
      link: `/evaluasi/penetapan/${latest.unit_id}/${latest.year}/${latest.period_code}`,
      year: latest.year,
      count: n,
      person: latest.name,
      note: `${(await periodOf(db, latest.year, latest.period_code))?.label ?? latest.period_code} ${latest.year}`,
      since: latest.finalised_at,
    }),
  ];
}
