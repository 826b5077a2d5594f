import type { AuditAction, Holiday, HolidayInput, UpdateHoliday } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { auditedRemove, auditedUpdate } from "../audit/audited-change";
import * as holidays from "./holiday.repo";

/** The holiday calendar of one year, by date (issue 9 rule 19). */
export function listHolidays(ctx: RequestContext, year: number): Promise<Holiday[]> {
  return holidays.listForYear(ctx.db, year);
}

export async function createHoliday(ctx: RequestContext, input: HolidayInput): Promise<Holiday> {
  return ctx.db.transaction().execute(async (trx) => {
    await assertDateFree(trx, input.date, null);
    const id = newId();
    await holidays.insert(trx, id, input, ctx.now.toISOString());
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "holiday.created",
      subjectType: "holiday",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updateHoliday(ctx: RequestContext, id: string, input: UpdateHoliday): Promise<Holiday> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    await assertDateFree(trx, input.date, id);
    const { version, ...values } = input;
    return auditedUpdate(trx, ctx, {
      ...change("holiday.updated", id, before),
      write: () => holidays.update(trx, id, values, version, ctx.now.toISOString()),
      reload: () => mustFind(trx, id),
    });
  });
}

export async function deleteHoliday(ctx: RequestContext, id: string, version: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    return auditedRemove(trx, ctx, {
      ...change("holiday.deleted", id, before),
      write: () => holidays.remove(trx, id, version),
    });
  });
}

const change = (action: AuditAction, id: string, before: Holiday) => ({
  action,
  subjectType: "holiday" as const,
  id,
  entity: "hari libur",
  before,
});

/** One entry per date: a day is either a holiday or not, whatever its names. */
async function assertDateFree(db: Db, date: string, exceptId: string | null) {
  const existing = await holidays.findByDate(db, date);
  if (existing && existing.id !== exceptId) {
    throw new ConflictError("holiday_exists", `Tanggal ${date} sudah tercatat sebagai ${existing.name}`, "date");
  }
}

async function mustFind(db: Db, id: string): Promise<Holiday> {
  const found = await holidays.findById(db, id);
  if (!found) {
    throw new NotFoundError("hari libur");
  }
  return found;
}
