import type { Kysely } from "kysely";

// Issue 9 rules 6-8: an RHK atasan typed from the rater's official SKP when it is not in SIMKIN (text and the SKP's
// number/date), who assigned a JPT RHK ("penugasan dari ..."), and the Perjanjian Kinerja targets an RHK carries.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("skp_rhk").addColumn("external_parent_text", "text").execute();
  await db.schema.alterTable("skp_rhk").addColumn("external_parent_ref", "text").execute();
  await db.schema.alterTable("skp_rhk").addColumn("assigned_by", "text").execute();
  await db.schema
    .createTable("skp_rhk_pk_target")
    .addColumn("rhk_id", "text", (c) => c.notNull().references("skp_rhk.id").onDelete("cascade"))
    .addColumn("pk_target_id", "text", (c) => c.notNull().references("pk_target.id"))
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("skp_rhk_pk_target_pkey", ["rhk_id", "pk_target_id"])
    .execute();
  await db.schema
    .createIndex("skp_rhk_pk_target_pk_target_id_idx")
    .on("skp_rhk_pk_target")
    .column("pk_target_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("skp_rhk_pk_target").execute();
  await db.schema.alterTable("skp_rhk").dropColumn("assigned_by").execute();
  await db.schema.alterTable("skp_rhk").dropColumn("external_parent_ref").execute();
  await db.schema.alterTable("skp_rhk").dropColumn("external_parent_text").execute();
}
