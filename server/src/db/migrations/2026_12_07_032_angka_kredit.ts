import type { Kysely } from "kysely";

// Issue 12: angka kredit. An employee's pangkat/golongan and jenjang history (which jenjang in which months), the
// angka kredit master data per jenjang (no row: the domain's AK_JENJANG), and each fungsional employee's starting
// balance (AK dasar or konversi). Angka kredit are stored in thousandths (integers): the PAK prints three decimals.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("employee_rank")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employee_id", "text", (c) => c.notNull().references("employee.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("tmt", "text", (c) => c.notNull())
    .addColumn("decree_number", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("user_account.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("employee_rank_employee_kind_tmt_key", ["employee_id", "kind", "tmt"])
    .execute();

  await db.schema
    .createTable("ak_master")
    .addColumn("jenjang", "text", (c) => c.primaryKey())
    .addColumn("coefficient_milli", "integer", (c) => c.notNull())
    .addColumn("for_pangkat_milli", "integer", (c) => c.notNull())
    .addColumn("for_jenjang_milli", "integer")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("ak_balance")
    .addColumn("employee_id", "text", (c) => c.primaryKey().references("employee.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("start_year", "integer", (c) => c.notNull())
    .addColumn("amount_milli", "integer", (c) => c.notNull())
    .addColumn("decree_number", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("ak_balance").execute();
  await db.schema.dropTable("ak_master").execute();
  await db.schema.dropTable("employee_rank").execute();
}
