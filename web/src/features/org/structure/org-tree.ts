import type { TreeNodeData } from "@mantine/core";
import { type OrgUnit, unitKindSchema } from "@simkin/domain";

const kindRank = new Map<string, number>(unitKindSchema.options.map((kind, index) => [kind, index]));

/** Children of each unit (null = top level), ordered by kind as in the structure (sekretariat, seksi, kelurahan), then code. */
export function childrenByParent(units: readonly OrgUnit[]): Map<string | null, OrgUnit[]> {
  const known = new Set(units.map((u) => u.id));
  const map = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    map.set(parent, [...(map.get(parent) ?? []), unit]);
  }
  for (const list of map.values()) {
    list.sort((a, b) => (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0) || a.code.localeCompare(b.code));
  }
  return map;
}

/** Units in tree order, each with its depth (0 = top level). */
export function flattenUnits(units: readonly OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const children = childrenByParent(units);
  const out: { unit: OrgUnit; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The unit and everything below it. */
export function descendantIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const children = childrenByParent(units);
  const out = new Set<string>();
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.pop();
    if (id === undefined || out.has(id)) {
      continue;
    }
    out.add(id);
    queue.push(...(children.get(id) ?? []).map((u) => u.id));
  }
  return out;
}

/** Ids from the top of the tree down to the unit's parent. */
export function ancestorIds(units: readonly OrgUnit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current !== null && !out.includes(current)) {
    out.unshift(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}

/** Mantine Tree data; the label is the unit id, rendered by the tree's renderNode. */
export function treeData(units: readonly OrgUnit[]): TreeNodeData[] {
  const children = childrenByParent(units);
  const build = (parent: string | null): TreeNodeData[] =>
    (children.get(parent) ?? []).map((unit) => ({ value: unit.id, label: unit.name, children: build(unit.id) }));
  return build(null);
}
