/**
 * Fails when feature folders import each other in a cycle (docs/decisions/0045): domain/src/<x>, server/src/modules/<x>
 * and web/src/features/<x>, each workspace on its own (they meet only through the @simkin/domain package). Tests and
 * fixtures are left out: they may reach into any feature.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describeTangle, type FeatureRoot, featureGraph, type SourceFile, tangles } from "./cycles";

const repo = join(fileURLToPath(import.meta.url), "..", "..");
const roots: FeatureRoot[] = [
  { workspace: "domain", dir: "domain/src" },
  { workspace: "server", dir: "server/src/modules" },
  { workspace: "web", dir: "web/src/features" },
];
const isSource = (name: string) => /\.tsx?$/.test(name) && !/\.(test|fixture|full)\.tsx?$/.test(name);

function sourcesUnder(dir: string): SourceFile[] {
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isSource(entry.name))
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .map((path) => ({ path, text: readFileSync(join(repo, path), "utf8") }));
}

const graph = featureGraph(
  roots.flatMap((root) => sourcesUnder(root.dir)),
  roots,
);
const only = process.argv[2];
const found = tangles(graph).filter((tangle) => !only || tangle[0]?.startsWith(`${only}/`));
for (const tangle of found) {
  console.log(describeTangle(tangle, graph).join("\n"));
}
console.log(`${found.length} module cycle(s) among the feature folders of ${only ?? "domain, server and web"}`);
process.exitCode = found.length > 0 ? 1 : 0;
