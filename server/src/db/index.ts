import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DbConfig } from "../config";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

// int8 (count(*), sums) comes back from pg as a string; our numbers fit in a JS number.
pg.types.setTypeParser(20, Number);

export function createDb(config: DbConfig): Db {
  if (config.dialect === "postgres") {
    const options = config.schema ? `-c search_path=${config.schema}` : undefined;
    const pool = new pg.Pool({ connectionString: config.url, options, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }

  const sqlite = new SQLite(config.file);
  sqlite.pragma("journal_mode = WAL");
  // WAL defaults to NORMAL in better-sqlite3, which can lose a committed write on power loss.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // One connection, one writer: Kysely's SqliteDialect serialises every query through it.
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
