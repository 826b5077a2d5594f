import { CompiledQuery } from "kysely";
import type { Db } from "../../../db";
import { type Catalogue, readCatalogue } from "./catalogue";
import { planFor, planProblems, refTarget } from "./plan-check";
import type { AnyTablePlan, ColumnRole, TableName } from "./scale-plan";

/** One table of the office as the clone copies it: columns in database order, rows parents first. */
export type OfficeTable = {
  name: TableName;
  columns: string[];
  /** The declared types (PostgreSQL casts the unnested arrays to them). */
  types: string[];
  roles: ColumnRole[];
  rows: unknown[][];
};

/** The demo office read back for cloning: its tables in foreign-key order (referenced tables first). */
export type Office = { dialect: Catalogue["dialect"]; tables: OfficeTable[] };

type Loaded = OfficeTable & { plan: AnyTablePlan; belongs: boolean[]; cloned: boolean[] };

/**
 * Reads the freshly seeded demo office and decides which rows a copy repeats: those that belong to the kecamatan
 * (by the plan's owner rules) and, where the plan says so, to the seeded year. Throws when the plan and the database
 * disagree, when a runtime table holds rows, or when a copied row points at a row of the office left out of the copy.
 */
export async function readOffice(db: Db, year: number): Promise<Office> {
  const catalogue = await readCatalogue(db);
  const problems = planProblems(catalogue);
  if (problems.length > 0) {
    throw new Error(`The scale plan does not match the database:\n- ${problems.join("\n- ")}`);
  }
  const loaded: Loaded[] = [];
  for (const [name, types] of catalogue.columns) {
    const plan = planFor(name);
    if (!plan) {
      continue; // planProblems reported it
    }
    const table = await loadTable(db, name as TableName, plan, types); // planFor knows the name
    if (plan.kind === "runtime" && table.rows.length > 0) {
      throw new Error(`${name} is a runtime table but the demo seed wrote ${table.rows.length} rows: classify it`);
    }
    loaded.push(table);
  }
  markOffice(loaded, year);
  assertSelfContained(loaded);
  const order = tableOrder(
    catalogue,
    loaded.filter((t) => t.plan.kind === "office").map((t) => t.name),
  );
  const byName = new Map(loaded.map((t) => [t.name, t]));
  const tables = order.map((name) => {
    const table = byName.get(name) as Loaded; // order lists only loaded office tables
    const rows = table.rows.filter((_, i) => table.cloned[i]);
    return { name, columns: table.columns, types: table.types, roles: table.roles, rows: parentsFirst(table, rows) };
  });
  return { dialect: catalogue.dialect, tables };
}

async function loadTable(db: Db, name: TableName, plan: AnyTablePlan, types: Map<string, string>): Promise<Loaded> {
  const columns = [...types.keys()];
  const roles = columns.map((c) => plan.columns[c] ?? "copy");
  const idColumn = columns[roles.indexOf("id")];
  const list = columns.map((c) => `"${c}"`).join(", ");
  const order = idColumn ? ` order by "${idColumn}"` : "";
  const result = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(`select ${list} from "${name}"${order}`, []),
  );
  const rows = result.rows.map((row) => columns.map((c) => row[c] ?? null));
  const flags = rows.map(() => false);
  return { name, columns, types: [...types.values()], roles, rows, plan, belongs: flags, cloned: [...flags] };
}

/**
 * `belongs`: the row is part of the kecamatan; `cloned`: it also lies in the seeded year, and so does its owner.
 * Repeated until nothing changes, since owners may come later in the list (and a unit's parent is a unit).
 */
