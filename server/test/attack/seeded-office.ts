import assert from "node:assert/strict";
import { sql } from "kysely";
import { runReminders } from "../../src/modules/notification/reminders";
import { seedDemoOffice } from "../../src/modules/seed/seed";
import { multipart } from "../multipart";
import { type Client, createTestApp, json, type TestApp } from "../test-app";

/** A mid-November day of the demo year: October's reports are in, November's are drafts. */
export const SEED_NOW = "2026-11-16T03:00:00.000Z";

/** A minimal PDF, accepted as bukti dukung. */
export const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** The persona accounts of the demo office the attack suite plays (docs in server/src/modules/seed/demo-accounts.ts). */
export const personaNames = [
  "staf.yanum",
  "staf.talangputri",
  "kasi.yanum",
  "lurah.talangputri",
  "prakom",
  "pengelola",
  "auditor",
  "admin",
] as const;
export type PersonaName = (typeof personaNames)[number];
export type Persona = { userId: string; employeeId: string | null; client: Client };

/**
 * Tables a refused request may legitimately write: sessions, the audit trail (refused account actions are
 * recorded for the auditor) and sign-in throttling. No other table may be written by a refusal; a table added
 * later is watched unless it is named here.
 */
const logTables = new Set(["session", "audit_event", "login_failure"]);

/** Said when a refusal wrote: either a hole, or a new log table that belongs in `logTables`. */
export const WRITE_HINT =
  " (if the refusal is meant to be recorded, in a table of its own, add that table to logTables in seeded-office.ts)";

export type SeededOffice = Awaited<ReturnType<typeof seededOffice>>;

/**
 * The Plaju demo office (about 110 people, two years of SKPs, reports, dialogues, coaching), seeded once per test
 * file on in-memory SQLite or one PostgreSQL schema, plus what the demo does not hold: a file of bukti dukung, an
 * MPH assignment and the reminders. The attack matrices run hundreds of requests against it.
 */
export async function seededOffice() {
  const t = await createTestApp({ mode: "demo", now: SEED_NOW });
  try {
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
    const personas = await signInPersonas(t);
    const evidence = await uploadFileEvidence(t, personas["staf.yanum"]);
    const mph = await assignRole(t, personas["kasi.yanum"], personas["staf.yanum"]);
    await runReminders(t.db, t.clock.now, { publicUrl: null });
    const writes = await installWriteCounter(t);
    return { t, personas, ...evidence, mphAssignmentId: mph, writes };
  } catch (error) {
    await t.close();
    throw error;
  }
}

async function signInPersonas(t: TestApp): Promise<Record<PersonaName, Persona>> {
  const rows = await t.db
    .selectFrom("user_account")
    .select(["id", "username", "employee_id"])
    .where("username", "in", [...personaNames])
    .execute();
  const entries = await Promise.all(
    personaNames.map(async (name) => {
      const row = rows.find((r) => r.username === name);
      assert.ok(row, `the demo seed has no account ${name}`);
      const persona: Persona = {
        userId: row.id,
        employeeId: row.employee_id,
        client: await t.as({ userId: row.id }),
      };
      return [name, persona] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<PersonaName, Persona>; // one entry per persona name, built above
}

/** The employee uploads a PDF to their November draft, through the API, as they would. */
async function uploadFileEvidence(t: TestApp, staff: Persona) {
  const report = await t.db
    .selectFrom("monthly_report")
    .select(["id", "skp_id"])
    .where("employee_id", "=", staff.employeeId ?? "")
    .where("year", "=", 2026)
    .where("month", "=", 11)
    .executeTakeFirstOrThrow();
  const rhk = await t.db
    .selectFrom("skp_rhk")
    .select("id")
    .where("skp_id", "=", report.skp_id)
    .executeTakeFirstOrThrow();
  const form = multipart([
    { name: "rhkId", value: rhk.id },
    { name: "file", filename: "rekap november.pdf", contentType: "application/pdf", content: PDF },
  ]);
  const res = await staff.client.post(`/api/reports/${report.id}/evidence`, form.payload, { headers: form.headers });
  assert.equal(res.statusCode, 200, res.body);
  return { draftReportId: report.id, draftRhkId: rhk.id, fileEvidenceId: String(json(res).id) };
}

/** The Kasi assigns a role/result to their staff under one of the Kasi's approved IKI (Matriks Peran Hasil). */
async function assignRole(t: TestApp, rater: Persona, staff: Persona): Promise<string> {
  const iki = await t.db
    .selectFrom("skp_iki")
    .innerJoin("skp_rhk", "skp_rhk.id", "skp_iki.rhk_id")
    .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
    .select("skp_iki.id")
    .where("skp.employee_id", "=", rater.employeeId ?? "")
    .where("skp.year", "=", 2026)
    .where("skp.status", "=", "disetujui")
    .executeTakeFirstOrThrow();
  const res = await rater.client.post("/api/mph/assignments", {
    raterIkiId: iki.id,
    employeeId: staff.employeeId,
    text: "Menyiapkan rekap layanan administrasi kependudukan",
  });
  assert.equal(res.statusCode, 200, res.body);
  return String(json(res).id);
}

/**
 * Counts every row inserted, updated or deleted in a table other than the log tables, with a row-level trigger per
 * table (rolled back with a refused transaction). Equal before and after a request means it wrote nothing at all,
 * not even a value it then set back.
 */
async function installWriteCounter(t: TestApp): Promise<() => Promise<number>> {
  // On PostgreSQL the catalogue lists every schema's tables; only this test's schema is watched.
  const schema = t.config.db.dialect === "postgres" ? (t.config.db.schema ?? "public") : undefined;
  const tables = (await t.underSchemaLock(() => t.db.introspection.getTables()))
    .filter((table) => schema === undefined || table.schema === schema)
    .map((table) => table.name)
    .filter((name) => !name.startsWith("kysely_") && !logTables.has(name));
  await sql`create table attack_write_count (n integer not null)`.execute(t.db);
  await sql`insert into attack_write_count (n) values (0)`.execute(t.db);
  const bump = "update attack_write_count set n = n + 1";
  if (t.config.db.dialect === "postgres") {
    await sql
      .raw(
        `create function attack_count_write() returns trigger language plpgsql as $$ begin ${bump}; return null; end $$`,
      )
      .execute(t.db);
  }
  for (const table of tables) {
    for (const op of ["insert", "update", "delete"]) {
      const trigger = `attack_${op}_${table}`;
      const ddl =
        t.config.db.dialect === "postgres"
          ? `create trigger ${trigger} after ${op} on ${table} for each row execute function attack_count_write()`
          : `create trigger ${trigger} after ${op} on ${table} begin ${bump}; end`;
      await sql.raw(ddl).execute(t.db);
    }
  }
  return async () => {
    const { rows } = await sql<{ n: number }>`select n from attack_write_count`.execute(t.db);
    return Number(rows[0]?.n);
  };
}
