import type { Kysely } from "kysely";

// The auditor must see where a refused or sensitive account action came from (issue 8).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_event").addColumn("ip", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_event").dropColumn("ip").execute();
}
