import type { Kysely } from "kysely";

/**
 * Issue 9 rule 17: a Matriks Peran Hasil cell sits under one of the leader's IKI, not a whole RHK. Existing assignments
 * move to their RHK's only IKI, else to its first IKI (decision 0026; the same rule as legacyAssignmentIki in the
 * domain, inlined so this migration stays as shipped).
 */
// A migration is frozen history: it takes Kysely<any> and imports nothing from the app.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("mph_assignment")
    .addColumn("rater_iki_id", "text", (c) => c.references("skp_iki.id"))
    .execute();
  const assignments: { id: string; rater_rhk_id: string }[] = await db
    .selectFrom("mph_assignment")
    .select(["id", "rater_rhk_id"])
    .execute();
  for (const assignment of assignments) {
    const first: { id: string } | undefined = await db
      .selectFrom("skp_iki")
      .select("id")
      .where("rhk_id", "=", assignment.rater_rhk_id)
      .orderBy("sort_order")
      .orderBy("id")
      .executeTakeFirst();
    if (first) {
      await db.updateTable("mph_assignment").set({ rater_iki_id: first.id }).where("id", "=", assignment.id).execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mph_assignment").dropColumn("rater_iki_id").execute();
}
