import type { Insertable } from "kysely";
import type { Db } from "../../db";
import type { Database } from "../../db/schema";

const BATCH = 200;

/** Inserts seed rows a batch per statement: fast on PostgreSQL and well under SQLite's bound-variable limit. */
export async function insertInBatches<T extends keyof Database>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // Kysely cannot relate a generic table name to its row type; the parameter type above does.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}
