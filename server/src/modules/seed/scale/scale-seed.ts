import { sql } from "kysely";
import type { Db } from "../../../db";
import * as audit from "../../audit/audit.repo";
import { type SeedOptions, seedDemoOffice } from "../seed";
import { copyOffice } from "./scale-copy";
import { insertRows } from "./scale-insert";
import { readOffice } from "./scale-office";

export type ScaleProgress = { done: number; copies: number; employees: number };

export type ScaleOptions = SeedOptions & {
  /** How many kecamatan in all: the demo office is the first, the rest are its clones. */
  copies: number;
  onProgress?: (progress: ScaleProgress) => void;
};

/** Written with the build, so a cached benchmark database knows how many copies it holds. */
export const SCALE_MARKER = "scale_offices";
export const MAX_COPIES = 9_999;

/**
 * Fills an empty database with `copies` kecamatan under the one Pemerintah Kota of the demo: the demo office, then
 * clones of its rows (fresh ids, NIPs, usernames, unit codes and place names) for the seeded year, table by table as
 * scale-plan.ts classifies them, so whatever the demo seed grows to is cloned too.
 */
export async function seedScaleOffices(db: Db, options: ScaleOptions): Promise<{ employees: number }> {
  if (!Number.isInteger(options.copies) || options.copies < 1 || options.copies > MAX_COPIES) {
    throw new Error(`The number of copies must be a whole number from 1 to ${MAX_COPIES}`);
  }
  await seedDemoOffice(db, options);
  const office = await readOffice(db, Number(options.now.toISOString().slice(0, 4)));
  const perCopy = office.tables.find((t) => t.name === "employee")?.rows.length ?? 0;
  const base = await countEmployees(db);
  const report = (done: number) =>
    options.onProgress?.({ done, copies: options.copies, employees: base + (done - 1) * perCopy });
  report(1);
  if (office.dialect === "sqlite") {
    // A rebuildable dataset: a power cut may cost the last copies, not the file (WAL keeps it consistent).
    await sql`pragma synchronous = normal`.execute(db);
  }
  // About 16,000 rows a copy: a few copies per transaction keeps SQLite's commits and PostgreSQL's round trips few.
  const perTransaction = office.dialect === "sqlite" ? 4 : 2;
  // PostgreSQL checks foreign keys and fills indexes in its own processes: two connections keep both cores busy.
  const workers = office.dialect === "sqlite" ? 1 : 2;
  let next = 2;
  let done = 1;
  const work = async () => {
    while (next <= options.copies) {
      const first = next;
      const last = Math.min(options.copies, first + perTransaction - 1);
      next = last + 1;
      await db.transaction().execute(async (trx) => {
        for (let copy = first; copy <= last; copy++) {
          for (const { table, rows } of copyOffice(office, copy)) {
            const shape = office.tables.find((t) => t.name === table);
            if (shape && rows.length > 0) {
              await insertRows(trx, office.dialect, shape, rows);
            }
          }
        }
      });
      done += last - first + 1;
      report(done);
    }
  };
  await Promise.all(Array.from({ length: workers }, work));
  await finish(db, office.dialect, options);
  return { employees: base + (options.copies - 1) * perCopy };
}

async function countEmployees(db: Db): Promise<number> {
  const row = await db
    .selectFrom("employee")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function finish(db: Db, dialect: "sqlite" | "postgres", options: ScaleOptions) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("instance_marker")
      .values({ key: SCALE_MARKER, value: String(options.copies), created_at: new Date().toISOString() })
      .execute();
    await audit.record(trx, null, options.now, {
      action: "seed.scale_offices",
      subjectType: "system",
      subjectId: "seed",
      after: { copies: options.copies },
    });
  });
  if (dialect === "sqlite") {
    // The planner statistics a server would gather at its next start (createDb runs pragma optimize).
    await sql`pragma analysis_limit = 1000`.execute(db);
    await sql`analyze`.execute(db);
    await sql`pragma synchronous = full`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } else {
    // What autovacuum would do within a minute of such a load: the planner needs row counts.
    await sql`analyze`.execute(db);
  }
}
