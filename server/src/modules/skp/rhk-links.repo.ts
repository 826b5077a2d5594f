import {
  type ExternalParent,
  externalParentKey,
  organisationOf,
  type PkTargetRef,
  type RhkLinksContext,
} from "@simkin/domain";
import type { Db } from "../../db";
import { loadUnitsAbove, loadUnitsAround } from "../org/unit-slice.repo";
import { raterRhkOptions } from "./seat-skp.repo";
import type { ResolvedParties } from "./skp.access";
import * as skps from "./skp.repo";

/**
 * The Perjanjian Kinerja targets an SKP's RHK may carry (issue 9 rule 7): those of the year signed for the
 * organisation the SKP's position belongs to (the kecamatan for the Camat and his seksi, the kelurahan for the Lurah)
 * or for a unit inside it.
 */
export async function pkOptionsFor(db: Db, positionId: string, year: number): Promise<PkTargetRef[]> {
  const position = await db.selectFrom("position").select("unit_id").where("id", "=", positionId).executeTakeFirst();
  const organisation = position ? organisationOf(await loadUnitsAbove(db, [position.unit_id]), position.unit_id) : null;
  if (!organisation) {
    return [];
  }
  const tree = await loadUnitsAround(db, [organisation]);
  const units = [...tree.keys()].filter((id) => organisationOf(tree, id) === organisation);
  const rows = await db
    .selectFrom("pk_target")
    .innerJoin("org_unit", "org_unit.id", "pk_target.unit_id")
    .select(["pk_target.id", "pk_target.unit_id", "sasaran", "indicator", "target", "unit", "org_unit.name"])
    .where("pk_target.year", "=", year)
    .where("pk_target.unit_id", "in", units)
    .orderBy("org_unit.code")
    .orderBy("pk_target.created_at")
    .orderBy("pk_target.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitName: r.name,
    sasaran: r.sasaran,
    indicator: r.indicator,
    target: r.target,
    unit: r.unit,
  }));
}

/** The external RHK atasan of the revision a draft replaces, which stay valid on it (decision 0021). */
export async function carriedExternalOf(db: Db, previousId: string | null): Promise<ExternalParent[]> {
  if (!previousId) {
    return [];
  }
  const rhk = await skps.loadRhk(db, previousId);
  const parents = rhk.flatMap((r) => (r.externalParent ? [r.externalParent] : []));
  return [...new Map(parents.map((p) => [externalParentKey(p), p])).values()];
}

/** Everything the RHK links of an SKP are checked against, and the options the editor offers. */
export async function linkContextOf(
  db: Db,
  skp: Pick<skps.SkpRow, "position_id" | "year" | "previous_id">,
  parties: Pick<ResolvedParties, "rater" | "date">,
) {
  const cascade = await raterRhkOptions(db, parties.rater, skp.year, parties.date);
  const carried = await carriedExternalOf(db, skp.previous_id);
  const pkOptions = await pkOptionsFor(db, skp.position_id, skp.year);
  const context: RhkLinksContext = {
    raterRhkIds: cascade ? new Set(cascade.options.map((o) => o.id)) : null,
    carriedExternal: new Set(carried.map(externalParentKey)),
    pkTargetIds: new Set(pkOptions.map((o) => o.id)),
  };
  return { cascade, carried, pkOptions, context };
}
