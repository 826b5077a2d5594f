import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { progressBar } from "../../src/cli/progress-bar";
import { type DbConfig, repoRoot } from "../../src/config";
import { createDb, type Db } from "../../src/db";
import { prepareDatabase } from "../../src/db/migrate";
import { readCatalogue } from "../../src/modules/seed/scale/catalogue";
import { planProblems } from "../../src/modules/seed/scale/plan-check";
import { SCALE_MARKER, seedScaleOffices } from "../../src/modules/seed/scale/scale-seed";
import type { Dialect } from "./options";

export const BENCH_PASSWORD = "plaju-2026";

export type Dataset = {
  size: number;
  dialect: Dialect;
  db: DbConfig;
  employees: number;
  /** Seconds the build took in this run, or null when the cached dataset was used. */
  builtIn: number | null;
  where: string;
};

/** The cached dataset of `size` kecamatan, built first when missing, stale (another year or schema) or --rebuild. */
export async function ensureDataset(
  size: number,
  dialect: Dialect,
  options: { pgUrl: string | null; rebuild: boolean },
): Promise<Dataset> {
  const db = configFor(size, dialect, options.pgUrl);
  const where = db.dialect === "sqlite" ? path.relative(repoRoot, db.file) : `schema ${db.schema} (BENCH_DATABASE_URL)`;
  if (!options.rebuild && (await isCurrent(db, size))) {
    // Migrations since the build that add only indexes apply to the cached data; any other change rebuilds it.
    await withDb(db, (handle) => prepareDatabase(handle, db.dialect === "postgres" ? db.schema : undefined));
    if (await isCurrent(db, size)) {
      return { size, dialect, db, employees: await withDb(db, countEmployees), builtIn: null, where };
    }
  }
  await wipe(db);
  console.log(`Building ×${size} on ${dialect} (${where}); cached for the next runs, --rebuild builds it again.`);
  const started = Date.now();
  const bar = progressBar();
  const employees = await withDb(db, async (handle) => {
    await prepareDatabase(handle, db.dialect === "postgres" ? db.schema : undefined);
    const built = await seedScaleOffices(handle, {
      password: BENCH_PASSWORD,
      now: new Date(),
      copies: size,
      onProgress: (p) => bar(p.done, p.copies, `${p.employees.toLocaleString("en")} employees`),
    });
    return built.employees;
  });
  return { size, dialect, db, employees, builtIn: (Date.now() - started) / 1000, where };
}

function configFor(size: number, dialect: Dialect, pgUrl: string | null): DbConfig {
  if (dialect === "postgres") {
    if (!pgUrl) {
      throw new Error("PostgreSQL datasets need BENCH_DATABASE_URL");
    }
    return { dialect, url: pgUrl, schema: `bench_x${size}` };
  }
  return { dialect, file: path.join(repoRoot, "data", "bench", `scale-x${size}.sqlite`) };
}

async function withDb<T>(config: DbConfig, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(config);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Built for this many copies, in this year, and with the schema the scale plan describes (no migration since). */
async function isCurrent(config: DbConfig, size: number): Promise<boolean> {
  if (config.dialect === "sqlite" && !existsSync(config.file)) {
    return false;
  }
  if (config.dialect === "postgres" && !(await schemaExists(config.url, config.schema ?? ""))) {
    return false;
  }
  return withDb(config, async (db) => {
    const catalogue = await readCatalogue(db);
    // bench_bare is the bench server's own table (the bare insert endpoint), not part of the dataset.
    catalogue.columns.delete("bench_bare");
    if (planProblems(catalogue).length > 0) {
      return false;
    }
    const marker = await db
      .selectFrom("instance_marker")
      .select("value")
      .where("key", "=", SCALE_MARKER)
      .executeTakeFirst();
    const year = await db.selectFrom("performance_year").select("year").where("status", "=", "open").executeTakeFirst();
    return marker?.value === String(size) && String(year?.year) === new Date().toISOString().slice(0, 4);
  });
}

async function wipe(config: DbConfig) {
  if (config.dialect === "sqlite") {
    mkdirSync(path.dirname(config.file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) {
      rmSync(`${config.file}${suffix}`, { force: true });
    }
    return;
  }
  await withPg(config.url, async (client) => {
    await client.query(`drop schema if exists ${config.schema} cascade`);
    await client.query(`create schema ${config.schema}`);
  });
}

async function schemaExists(url: string, schema: string): Promise<boolean> {
  return withPg(url, async (client) => {
    const result = await client.query("select 1 from information_schema.schemata where schema_name = $1", [schema]);
    return (result.rowCount ?? 0) > 0;
  });
}

async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function countEmployees(db: Db): Promise<number> {
  const row = await db
    .selectFrom("employee")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
