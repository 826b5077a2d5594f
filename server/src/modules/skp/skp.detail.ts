import {
  availableSkpActions,
  formatVerificationCode,
  type Party,
  printedPartiesFor,
  type SkpDetail,
  type SkpReview,
  type SkpSummary,
  skpProblems,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import * as years from "../period/year.repo";
import { latestCode } from "../verification/verification.repo";
import { valuesOf } from "./berakhlak.repo";
import { actingPrefix, describeSeats } from "./party.repo";
import { linkContextOf } from "./rhk-links.repo";
import { heldAsOf } from "./seat-skp.repo";
import type { ResolvedParties } from "./skp.access";
import * as skps from "./skp.repo";
import { loadSignatories } from "./snapshot.repo";

/** Everything the SKP screen and the PDF need, with the actions the caller may take now. */
export async function buildDetail(
  db: Db,
  ctx: Pick<RequestContext, "actor" | "now">,
  skp: skps.SkpRow,
  parties: ResolvedParties,
): Promise<SkpDetail> {
  const summary = await summarize(db, skp);
  const rhk = await skps.loadRhk(db, skp.id);
  const lampiran = await skps.loadLampiran(db, skp.id);
  const links = await linkContextOf(db, skp, parties);
  const { cascade } = links;
  const options = cascade?.options ?? null;
  const expectations = await skps.loadExpectations(db, skp.id);
  const behaviours = (await valuesOf(db, skp.behaviour_set)).map((v) => ({
    ...v,
    expectation: expectations.get(v.code) ?? null,
  }));
  const draft = {
    model: skp.model,
    approach: skp.approach,
    periodStart: skp.period_start,
    periodEnd: skp.period_end,
    rhk,
    lampiran,
  };
  const editable = skp.status === "draft" || skp.status === "dikembalikan";
  const next = await skps.nextRevisionOf(db, skp.id);
  const verification = await latestCode(db, "skp", skp.id);
  const current = await currentParties(db, skp, parties);
  const events = await eventsOf(db, skp.id);
  const review = await reviewSettingOf(db, skp.year);
  return {
    ...summary,
    model: skp.model,
    approach: skp.approach,
    behaviourSet: skp.behaviour_set,
    rhk,
    behaviours,
    lampiran,
    ...current,
    returnReason: skp.status === "dikembalikan" ? skp.return_reason : null,
    events,
    problems: editable ? skpProblems(draft, links.context.raterRhkIds, links.context.carriedExternal) : [],
    parentOptions: options ?? [],
    raterHasApprovedSkp: options !== null,
    parentSource: cascade?.source ?? null,
    carriedExternalParents: links.carried,
    pkOptions: links.pkOptions,
    previousRevisionId: skp.previous_id,
    nextRevisionId: next?.id ?? null,
    verificationCode: verification ? formatVerificationCode(verification) : null,
    allowed: availableSkpActions(skp.status, review, ctx.actor, parties).filter(
      (action) => !(action === "revise" && next),
    ),
    skpReview: review,
    signed: printedPartiesFor(skp.status, events, current),
    expectationHistory: await skps.listExpectationVersions(db, skp.id),
  };
}

/** The year's review setting; a year not (yet) in the table keeps the documented default, the review. */
export async function reviewSettingOf(db: Db, year: number): Promise<SkpReview> {
  const row = await years.findByYear(db, year);
  return row?.skpReview ?? "required";
}

/** The history of the SKP with the parties kept at each workflow step. */
async function eventsOf(db: Db, skpId: string) {
  const events = await skps.listEvents(db, skpId);
  const snapshots = await loadSignatories(
    db,
    events.map((e) => e.id),
  );
  return events.map(({ id, ...event }) => ({ ...event, signatories: snapshots.get(id) ?? null }));
}

/**
 * The employee in the SKP's position ("Plt." when he made it for a seat he acts in), and the rater and atasan the
 * chart resolves from that seat for the SKP's date.
 */
export async function currentParties(
  db: Db,
  skp: Pick<skps.SkpRow, "employee_id" | "position_id" | "period_start" | "period_end">,
  parties: Pick<ResolvedParties, "rater" | "atasanRater">,
): Promise<{ employee: Party; rater: Party | null; atasanRater: Party | null }> {
  const heldAs = await heldAsOf(db, skp);
  const [employee, rater, atasanRater] = await describeSeats(db, [
    { employeeId: skp.employee_id, positionId: skp.position_id, acting: heldAs === "plt" ? "plt" : null },
    parties.rater,
    parties.atasanRater,
  ]);
  if (!employee) {
    throw new Error("describeSeats returns a party for every seat given");
  }
  return { employee, rater: rater ?? null, atasanRater: atasanRater ?? null };
}

export async function summarize(db: Db, skp: skps.SkpRow): Promise<SkpSummary> {
  const holder = await skps.holderOf(db, skp.id);
  const acting = actingPrefix((await heldAsOf(db, skp)) === "plt" ? "plt" : null);
  return {
    id: skp.id,
    year: skp.year,
    revision: skp.revision,
    status: skp.status,
    employeeId: skp.employee_id,
    employeeName: holder.employeeName,
    positionName: `${acting}${holder.positionName}`,
    unitName: holder.unitName,
    periodStart: skp.period_start,
    periodEnd: skp.period_end,
    submittedAt: skp.submitted_at,
    approvedAt: skp.approved_at,
    version: skp.version,
    reviewedAt: skp.reviewed_at,
  };
}
