import type { Kysely } from "kysely";

// Issue 10: the unit tree is read in slices (org/unit-slice.repo.ts): the heads of given units by leads_unit_id.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("position_leads_unit_id_idx").on("position").column("leads_unit_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("position_leads_unit_id_idx").execute();
}
