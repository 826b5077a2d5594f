import type { Kysely } from "kysely";

// A Plh rates only when the surat perintah that appoints him says so (issue 9, rule 5): 1 = yes; null or 0 = no.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("placement").addColumn("may_rate", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("placement").dropColumn("may_rate").execute();
}
