import {
  AUDIT_COUNT_LIMIT,
  type AuditAction,
  type AuditEvent,
  type AuditQuery,
  type AuditSubjectType,
  actionsOfFilter,
  displayName,
  searchTerm,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { containsIn } from "../../db/like";

export type AuditEntry = {
  /** Only actions of the catalogue (domain audit.catalogue.ts), so the audit screen can name each one. */
  action: AuditAction;
  subjectType: AuditSubjectType;
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

/** At most this many people match a name or NIP; a broader search asks for more letters. */
const PEOPLE_LIMIT = 50;
/** With this few people, their SKPs' and reports' events are theirs too (a handful of ids each). */
const RECORDS_OF_PEOPLE_LIMIT = 10;

type People = { employeeIds: string[]; userIds: string[] };

/** The employees (and their accounts) whose name contains the text or whose NIP contains its digits. */
async function peopleMatching(db: Db, text: string): Promise<People> {
  const name = searchTerm(text);
  const nip = text.replace(/\D/g, "");
  const employees = await db
    .selectFrom("employee")
    .select("id")
    .where((eb) =>
      eb.or([
        ...(name ? [containsIn(eb.ref("employee.name_search"), name)] : []),
        ...(nip.length >= 2 ? [eb("employee.nip", "like", `%${nip}%`)] : []),
      ]),
    )
    .limit(PEOPLE_LIMIT)
    .execute();
  const employeeIds = employees.map((e) => e.id);
  // An account without an employee (an administrator) is found by its sign-in name.
  const accounts = await db
    .selectFrom("user_account")
    .select("id")
    .where((eb) =>
      eb.or([
        eb("username", "=", text.trim().toLowerCase()),
        ...(employeeIds.length > 0 ? [eb("employee_id", "in", employeeIds)] : []),
      ]),
    )
    .limit(PEOPLE_LIMIT * 2)
    .execute();
  return { employeeIds, userIds: accounts.map((a) => a.id) };
}

/** The start of a WIB calendar day as the UTC instant the trail stores. */
const wibDayStart = (day: string) => new Date(`${day}T00:00:00.000+07:00`).toISOString();
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * One page of the trail, newest first, with the filters of the audit screen. Every filter has an index (migration
 * 028); the count stops at AUDIT_COUNT_LIMIT so a broad filter never counts millions of rows.
 */
export async function list(
  db: Db,
  filter: AuditQuery,
): Promise<{ items: AuditEvent[]; total: number; totalIsLowerBound: boolean }> {
  const people = filter.person ? await peopleMatching(db, filter.person) : null;
  if (people && people.employeeIds.length === 0 && people.userIds.length === 0) {
    return { items: [], total: 0, totalIsLowerBound: false };
  }
  let query = db.selectFrom("audit_event");
  if (filter.subjectId) {
    query = query.where("audit_event.subject_id", "=", filter.subjectId);
  }
  if (filter.subjectType) {
    query = query.where("audit_event.subject_type", "=", filter.subjectType);
  }
  const actions = filter.action ? actionsOfFilter(filter.action) : null;
  if (actions) {
    query = query.where("audit_event.action", "in", actions);
  }
  if (filter.from) {
    query = query.where("audit_event.at", ">=", wibDayStart(filter.from));
  }
  if (filter.to) {
    query = query.where("audit_event.at", "<", wibDayStart(nextDay(filter.to)));
  }
  if (people) {
    query = query.where((eb) => {
      const about = [...people.employeeIds, ...people.userIds];
      const few = people.employeeIds.length > 0 && people.employeeIds.length <= RECORDS_OF_PEOPLE_LIMIT;
      return eb.or([
        ...(people.userIds.length > 0 ? [eb("audit_event.actor_id", "in", people.userIds)] : []),
        eb("audit_event.subject_id", "in", about),
        ...(few
          ? [
              eb("audit_event.subject_id", "in", (qb) =>
                qb.selectFrom("skp").select("skp.id").where("skp.employee_id", "in", people.employeeIds),
              ),
              eb("audit_event.subject_id", "in", (qb) =>
                qb
                  .selectFrom("monthly_report")
                  .select("monthly_report.id")
                  .where("monthly_report.employee_id", "in", people.employeeIds),
              ),
            ]
          : []),
      ]);
    });
  }
  const counted = await db
    .selectFrom(
      query
        .select("audit_event.id")
        .limit(AUDIT_COUNT_LIMIT + 1)
        .as("matching"),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const rows = await query
    .leftJoin("user_account", "user_account.id", "audit_event.actor_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .selectAll("audit_event")
    .select([
      "user_account.username as actor_name",
      "employee.nip as actor_nip",
      "employee.name as actor_employee_name",
      "employee.front_title as actor_front_title",
      "employee.back_title as actor_back_title",
    ])
    .orderBy("audit_event.id", "desc")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  const n = Number(counted.n);
  return {
    total: Math.min(n, AUDIT_COUNT_LIMIT),
    totalIsLowerBound: n > AUDIT_COUNT_LIMIT,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorEmployeeName:
        r.actor_employee_name === null
          ? null
          : displayName(r.actor_front_title, r.actor_employee_name, r.actor_back_title),
      actorNip: r.actor_nip,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      before: r.before_json === null ? null : JSON.parse(r.before_json),
      after: r.after_json === null ? null : JSON.parse(r.after_json),
      ip: r.ip,
    })),
  };
}
