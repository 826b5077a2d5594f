import type { BerakhlakValueCode, ReportBehaviour } from "@simkin/domain";
import type { Db } from "../../db";
import { valuesOf } from "../skp/berakhlak.repo";
import type { SkpRow } from "../skp/skp.repo";
import * as skps from "../skp/skp.repo";

/**
 * The SKP's BerAKHLAK values (its master version), each with the rater's ekspektasi khusus and this month's umpan
 * balik berkelanjutan on it (REGULATIONS.md §2.3, §6.4; issue 9 rule 10). Rows are keyed by value code, so the
 * evaluation can gather a period's feedback per value from report_behaviour_feedback.
 */
export async function behavioursOf(db: Db, skp: SkpRow, reportId: string): Promise<ReportBehaviour[]> {
  const values = await valuesOf(db, skp.behaviour_set);
  const expectations = await skps.loadExpectations(db, skp.id);
  const rows = await db
    .selectFrom("report_behaviour_feedback")
    .select(["value_code", "text"])
    .where("report_id", "=", reportId)
    .execute();
  const feedback = new Map(rows.map((r) => [r.value_code, r.text]));
  return values.map((value) => ({
    code: value.code,
    name: value.name,
    expectation: expectations.get(value.code)?.trim() || null,
    feedback: feedback.get(value.code) ?? "",
  }));
}

/** Saves the month's feedback per value whole; an empty text removes the value's row. */
export async function replaceBehaviourFeedback(
  db: Db,
  reportId: string,
  perValue: readonly { valueCode: BerakhlakValueCode; text: string }[],
) {
  await db.deleteFrom("report_behaviour_feedback").where("report_id", "=", reportId).execute();
  const rows = perValue
    .filter((v) => v.text !== "")
    .map((v) => ({ report_id: reportId, value_code: v.valueCode, text: v.text }));
  if (rows.length > 0) {
    await db.insertInto("report_behaviour_feedback").values(rows).execute();
  }
}
