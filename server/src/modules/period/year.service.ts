import {
  defaultSkpDeadline,
  type OpenYear,
  RuleViolation,
  type UpdateYear,
  type YearWithPeriods,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as years from "./year.repo";

export function listYears(ctx: RequestContext): Promise<YearWithPeriods[]> {
  return years.listAll(ctx.db);
}

export async function openYear(ctx: RequestContext, input: OpenYear): Promise<YearWithPeriods> {
  return ctx.db.transaction().execute(async (trx) => {
    if (await years.findByYear(trx, input.year)) {
      throw new ConflictError("year_exists", `Tahun kinerja ${input.year} sudah dibuka`, "year");
    }
    const skpDeadline = input.skpDeadline ?? defaultSkpDeadline(input.year);
    assertDeadlineInYear(input.year, skpDeadline);
    const id = newId();
    const values = {
      year: input.year,
      status: "open" as const,
      skp_deadline: skpDeadline,
      cadence: input.cadence,
      report_due_day: input.reportDueDay,
      skp_review: input.skpReview,
      report_due_shift: input.reportDueShift,
    };
    await years.insert(trx, id, values, ctx.now.toISOString());
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "year.opened",
      subjectType: "performance_year",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

export async function updateYear(ctx: RequestContext, id: string, input: UpdateYear): Promise<YearWithPeriods> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    assertDeadlineInYear(before.year, input.skpDeadline);
    const values = {
      status: input.status,
      skp_deadline: input.skpDeadline,
      cadence: input.cadence,
      report_due_day: input.reportDueDay,
      skp_review: input.skpReview ?? before.skpReview,
      report_due_shift: input.reportDueShift ?? before.reportDueShift,
    };
    if (!(await years.update(trx, id, values, input.version, ctx.now.toISOString()))) {
      throw new StaleVersionError("tahun kinerja");
    }
    const after = await mustFind(trx, id);
    const action =
      before.status !== after.status ? (after.status === "closed" ? "year.closed" : "year.reopened") : "year.updated";
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action,
      subjectType: "performance_year",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

/** The year's record, refused when the year was never opened or is closed for changes. */
export async function openYearOrFail(db: Db, year: number): Promise<YearWithPeriods> {
  const found = await years.findByYear(db, year);
  if (!found) {
    throw new RuleViolation(
      "year_not_open",
      `Tahun kinerja ${year} belum dibuka oleh pengelola kinerja`,
      { year },
      "year",
    );
  }
  if (found.status === "closed") {
    throw new RuleViolation("year_closed", `Tahun kinerja ${year} sudah ditutup`, { year }, "year");
  }
  return found;
}

function assertDeadlineInYear(year: number, deadline: string) {
  if (!deadline.startsWith(`${year}-`)) {
    throw new RuleViolation("deadline_outside_year", `Batas waktu SKP harus dalam tahun ${year}`, {}, "skpDeadline");
  }
}

async function mustFind(db: Db, id: string): Promise<YearWithPeriods> {
  const found = await years.findById(db, id);
  if (!found) {
    throw new NotFoundError("tahun kinerja");
  }
  return found;
}
