import type { Catalogue } from "./catalogue";
import type { AnyTablePlan, ColumnRole, ScalePlan, TableName } from "./scale-plan";
import { scalePlan } from "./scale-plan";

/** The plan's entry for a table name read from the database, or undefined for a table the plan does not know. */
export function planFor(name: string, plan: ScalePlan = scalePlan): AnyTablePlan | undefined {
  return Object.hasOwn(plan, name) ? plan[name as TableName] : undefined; // hasOwn: name is one of the plan's keys
}

export function refTarget(role: ColumnRole | undefined): string | null {
  return typeof role === "object" ? role.ref : null;
}

/**
 * What is wrong between the plan and the database: an unclassified table or column, a classified one that does not
 * exist, a foreign key not classified as a reference to its table, an owner column that is no reference.
 */
export function planProblems(catalogue: Catalogue, plan: ScalePlan = scalePlan): string[] {
  const problems: string[] = [];
  for (const [table, columns] of catalogue.columns) {
    const entry = planFor(table, plan);
    if (!entry) {
      problems.push(`table ${table} is not classified in scale-plan.ts (office, shared or runtime)`);
      continue;
    }
    const roles = entry.columns;
    for (const column of columns.keys()) {
      if (!Object.hasOwn(roles, column)) {
        problems.push(`column ${table}.${column} is not classified in scale-plan.ts`);
      }
    }
    for (const column of Object.keys(roles)) {
      if (!columns.has(column)) {
        problems.push(`scale-plan.ts classifies ${table}.${column}, which the database does not have`);
      }
    }
    if (entry.owner && "column" in entry.owner) {
      const role = roles[entry.owner.column];
      if (refTarget(role) === null && role !== "ref_any") {
        problems.push(`${table} is owned through ${entry.owner.column}, which is not classified as a reference`);
      }
    }
  }
  for (const table of Object.keys(plan)) {
    if (!catalogue.columns.has(table)) {
      problems.push(`scale-plan.ts classifies table ${table}, which the database does not have`);
    }
  }
  for (const key of catalogue.foreignKeys) {
    const entry = planFor(key.table, plan);
    const target = entry ? refTarget(entry.columns[key.column]) : null;
    if (entry && target !== key.target) {
      problems.push(`${key.table}.${key.column} references ${key.target}: classify it as { ref: "${key.target}" }`);
    }
  }
  return problems;
}
