import { diffSkp, type SkpChanges, type SkpSnapshot, snapshotOf } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { accountName } from "./party.repo";
import { latestReturn, saveReturnSnapshot } from "./return-snapshot.repo";
import { readableSkp } from "./skp.access";
import * as skps from "./skp.repo";

/** The SKP's content now, as a return keeps it and the diff compares it. */
export async function contentSnapshot(
  db: Db,
  skp: Pick<skps.SkpRow, "id" | "model" | "approach">,
): Promise<SkpSnapshot> {
  const expectations = await skps.loadExpectations(db, skp.id);
  return snapshotOf({
    model: skp.model,
    approach: skp.approach,
    rhk: await skps.loadRhk(db, skp.id),
    lampiran: await skps.loadLampiran(db, skp.id),
    expectations: [...expectations].map(([valueCode, text]) => ({ valueCode, text })),
  });
}

/** In the return step's transaction: what was sent back, so the resubmission can be compared with it. */
export async function keepReturnedContent(trx: Db, skp: skps.SkpRow, eventId: string | null): Promise<void> {
  if (eventId) {
    await saveReturnSnapshot(trx, eventId, await contentSnapshot(trx, skp));
  }
}

/**
 * What changed since the SKP was last sent back, for whoever may read the SKP (404 for anyone else, as for a random
 * id): the rater reviewing the resubmission, the pengelola kinerja, the atasan, the employee. Never returned: all null.
 */
export async function changesSinceReturn(ctx: RequestContext, id: string): Promise<SkpChanges> {
  const { skp } = await readableSkp(ctx, ctx.db, id);
  const last = await latestReturn(ctx.db, id);
  if (!last) {
    return { returnedAt: null, returnedBy: null, reason: null, diff: null };
  }
  return {
    returnedAt: last.at,
    returnedBy: last.actorId ? await accountName(ctx.db, last.actorId) : null,
    reason: last.note,
    diff: last.content ? diffSkp(last.content, await contentSnapshot(ctx.db, skp)) : null,
  };
}
