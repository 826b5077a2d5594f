import {
  canActOnSkp,
  displayName,
  formatVerificationCode,
  legalSkpActions,
  type Officer,
  type Party,
  pangkatLabel,
  type SkpDetail,
  type SkpSummary,
  skpProblems,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { valuesOf } from "./berakhlak.repo";
import { heldAsOf, raterRhkOptions } from "./seat-skp.repo";
import { type ResolvedParties, skpDate } from "./skp.access";
import * as skps from "./skp.repo";

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
  const cascade = await raterRhkOptions(db, parties.rater, skp.year, skpDate(skp, ctx.now));
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
  const verification = await db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", "skp")
    .where("document_id", "=", skp.id)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return {
    ...summary,
    model: skp.model,
    approach: skp.approach,
    behaviourSet: skp.behaviour_set,
    rhk,
    behaviours,
    lampiran,
    employee: await employeeParty(db, skp),
    rater: parties.rater ? officerParty(parties.rater) : null,
    atasanRater: parties.atasanRater ? officerParty(parties.atasanRater) : null,
    returnReason: skp.status === "dikembalikan" ? skp.return_reason : null,
    events: await skps.listEvents(db, skp.id),
    problems: editable ? skpProblems(draft, options ? new Set(options.map((o) => o.id)) : null) : [],
    parentOptions: options ?? [],
    raterHasApprovedSkp: options !== null,
    parentSource: cascade?.source ?? null,
    previousRevisionId: skp.previous_id,
    nextRevisionId: next?.id ?? null,
    verificationCode: verification ? formatVerificationCode(verification.code) : null,
    allowed: legalSkpActions(skp.status).filter(
      (action) => canActOnSkp(ctx.actor, action, parties) && !(action === "revise" && next),
    ),
  };
}

export async function summarize(db: Db, skp: skps.SkpRow): Promise<SkpSummary> {
  const info = await db
    .selectFrom("employee")
    .innerJoin("position", (join) => join.on("position.id", "=", skp.position_id))
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.name as position_name",
      "org_unit.name as unit_name",
    ])
    .where("employee.id", "=", skp.employee_id)
    .executeTakeFirstOrThrow();
  const acting = (await heldAsOf(db, skp)) === "plt" ? "Plt. " : "";
  return {
    id: skp.id,
    year: skp.year,
    revision: skp.revision,
    status: skp.status,
    employeeId: skp.employee_id,
    employeeName: displayName(info.front_title, info.name, info.back_title),
    positionName: `${acting}${info.position_name}`,
    unitName: info.unit_name,
    periodStart: skp.period_start,
    periodEnd: skp.period_end,
    submittedAt: skp.submitted_at,
    approvedAt: skp.approved_at,
    version: skp.version,
  };
}

async function employeeParty(db: Db, skp: skps.SkpRow): Promise<Party> {
  const row = await db
    .selectFrom("employee")
    .innerJoin("position", (join) => join.on("position.id", "=", skp.position_id))
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "employee.id",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "employee.nip",
      "employee.golongan",
      "position.name as position_name",
      "org_unit.name as unit_name",
    ])
    .where("employee.id", "=", skp.employee_id)
    .executeTakeFirstOrThrow();
  const acting = (await heldAsOf(db, skp)) === "plt" ? "Plt. " : "";
  return {
    employeeId: row.id,
    name: displayName(row.front_title, row.name, row.back_title),
    nip: row.nip,
    pangkat: pangkatLabel(row.golongan),
    position: `${acting}${row.position_name}`,
    unit: row.unit_name,
  };
}

function officerParty(officer: Officer): Party {
  return {
    employeeId: officer.employeeId,
    name: officer.employeeName ?? officer.positionName,
    nip: officer.nip,
    pangkat: officer.pangkat,
    position: `${officer.acting ? `${officer.acting === "plt" ? "Plt." : "Plh."} ` : ""}${officer.positionName}`,
    unit: officer.unitName,
  };
}
