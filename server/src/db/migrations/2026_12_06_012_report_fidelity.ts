import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";

type Day = [date: string, name: string, kind: "libur_nasional" | "cuti_bersama"];

/**
 * Hari libur nasional and cuti bersama as the office starts with them (issue 9 rule 19). 2026 follows the SKB 3 Menteri
 * for 2026; 2027 is an estimate from the lunar calendar, marked "(perkiraan)" until the SKB for 2027 is entered.
 * Data to check against the official SKB: docs/decisions/0010-holiday-calendar.md. Frozen here as of this migration;
 * the pengelola kinerja keeps the calendar afterwards.
 */
const days: Day[] = [
  ["2026-01-01", "Tahun Baru 2026 Masehi", "libur_nasional"],
  ["2026-01-16", "Isra Mikraj Nabi Muhammad SAW", "libur_nasional"],
  ["2026-02-16", "Cuti bersama Tahun Baru Imlek 2577 Kongzili", "cuti_bersama"],
  ["2026-02-17", "Tahun Baru Imlek 2577 Kongzili", "libur_nasional"],
  ["2026-03-18", "Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948", "cuti_bersama"],
  ["2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948", "libur_nasional"],
  ["2026-03-20", "Cuti bersama Idulfitri 1447 H", "cuti_bersama"],
  ["2026-03-21", "Idulfitri 1447 H", "libur_nasional"],
  ["2026-03-22", "Idulfitri 1447 H", "libur_nasional"],
  ["2026-03-23", "Cuti bersama Idulfitri 1447 H", "cuti_bersama"],
  ["2026-03-24", "Cuti bersama Idulfitri 1447 H", "cuti_bersama"],
  ["2026-04-03", "Wafat Yesus Kristus", "libur_nasional"],
  ["2026-04-05", "Kebangkitan Yesus Kristus (Paskah)", "libur_nasional"],
  ["2026-05-01", "Hari Buruh Internasional", "libur_nasional"],
  ["2026-05-14", "Kenaikan Yesus Kristus", "libur_nasional"],
  ["2026-05-15", "Cuti bersama Kenaikan Yesus Kristus", "cuti_bersama"],
  ["2026-05-27", "Iduladha 1447 H", "libur_nasional"],
  ["2026-05-28", "Cuti bersama Iduladha 1447 H", "cuti_bersama"],
  ["2026-05-31", "Hari Raya Waisak 2570 BE", "libur_nasional"],
  ["2026-06-01", "Hari Lahir Pancasila", "libur_nasional"],
  ["2026-06-16", "1 Muharam Tahun Baru Islam 1448 H", "libur_nasional"],
  ["2026-08-17", "Hari Proklamasi Kemerdekaan Republik Indonesia", "libur_nasional"],
  ["2026-08-25", "Maulid Nabi Muhammad SAW", "libur_nasional"],
  ["2026-12-24", "Cuti bersama Kelahiran Yesus Kristus", "cuti_bersama"],
  ["2026-12-25", "Kelahiran Yesus Kristus", "libur_nasional"],
  ["2027-01-01", "Tahun Baru 2027 Masehi", "libur_nasional"],
  ["2027-01-05", "Isra Mikraj Nabi Muhammad SAW (perkiraan)", "libur_nasional"],
  ["2027-02-06", "Tahun Baru Imlek 2578 Kongzili (perkiraan)", "libur_nasional"],
  ["2027-03-08", "Cuti bersama Hari Suci Nyepi (perkiraan)", "cuti_bersama"],
  ["2027-03-09", "Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)", "libur_nasional"],
  ["2027-03-10", "Idulfitri 1448 H (perkiraan)", "libur_nasional"],
  ["2027-03-11", "Idulfitri 1448 H (perkiraan)", "libur_nasional"],
  ["2027-03-12", "Cuti bersama Idulfitri 1448 H (perkiraan)", "cuti_bersama"],
  ["2027-03-15", "Cuti bersama Idulfitri 1448 H (perkiraan)", "cuti_bersama"],
  ["2027-03-26", "Wafat Yesus Kristus", "libur_nasional"],
  ["2027-03-28", "Kebangkitan Yesus Kristus (Paskah)", "libur_nasional"],
  ["2027-05-01", "Hari Buruh Internasional", "libur_nasional"],
  ["2027-05-06", "Kenaikan Yesus Kristus", "libur_nasional"],
  ["2027-05-07", "Cuti bersama Kenaikan Yesus Kristus (perkiraan)", "cuti_bersama"],
  ["2027-05-17", "Iduladha 1448 H (perkiraan)", "libur_nasional"],
  ["2027-05-20", "Hari Raya Waisak 2571 BE (perkiraan)", "libur_nasional"],
  ["2027-05-21", "Cuti bersama Hari Raya Waisak (perkiraan)", "cuti_bersama"],
  ["2027-06-01", "Hari Lahir Pancasila", "libur_nasional"],
  ["2027-06-06", "1 Muharam Tahun Baru Islam 1449 H (perkiraan)", "libur_nasional"],
  ["2027-08-15", "Maulid Nabi Muhammad SAW (perkiraan)", "libur_nasional"],
  ["2027-08-17", "Hari Proklamasi Kemerdekaan Republik Indonesia", "libur_nasional"],
  ["2027-12-24", "Cuti bersama Kelahiran Yesus Kristus (perkiraan)", "cuti_bersama"],
  ["2027-12-25", "Kelahiran Yesus Kristus", "libur_nasional"],
];

// Issue 9: kualitatif realisations, feedback per BerAKHLAK value, IKI accumulation, the holiday calendar.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("performance_year")
    .addColumn("report_due_shift", "text", (c) => c.notNull().defaultTo("next_working_day"))
    .execute();
  await db.schema.alterTable("skp_iki").addColumn("accumulation", "text").execute();

  await db.schema
    .createTable("report_behaviour_feedback")
    .addColumn("report_id", "text", (c) => c.notNull().references("monthly_report.id").onDelete("cascade"))
    .addColumn("value_code", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_behaviour_feedback_pkey", ["report_id", "value_code"])
    .execute();

  await db.schema
    .createTable("holiday")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("holiday_date_key", ["date"])
    .execute();
  const at = new Date().toISOString();
  await db
    .insertInto("holiday")
    .values(
      days.map(([date, name, kind]) => ({
        id: randomUUID(),
        date,
        name,
        kind,
        version: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("holiday").execute();
  await db.schema.dropTable("report_behaviour_feedback").execute();
  await db.schema.alterTable("skp_iki").dropColumn("accumulation").execute();
  await db.schema.alterTable("performance_year").dropColumn("report_due_shift").execute();
}
