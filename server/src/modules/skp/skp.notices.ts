import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import * as texts from "../notification/step-texts";
import * as employees from "../org/employee.repo";
import type { ResolvedParties } from "./skp.access";
import type { SkpRow } from "./skp.repo";

/** The SKP workflow steps that tell someone at once (issue 11). */
export type SkpStep = "submitted" | "returned" | "approved" | "reviewed" | "review_noted" | "review_returned";

/**
 * Tells the person the step hands the SKP to, in the step's transaction, once per step event: the rater resolved for
 * the SKP's seat and date (a Plt/Plh rater included) when it is submitted or reviewed; the employee otherwise.
 */
export async function notifySkpStep(
  ctx: RequestContext,
  trx: Db,
  step: { name: SkpStep; skp: SkpRow; parties: ResolvedParties; eventId: string | null; note?: string },
): Promise<void> {
  const { name, skp, parties, eventId, note = "" } = step;
  const base = { subjectId: skp.id, link: `/skp/${skp.id}`, key: `skp_${name}:${eventId ?? ctx.now.toISOString()}` };
  const employee = async () => (await employees.findById(trx, skp.employee_id))?.displayName ?? "Pegawai";
  const actor = async (fallback: string) =>
    (ctx.actor.employeeId && (await employees.findById(trx, ctx.actor.employeeId))?.displayName) || fallback;
  switch (name) {
    case "submitted": {
      // skp is the row before the step: a reason still set means it had been returned.
      const text = texts.skpSubmittedText(skp.year, await employee(), skp.return_reason !== null);
      await notifyStep(ctx, trx, { ...base, to: parties.raterEmployeeId, kind: "skp_submitted", ...text });
      return;
    }
    case "reviewed": {
      const text = texts.skpReviewedText(skp.year, await employee());
      await notifyStep(ctx, trx, { ...base, to: parties.raterEmployeeId, kind: "skp_reviewed", ...text });
      return;
    }
    case "review_noted": {
      const text = texts.skpReviewNoteText(skp.year, note);
      await notifyStep(ctx, trx, { ...base, to: skp.employee_id, kind: "skp_reviewed", ...text });
      return;
    }
    case "approved": {
      const text = texts.skpApprovedText(skp.year, await actor("Pejabat penilai kinerja"));
      await notifyStep(ctx, trx, { ...base, to: skp.employee_id, kind: "skp_approved", ...text });
      return;
    }
    case "returned":
    case "review_returned": {
      const by = name === "returned" ? await actor("Pejabat penilai kinerja") : "Pengelola kinerja";
      const text = texts.skpReturnedText(skp.year, by, note);
      await notifyStep(ctx, trx, { ...base, to: skp.employee_id, kind: "skp_returned", ...text });
      return;
    }
  }
}
