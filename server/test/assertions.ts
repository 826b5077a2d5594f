import assert from "node:assert/strict";
import { apiErrorSchema } from "@simkin/domain";
import type { LightMyRequestResponse } from "fastify";
import type { Db } from "../src/db";
import type { Database } from "../src/db/schema";
import { json } from "./test-app";

/**
 * Asserts an error response: the status, the stable code and the one error body shape
 * ({code, message, details, fields?}) with an Indonesian message. Returns the body for further checks.
 */
export function assertError(res: LightMyRequestResponse, status: number, code: string) {
  assert.equal(res.statusCode, status, `expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  const body = json(res);
  assert.equal(body.code, code, res.body);
  const parsed = apiErrorSchema.strict().safeParse(body);
  assert.ok(parsed.success, `error body has the wrong shape: ${res.body}`);
  assert.ok(body.message.length > 0, "the error carries a message for people");
  return body;
}

/** Asserts a 400 invalid_input naming exactly the given fields (path -> message pattern). */
export function assertInvalid(res: LightMyRequestResponse, fields: Record<string, RegExp>) {
  const body = assertError(res, 400, "invalid_input");
  assert.deepEqual(Object.keys(body.fields ?? {}).sort(), Object.keys(fields).sort(), res.body);
  for (const [path, pattern] of Object.entries(fields)) {
    assert.match(body.fields[path], pattern, `message for ${path}`);
  }
  return body;
}

/** Rows in one table of the test's own fresh database. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type StoredAuditEvent = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
};

/** The audit events stored for a subject (or all of them), with before/after parsed from their JSON. */
export async function auditEventsOf(db: Db, subjectId?: string): Promise<StoredAuditEvent[]> {
  let query = db.selectFrom("audit_event").selectAll();
  if (subjectId) {
    query = query.where("subject_id", "=", subjectId);
  }
  const rows = await query.orderBy("at").orderBy("id").execute();
  return rows.map((r) => ({
    actorId: r.actor_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

/** The one audit event stored for a subject; fails when there is none or more than one. */
export async function onlyAuditEventOf(db: Db, subjectId: string): Promise<StoredAuditEvent> {
  const events = await auditEventsOf(db, subjectId);
  assert.equal(events.length, 1, `expected one audit event for ${subjectId}: ${JSON.stringify(events)}`);
  const [event] = events;
  assert.ok(event);
  return event;
}

/** Counts of the master-data tables, to prove a refused request wrote nothing. */
export async function masterDataCounts(db: Db) {
  return {
    units: await countRows(db, "org_unit"),
    positions: await countRows(db, "position"),
    employees: await countRows(db, "employee"),
    placements: await countRows(db, "placement"),
    accounts: await countRows(db, "user_account"),
    auditEvents: await countRows(db, "audit_event"),
  };
}
