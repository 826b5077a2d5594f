import type { AddRank, EmployeeRank } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { auditedRemove } from "../audit/audited-change";
import * as employees from "../org/employee.repo";
import { assertMayReadPerson } from "./person-access";
import * as ranks from "./rank-history.repo";

/** The pangkat/golongan and jenjang history on an employee's profile. */
export async function listRanks(ctx: RequestContext, employeeId: string): Promise<EmployeeRank[]> {
  await assertMayReadPerson(ctx, employeeId);
  await mustFindEmployee(ctx.db, employeeId);
  return ranks.listForEmployee(ctx.db, employeeId);
}

/** The pengelola kinerja records an entry from its decree (SK); one entry per kind and TMT. */
export async function addRank(ctx: RequestContext, employeeId: string, input: AddRank): Promise<EmployeeRank> {
  return ctx.db.transaction().execute(async (trx) => {
    await mustFindEmployee(trx, employeeId);
    if (await ranks.findSame(trx, employeeId, input.kind, input.tmt)) {
      throw new ConflictError("rank_exists", `Riwayat ${input.kind} dengan TMT ${input.tmt} sudah tercatat`, "tmt");
    }
    const id = newId();
    await ranks.insert(trx, id, employeeId, input, ctx.actor.userId, ctx.now.toISOString());
    const created = await ranks.findById(trx, id);
    if (!created) {
      throw new NotFoundError("riwayat pangkat/jenjang");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "employee_rank.added",
      subjectType: "employee_rank",
      subjectId: id,
      after: created,
    });
    return created;
  });
}

/** Removes an entry recorded by mistake (409 when someone changed it since). */
export async function removeRank(ctx: RequestContext, id: string, version: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await ranks.findById(trx, id);
    if (!before) {
      throw new NotFoundError("riwayat pangkat/jenjang");
    }
    return auditedRemove(trx, ctx, {
      action: "employee_rank.removed",
      subjectType: "employee_rank",
      id,
      entity: "riwayat pangkat/jenjang",
      before,
      write: () => ranks.remove(trx, id, version),
    });
  });
}

async function mustFindEmployee(db: Db, id: string) {
  const found = await employees.findById(db, id);
  if (!found) {
    throw new NotFoundError("pegawai");
  }
  return found;
}
