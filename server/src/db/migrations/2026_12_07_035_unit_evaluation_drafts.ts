import type { Kysely } from "kysely";

// Issue 12: how many of the unit's evaluations were still draft when its distribution was finalised (allowed, with a
// warning: the counts kept are as of that moment). Null on rows written before the column.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("unit_evaluation").addColumn("draft_count", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("unit_evaluation").dropColumn("draft_count").execute();
}
