// Bundles the server with the workspace's TypeScript (domain ships .ts); npm dependencies stay external.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith("@simkin/"));

await build({
  // The PDF worker is its own entry: piscina loads dist/pdf-worker.js beside dist/main.js (pdf-pool.ts).
  entryPoints: { main: "src/main.ts", "pdf-worker": "src/modules/skp/pdf/pdf-worker.ts" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  outdir: "dist",
  external,
  sourcemap: true,
  logLevel: "warning",
});
