import type { OrgUnit } from "@simkin/domain";

export type UnitOption = { value: string; label: string; depth: number };

/** Units in tree order (parents before their children), each with its depth for indentation. */
export function unitTreeOptions(units: readonly OrgUnit[]): UnitOption[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const options: UnitOption[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const unit of children.get(parentId) ?? []) {
      options.push({ value: unit.id, label: unit.name, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
