import type { BerakhlakValueCode } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { MonthlyReportTable } from "../../db/schema";

export type ReportRow = Selectable<MonthlyReportTable>;

export async function findById(db: Db, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom("monthly_report").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findBySkpMonth(db: Db, skpId: string, month: number): Promise<ReportRow | undefined> {
  return db
    .selectFrom("monthly_report")
    .selectAll()
    .where("skp_id", "=", skpId)
    .where("month", "=", month)
    .executeTakeFirst();
}

export async function listForSkps(db: Db, skpIds: readonly string[]): Promise<ReportRow[]> {
  if (skpIds.length === 0) {
    return [];
  }
  return db
    .selectFrom("monthly_report")
    .selectAll()
    .where("skp_id", "in", [...skpIds])
    .orderBy("month")
    .execute();
}

export function listForEmployeeYear(db: Db, employeeId: string, year: number): Promise<ReportRow[]> {
  return db
    .selectFrom("monthly_report")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .where("year", "=", year)
    .execute();
}

/**
 * The employees' submitted reports, oldest submission first, with their SKP's period (which decides the month's
 * rater) and the employee's name: what a rater's feedback inbox and home tasks start from.
 */
export function listSubmittedBy(db: Db, employeeIds: readonly string[]) {
  return db
    .selectFrom("monthly_report")
    .innerJoin("skp", "skp.id", "monthly_report.skp_id")
    .innerJoin("employee", "employee.id", "monthly_report.employee_id")
    .selectAll("monthly_report")
    .select(["skp.period_start", "skp.period_end", "employee.name", "employee.front_title", "employee.back_title"])
    .where("monthly_report.employee_id", "in", employeeIds)
    .where("monthly_report.status", "=", "diajukan")
    .orderBy("monthly_report.last_submitted_at")
    .execute();
}

export async function insert(db: Db, row: ReportRow): Promise<void> {
  await db.insertInto("monthly_report").values(row).execute();
}

/** Optimistic update; false when someone else saved since `version`. */
export async function update(db: Db, id: string, version: number, values: Partial<ReportRow>, at: string) {
  const result = await db
    .updateTable("monthly_report")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function realisationsFor(db: Db, reportIds: readonly string[]) {
  if (reportIds.length === 0) {
    return [];
  }
  return db
    .selectFrom("report_realisation")
    .selectAll()
    .where("report_id", "in", [...reportIds])
    .execute();
}

export async function replaceRealisations(
  db: Db,
  reportId: string,
  values: readonly { ikiId: string; value: string }[],
) {
  await db.deleteFrom("report_realisation").where("report_id", "=", reportId).execute();
  const rows = values
    .filter((v) => v.value !== "")
    .map((v) => ({ report_id: reportId, iki_id: v.ikiId, value: v.value }));
  if (rows.length > 0) {
    await db.insertInto("report_realisation").values(rows).execute();
  }
}

/**
 * Brings the draft's realisations to `values`, writing only the rows that differ: an autosave of the narratives
 * leaves them untouched, and every page not written is one the commit does not have to sync to disk.
 */
export async function syncRealisations(
  db: Db,
  reportId: string,
  values: readonly { ikiId: string; value: string }[],
): Promise<boolean> {
  const saved = await db
    .selectFrom("report_realisation")
    .select(["iki_id", "value"])
    .where("report_id", "=", reportId)
    .execute();
  const wanted = new Map(values.filter((v) => v.value !== "").map((v) => [v.ikiId, v.value]));
  const had = new Map(saved.map((r) => [r.iki_id, r.value]));
  const gone = saved.filter((r) => !wanted.has(r.iki_id)).map((r) => r.iki_id);
  const changed = [...wanted].filter(([ikiId, value]) => had.get(ikiId) !== value);
  if (gone.length > 0) {
    await db.deleteFrom("report_realisation").where("report_id", "=", reportId).where("iki_id", "in", gone).execute();
  }
  for (const [ikiId, value] of changed) {
    await db
      .insertInto("report_realisation")
      .values({ report_id: reportId, iki_id: ikiId, value })
      .onConflict((oc) => oc.columns(["report_id", "iki_id"]).doUpdateSet({ value }))
      .execute();
  }
  return gone.length > 0 || changed.length > 0;
}

export async function actionsFor(db: Db, reportId: string) {
  return db.selectFrom("report_action").selectAll().where("report_id", "=", reportId).execute();
}

export async function replaceActions(
  db: Db,
  reportId: string,
  actions: readonly { rhkId: string; plan: string; progress: number | null }[],
) {
  await db.deleteFrom("report_action").where("report_id", "=", reportId).execute();
  const rows = actions
    .filter((a) => a.plan !== "" || a.progress !== null)
    .map((a) => ({ report_id: reportId, rhk_id: a.rhkId, plan: a.plan, progress: a.progress }));
  if (rows.length > 0) {
    await db.insertInto("report_action").values(rows).execute();
  }
}

/** The same for the rencana aksi: only the rows that differ are written. */
export async function syncActions(
  db: Db,
  reportId: string,
  actions: readonly { rhkId: string; plan: string; progress: number | null }[],
): Promise<boolean> {
  const saved = await db
    .selectFrom("report_action")
    .select(["rhk_id", "plan", "progress"])
    .where("report_id", "=", reportId)
    .execute();
  const wanted = new Map(actions.filter((a) => a.plan !== "" || a.progress !== null).map((a) => [a.rhkId, a]));
  const had = new Map(saved.map((r) => [r.rhk_id, r]));
  const gone = saved.filter((r) => !wanted.has(r.rhk_id)).map((r) => r.rhk_id);
  const changed = [...wanted.values()].filter((a) => {
    const before = had.get(a.rhkId);
    return before?.plan !== a.plan || before.progress !== a.progress;
  });
  if (gone.length > 0) {
    await db.deleteFrom("report_action").where("report_id", "=", reportId).where("rhk_id", "in", gone).execute();
  }
  for (const a of changed) {
    await db
      .insertInto("report_action")
      .values({ report_id: reportId, rhk_id: a.rhkId, plan: a.plan, progress: a.progress })
      .onConflict((oc) => oc.columns(["report_id", "rhk_id"]).doUpdateSet({ plan: a.plan, progress: a.progress }))
      .execute();
  }
  return gone.length > 0 || changed.length > 0;
}

export async function feedbackFor(db: Db, reportId: string) {
  return db.selectFrom("report_feedback").selectAll().where("report_id", "=", reportId).execute();
}

export async function replaceFeedback(
  db: Db,
  reportId: string,
  perRhk: readonly { rhkId: string; wentWell: string; toImprove: string; support: string }[],
) {
  await db.deleteFrom("report_feedback").where("report_id", "=", reportId).execute();
  const rows = perRhk
    .filter((f) => f.wentWell !== "" || f.toImprove !== "" || f.support !== "")
    .map((f) => ({
      report_id: reportId,
      rhk_id: f.rhkId,
      went_well: f.wentWell,
      to_improve: f.toImprove,
      support: f.support,
    }));
  if (rows.length > 0) {
    await db.insertInto("report_feedback").values(rows).execute();
  }
}

export async function evidenceFor(db: Db, reportId: string) {
  return db.selectFrom("evidence").selectAll().where("report_id", "=", reportId).orderBy("id").execute();
}

export async function addEvent(
  db: Db,
  event: { reportId: string; at: Date; actorId: string | null; action: string; note?: string | null },
): Promise<string> {
  const id = newId(event.at.getTime());
  await db
    .insertInto("report_event")
    .values({
      id,
      report_id: event.reportId,
      at: event.at.toISOString(),
      actor_id: event.actorId,
      action: event.action,
      note: event.note ?? null,
    })
    .execute();
  return id;
}

/** Events or comments with the author's name (the employee's name, or the account's username). */
export async function listEvents(db: Db, reportId: string) {
  const rows = await db
    .selectFrom("report_event")
    .leftJoin("user_account", "user_account.id", "report_event.actor_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["report_event.at", "report_event.action", "report_event.note", "employee.name", "user_account.username"])
    .where("report_event.report_id", "=", reportId)
    .orderBy("report_event.id")
    .execute();
  return rows.map((r) => ({ at: r.at, action: r.action, note: r.note, actorName: r.name ?? r.username ?? null }));
}

export async function addComment(
  db: Db,
  comment: { reportId: string; authorId: string; text: string; at: Date },
): Promise<void> {
  await db
    .insertInto("report_comment")
    .values({
      id: newId(comment.at.getTime()),
      report_id: comment.reportId,
      author_id: comment.authorId,
      text: comment.text,
      at: comment.at.toISOString(),
    })
    .execute();
}

export async function listComments(db: Db, reportId: string) {
  const rows = await db
    .selectFrom("report_comment")
    .leftJoin("user_account", "user_account.id", "report_comment.author_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["report_comment.id", "report_comment.text", "report_comment.at", "employee.name", "user_account.username"])
    .where("report_comment.report_id", "=", reportId)
    .orderBy("report_comment.id")
    .execute();
  return rows.map((r) => ({ id: r.id, text: r.text, at: r.at, authorName: r.name ?? r.username ?? "" }));
}

/** The month's umpan balik per BerAKHLAK value. */
export function behaviourFeedbackFor(db: Db, reportId: string) {
  return db
    .selectFrom("report_behaviour_feedback")
    .select(["value_code", "text"])
    .where("report_id", "=", reportId)
    .execute();
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
