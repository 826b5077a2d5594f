import { type Migration, Migrator } from "kysely";
import type { Db } from "./index";
import * as m001 from "./migrations/2026_11_28_001_foundation";

/** Append-only. Kysely runs these in name order; never edit or rename one that has shipped. */
const migrations: Record<string, Migration> = {
  "2026_11_28_001_foundation": m001,
};

/** `schema` (PostgreSQL only) keeps the migration bookkeeping inside that schema, e.g. one per test. */
export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    throw error;
  }
}
