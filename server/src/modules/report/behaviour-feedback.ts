import type { ReportBehaviour } from "@simkin/domain";
import type { Db } from "../../db";
import { valuesOf } from "../skp/berakhlak.repo";
import type { SkpRow } from "../skp/skp.repo";
import * as skps from "../skp/skp.repo";
import * as reports from "./report.repo";

/**
 * The SKP's BerAKHLAK values (its master version), each with the rater's ekspektasi khusus and this month's umpan
 * balik berkelanjutan on it (REGULATIONS.md §2.3, §6.4; issue 9 rule 10). Rows are keyed by value code, so the
 * evaluation can gather a period's feedback per value from report_behaviour_feedback.
 */
export async function behavioursOf(db: Db, skp: SkpRow, reportId: string): Promise<ReportBehaviour[]> {
  const values = await valuesOf(db, skp.behaviour_set);
  const expectations = await skps.loadExpectations(db, skp.id);
  const rows = await reports.behaviourFeedbackFor(db, reportId);
  const feedback = new Map(rows.map((r) => [r.value_code, r.text]));
  return values.map((value) => ({
    code: value.code,
    name: value.name,
    expectation: expectations.get(value.code)?.trim() || null,
    feedback: feedback.get(value.code) ?? "",
  }));
}
