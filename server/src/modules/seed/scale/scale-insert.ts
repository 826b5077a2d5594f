import { CompiledQuery } from "kysely";
import type { Db } from "../../../db";
import type { OfficeTable } from "./scale-office";

// SQLite binds at most 32,766 variables per statement; PostgreSQL gets one array per column, so rows are cheap.
const SQLITE_VARIABLES = 32_000;
const POSTGRES_ROWS = 5_000;

/**
 * Inserts many rows of one table in few statements: multi-row VALUES on SQLite; on PostgreSQL one array per column
 * unnested into rows, which keeps the statement text and its parameter count small however many rows it carries.
 */
export async function insertRows(
  db: Db,
  dialect: "sqlite" | "postgres",
  table: Pick<OfficeTable, "name" | "columns" | "types">,
  rows: unknown[][],
): Promise<void> {
  const columns = table.columns.map((c) => `"${c}"`).join(", ");
  if (dialect === "postgres") {
    const arrays = table.types.map((type, i) => `$${i + 1}::${type}[]`).join(", ");
    const text = `insert into "${table.name}" (${columns}) select * from unnest(${arrays})`;
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS) {
      const batch = rows.slice(start, start + POSTGRES_ROWS);
      const params = table.columns.map((_, at) => batch.map((row) => row[at]));
      await db.executeQuery(CompiledQuery.raw(text, params));
    }
    return;
  }
  const perRow = Math.max(1, Math.floor(SQLITE_VARIABLES / table.columns.length));
  const tuple = `(${table.columns.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += perRow) {
    const batch = rows.slice(start, start + perRow);
    const text = `insert into "${table.name}" (${columns}) values ${Array(batch.length).fill(tuple).join(", ")}`;
    await db.executeQuery(CompiledQuery.raw(text, batch.flat()));
  }
}