function markOffice(tables: Loaded[], year: number) {
  const belongIds = new Set<string>();
  const clonedIds = new Set<string>();
  const referenced = (table: string, column: string, ids: Set<string>) => {
    const source = tables.find((t) => t.name === table);
    const index = source?.columns.indexOf(column) ?? -1;
    const seen = new Set<unknown>();
    source?.rows.forEach((row, i) => {
      if (ids === belongIds ? source.belongs[i] : source.cloned[i]) {
        seen.add(row[index]);
      }
    });
    return seen;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of tables) {
      const owner = table.plan.kind === "office" ? table.plan.owner : undefined;
      if (!owner) {
        continue;
      }
      const idAt = table.roles.indexOf("id");
      const yearAt = table.plan.currentYearOnly ? table.columns.indexOf(table.plan.currentYearOnly) : -1;
      const inYear = (row: unknown[]) => yearAt < 0 || String(row[yearAt]).slice(0, 4) === String(year);
      const test =
        "referencedBy" in owner
          ? (() => {
              const belongSet = referenced(owner.referencedBy.table, owner.referencedBy.column, belongIds);
              const clonedSet = referenced(owner.referencedBy.table, owner.referencedBy.column, clonedIds);
              return (row: unknown[], ids: Set<string>) => (ids === belongIds ? belongSet : clonedSet).has(row[idAt]);
            })()
          : ownerTest(table, owner);
      table.rows.forEach((row, i) => {
        if (!table.belongs[i] && test(row, belongIds)) {
          table.belongs[i] = true;
          changed = true;
          if (idAt >= 0) {
            belongIds.add(String(row[idAt]));
          }
        }
        if (!table.cloned[i] && inYear(row) && test(row, clonedIds)) {
          table.cloned[i] = true;
          changed = true;
          if (idAt >= 0) {
            clonedIds.add(String(row[idAt]));
          }
        }
      });
    }
  }
}

function ownerTest(table: Loaded, owner: { column: string; root?: { column: string; equals: string } }) {
  const at = table.columns.indexOf(owner.column);
  const rootAt = owner.root ? table.columns.indexOf(owner.root.column) : -1;
  return (row: unknown[], ids: Set<string>) =>
    (rootAt >= 0 && row[rootAt] === owner.root?.equals) || (row[at] !== null && ids.has(String(row[at])));
}

/**
 * A cloned row may point at another cloned row or at a shared (government) row, never at a row of the office that
 * is not cloned (another year's); and no shared row may point into the office (it would belong to one copy only).
 */
function assertSelfContained(tables: Loaded[]) {
  const belongs = new Set<string>();
  const cloned = new Set<string>();
  for (const t of tables) {
    const idAt = t.roles.indexOf("id");
    t.rows.forEach((row, i) => {
      if (idAt >= 0 && t.belongs[i]) {
        belongs.add(String(row[idAt]));
      }
      if (idAt >= 0 && t.cloned[i]) {
        cloned.add(String(row[idAt]));
      }
    });
  }
  for (const t of tables) {
    const refs = t.roles.flatMap((role, at) => (refTarget(role) !== null || role === "ref_any" ? [at] : []));
    t.rows.forEach((row, i) => {
      for (const at of refs) {
        const value = row[at];
        if (value === null || !belongs.has(String(value))) {
          continue;
        }
        const where = `${t.name}.${t.columns[at]} = ${String(value)}`;
        if (!t.belongs[i]) {
          throw new Error(`A shared row points into the office (${where}): its table's owner rule misses it`);
        }
        if (t.cloned[i] && !cloned.has(String(value))) {
          throw new Error(`A cloned row points at a row of the office that is not cloned (${where})`);
        }
      }
    });
  }
}

/** Office tables with the tables they reference (by the database's foreign keys) first. */
function tableOrder(catalogue: Catalogue, names: TableName[]): TableName[] {
  const order: TableName[] = [];
  const visiting = new Set<string>();
  const visit = (name: TableName) => {
    if (order.includes(name)) {
      return;
    }
    if (visiting.has(name)) {
      throw new Error(`Foreign keys form a cycle through ${name}: the clone cannot order its inserts`);
    }
    visiting.add(name);
    for (const key of catalogue.foreignKeys) {
      const target = names.find((n) => n === key.target);
      if (key.table === name && target && target !== name) {
        visit(target);
      }
    }
    visiting.delete(name);
    order.push(name);
  };
  for (const name of names) {
    visit(name);
  }
  return order;
}

/** Rows that reference a row of their own table (a unit's parent, an SKP's previous revision) come after it. */
function parentsFirst(table: Loaded, rows: unknown[][]): unknown[][] {
  const idAt = table.roles.indexOf("id");
  const selfRefs = table.roles.flatMap((role, at) => (refTarget(role) === table.name ? [at] : []));
  if (idAt < 0 || selfRefs.length === 0) {
    return rows;
  }
  const byId = new Map(rows.map((row) => [row[idAt], row]));
  const placed = new Set<unknown>();
  const sorted: unknown[][] = [];
  const place = (row: unknown[], depth: number) => {
    if (placed.has(row[idAt]) || depth > rows.length) {
      return;
    }
    for (const at of selfRefs) {
      const parent = byId.get(row[at]);
      if (parent) {
        place(parent, depth + 1);
      }
    }
    placed.add(row[idAt]);
    sorted.push(row);
  };
  for (const row of rows) {
    place(row, 0);
  }
  return sorted;
}
