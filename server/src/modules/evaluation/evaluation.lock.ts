import { effectiveEvaluationStatus } from "@simkin/domain";
import type { Db } from "../../db";
import * as audit from "../audit/audit.repo";
import { stateOf } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";

/**
 * Writes down the locks that time has made (issue 12 item 4): a delivered result whose keberatan window has closed
 * with none pending, or whose keberatan was decided. Reads already answer the effective status; this keeps the
 * column true for lists and documents. Safe on several processes: the update is guarded by the row's version.
 */
export async function lockDueEvaluations(db: Db, now: Date): Promise<number> {
  const delivered = await db
    .selectFrom("evaluation")
    .selectAll()
    .where("status", "in", ["ditetapkan", "diterima"])
    .where("received_at", "is not", null)
    .orderBy("received_at")
    .limit(500)
    .execute();
  let locked = 0;
  for (const row of delivered) {
    if (effectiveEvaluationStatus(await stateOf(db, row, now)) !== "locked") {
      continue;
    }
    const at = now.toISOString();
    const done = await db.transaction().execute(async (trx) => {
      if (!(await evaluations.update(trx, row.id, row.version, { status: "locked", locked_at: at }, at))) {
        return false;
      }
      await audit.record(trx, null, now, {
        action: "evaluation.locked",
        subjectType: "evaluation",
        subjectId: row.id,
        before: { status: row.status },
        after: { status: "locked", lockedAt: at },
      });
      return true;
    });
    locked += done ? 1 : 0;
  }
  return locked;
}
