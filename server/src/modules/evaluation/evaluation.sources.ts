import type { Db } from "../../db";

/**
 * What the monthly reports of the period give the evaluation (issue 12): the reports themselves (submitted or
 * answered: a draft is the employee's unfinished work), their realisations, the rater's feedback per RHK and per
 * BerAKHLAK value, and the bukti dukung. Read-only; the report module owns these tables.
 */
export async function periodReports(db: Db, skpId: string, upToMonth: number) {
  return db
    .selectFrom("monthly_report")
    .select(["id", "month", "status"])
    .where("skp_id", "=", skpId)
    .where("month", "<=", upToMonth)
    .where("status", "!=", "draft")
    .orderBy("month")
    .execute();
}

export async function reportSources(db: Db, reportIds: readonly string[]) {
  if (reportIds.length === 0) {
    return { realisations: [], feedback: [], behaviour: [], evidence: [] };
  }
  const ids = [...reportIds];
  const [realisations, feedback, behaviour, evidence] = await Promise.all([
    db.selectFrom("report_realisation").selectAll().where("report_id", "in", ids).execute(),
    db.selectFrom("report_feedback").selectAll().where("report_id", "in", ids).execute(),
    db.selectFrom("report_behaviour_feedback").selectAll().where("report_id", "in", ids).execute(),
    db
      .selectFrom("evidence")
      .select(["id", "report_id", "rhk_id", "kind", "name", "url"])
      .where("report_id", "in", ids)
      .orderBy("id")
      .execute(),
  ]);
  return { realisations, feedback, behaviour, evidence };
}
