import type { AuditEvent } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  /** Where the request came from; kept for account and sign-in events, including refused attempts. */
  ip?: string;
};

/** Appends one event. Call it inside the transaction that makes the change, so both commit or neither does. */
export async function record(db: Db, actorId: string | null, at: Date, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      id: newId(at.getTime()),
      at: at.toISOString(),
      actor_id: actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
      prev_hash: null,
      hash: null,
      ip: entry.ip ?? null,
    })
    .execute();
}

export async function list(
  db: Db,
  filter: { subjectId?: string; action?: string; page: number; pageSize: number },
): Promise<{ items: AuditEvent[]; total: number }> {
  let query = db.selectFrom("audit_event");
  if (filter.subjectId) {
    query = query.where("audit_event.subject_id", "=", filter.subjectId);
  }
  if (filter.action) {
    query = query.where("audit_event.action", "like", `${filter.action}%`);
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .leftJoin("user_account", "user_account.id", "audit_event.actor_id")
    .selectAll("audit_event")
    .select("user_account.username as actor_name")
    .orderBy("audit_event.id", "desc")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      before: r.before_json === null ? null : JSON.parse(r.before_json),
      after: r.after_json === null ? null : JSON.parse(r.after_json),
      ip: r.ip,
    })),
  };
}
