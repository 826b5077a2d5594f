import { hasAccess, wibDate } from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { ratersOn } from "../org/raters.service";

/**
 * Who may read an employee's rank history and angka kredit: the employee, the pengelola kinerja and the auditor, and
 * today's Pejabat Penilai or atasan. Anyone else gets the answer a random id gets (404), checked before loading.
 */
export async function assertMayReadPerson(ctx: RequestContext, employeeId: string): Promise<void> {
  if (ctx.actor.employeeId === employeeId || hasAccess(ctx.actor.roles, "admin_or_auditor")) {
    return;
  }
  const me = ctx.actor.employeeId;
  if (me) {
    const raters = await ratersOn(ctx.db, employeeId, wibDate(ctx.now));
    if (raters.rater?.employeeId === me || raters.atasanRater?.employeeId === me) {
      return;
    }
  }
  throw new NotFoundError("pegawai");
}
