import type { Db } from "../../db";

/** Ids per statement, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

/** Of the given content hashes, those a record still refers to: a bukti dukung or an evaluation file (scan, letter). */
export async function referencedHashes(db: Db, hashes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const chunk = hashes.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom("evidence")
      .select("content_hash as hash")
      .where("content_hash", "in", chunk)
      .union(db.selectFrom("evaluation_file").select("content_hash as hash").where("content_hash", "in", chunk))
      .execute();
    for (const row of rows) {
      if (row.hash) {
        found.add(row.hash);
      }
    }
  }
  return found;
}
