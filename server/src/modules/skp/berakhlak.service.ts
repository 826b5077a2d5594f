import { assertNoVersionOverlap, type BerakhlakVersion, type CreateBerakhlakVersion } from "@simkin/domain";
import { ConflictError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as master from "./berakhlak.repo";

export function listBerakhlak(ctx: RequestContext): Promise<BerakhlakVersion[]> {
  return master.listVersions(ctx.db);
}

/**
 * Adds a BerAKHLAK master version (REGULATIONS.md §3.2: versioned master data, e.g. the UU 20/2023 wording): new
 * SKPs starting on or after its date take it; SKPs already made keep the texts they were made with.
 */
export async function addBerakhlakVersion(
  ctx: RequestContext,
  input: CreateBerakhlakVersion,
): Promise<BerakhlakVersion> {
  await ctx.db.transaction().execute(async (trx) => {
    if (await master.findVersion(trx, input.version)) {
      throw new ConflictError("berakhlak_version_exists", `Versi ${input.version} sudah ada`, "version");
    }
    assertNoVersionOverlap(await master.listDates(trx), { version: input.version, effectiveFrom: input.effectiveFrom });
    await master.insertVersion(trx, input, ctx.actor.userId, ctx.now);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "berakhlak.version_added",
      subjectType: "behaviour_version",
      subjectId: input.version,
      after: input,
    });
  });
  const created = (await master.listVersions(ctx.db)).find((v) => v.version === input.version);
  if (!created) {
    throw new Error(`BerAKHLAK version ${input.version} was not stored`);
  }
  return created;
}
