import { type SkpSnapshot, skpSnapshotSchema } from "@simkin/domain";
import type { Db } from "../../db";

/** The return steps the rater or the pengelola kinerja take: each keeps the content it sent back (decision 0050). */
export const returnSteps = ["returned", "review_returned"] as const;

export async function saveReturnSnapshot(db: Db, eventId: string, content: SkpSnapshot): Promise<void> {
  await db
    .insertInto("skp_return_snapshot")
    .values({ event_id: eventId, content: JSON.stringify(content) })
    .execute();
}

/** The SKP's latest return step, with the content it kept (null for a return made before snapshots were kept). */
export async function latestReturn(db: Db, skpId: string) {
  const row = await db
    .selectFrom("skp_event")
    .leftJoin("skp_return_snapshot", "skp_return_snapshot.event_id", "skp_event.id")
    .select(["skp_event.id", "skp_event.at", "skp_event.note", "skp_event.actor_id", "skp_return_snapshot.content"])
    .where("skp_event.skp_id", "=", skpId)
    .where("skp_event.action", "in", [...returnSteps])
    .orderBy("skp_event.id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) {
    return undefined;
  }
  return { eventId: row.id, at: row.at, note: row.note, actorId: row.actor_id, content: parseSnapshot(row.content) };
}

/** Written by saveReturnSnapshot from the same schema; a row that does not parse counts as no snapshot. */
function parseSnapshot(content: string | null): SkpSnapshot | null {
  if (content === null) {
    return null;
  }
  try {
    const parsed = skpSnapshotSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
