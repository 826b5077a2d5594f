import { posix } from "node:path";

/** A workspace's feature folders: every folder directly under `dir` is one feature. */
export type FeatureRoot = { workspace: string; dir: string };
export type SourceFile = { path: string; text: string };
/** One import that crosses from one feature folder into another. */
export type CrossImport = { from: string; to: string; file: string; specifier: string };
/** "workspace/feature" -> the features it imports, each with the imports that make the edge. */
export type FeatureGraph = Map<string, Map<string, CrossImport[]>>;

const STATIC = /\b(?:import|export)\s+(?:type\s+)?[^;'"]*?\bfrom\s*["']([^"']+)["']/g;
const BARE = /\bimport\s*["']([^"']+)["']/g;
const DYNAMIC = /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a TypeScript file imports or re-exports (static, side-effect and dynamic imports). */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [STATIC, BARE, DYNAMIC].flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? ""));
}

/** "workspace/feature" of a path, or null when the path is not inside a feature folder of a root. */
export function featureOf(path: string, roots: readonly FeatureRoot[]): string | null {
  for (const root of roots) {
    const prefix = `${root.dir}/`;
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length).split("/");
      return rest.length > 1 ? `${root.workspace}/${rest[0]}` : null;
    }
  }
  return null;
}

/** The graph of relative imports between feature folders; imports of packages and within one feature are left out. */
export function featureGraph(files: readonly SourceFile[], roots: readonly FeatureRoot[]): FeatureGraph {
  const graph: FeatureGraph = new Map();
  for (const file of files) {
    const from = featureOf(file.path, roots);
    if (from === null) {
      continue;
    }
    for (const specifier of importSpecifiers(file.text)) {
      if (!specifier.startsWith(".")) {
        continue;
      }
      const to = featureOf(posix.normalize(posix.join(posix.dirname(file.path), specifier)), roots);
      if (to === null || to === from) {
        continue;
      }
      const edges = graph.get(from) ?? new Map<string, CrossImport[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), { from, to, file: file.path, specifier }]);
    }
  }
  return graph;
}

/** Features that reach each other through imports (Tarjan's strongly connected components), each sorted; singles left out. */
export function tangles(graph: FeatureGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        component.push(member ?? node);
      } while (member !== undefined && member !== node);
      if (component.length > 1) {
        found.push(component.sort());
      }
    }
  };
  for (const node of [...graph.keys()].sort()) {
    if (!index.has(node)) {
      visit(node);
    }
  }
  return found.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** The shortest loop from `start` back to itself (breadth first), as the features it passes: [start, ..., start]. */
export function shortestLoop(graph: FeatureGraph, start: string): string[] | null {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (next === start) {
        const loop = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) {
          loop.splice(1, 0, at);
        }
        return [...loop, start];
      }
      if (next !== start && !cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/** A tangle as lines a person can act on: one loop through it, then every import between its features. */
export function describeTangle(tangle: readonly string[], graph: FeatureGraph): string[] {
  const first = tangle[0] ?? "";
  const lines = [
    `cycle: ${(shortestLoop(graph, first) ?? tangle).join(" -> ")}  (features in it: ${tangle.join(", ")})`,
  ];
  for (const from of tangle) {
    for (const [to, edges] of [...(graph.get(from) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
      if (tangle.includes(to)) {
        lines.push(`  ${from} -> ${to}`, ...edges.map((edge) => `    ${edge.file} imports "${edge.specifier}"`));
      }
    }
  }
  return lines;
}
