import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeTangle, featureGraph, featureOf, importSpecifiers, shortestLoop, tangles } from "./cycles";

const roots = [
  { workspace: "domain", dir: "domain/src" },
  { workspace: "server", dir: "server/src/modules" },
];
const file = (path: string, ...imports: string[]) => ({
  path,
  text: imports.map((specifier) => `import { x } from "${specifier}";`).join("\n"),
});

describe("importSpecifiers", () => {
  it("finds static, type, re-export, side-effect, multi-line and dynamic imports", () => {
    const text = [
      'import { a } from "./a";',
      'import type { B } from "../b/b";',
      'export * from "./c";',
      'export { d } from "../d/d";',
      'import "./e";',
      "import {\n  f,\n  g,\n} from '../f/f';",
      'const h = await import("../h/h");',
    ].join("\n");
    assert.deepEqual(importSpecifiers(text).sort(), ["../b/b", "../d/d", "../f/f", "../h/h", "./a", "./c", "./e"]);
  });

  it("ignores imports in comments", () => {
    assert.deepEqual(importSpecifiers('// import { a } from "../a/a";\n/* export * from "../b/b"; */'), []);
  });
});

describe("featureOf", () => {
  const cases: [string, string | null][] = [
    ["domain/src/report/report.rules.ts", "domain/report"],
    ["server/src/modules/report/pdf/report-pdf.ts", "server/report"],
    ["domain/src/time.ts", null],
    ["server/src/http/route.ts", null],
    ["web/src/features/skp/page.tsx", null],
  ];
  for (const [path, feature] of cases) {
    it(`${path} is in ${feature}`, () => assert.equal(featureOf(path, roots), feature));
  }
});

describe("featureGraph", () => {
  it("keeps relative imports between features, with the file that makes each", () => {
    const graph = featureGraph(
      [
        file("server/src/modules/auth/auth.service.ts", "../org/chart.repo", "./auth.repo", "../../db", "kysely"),
        file("server/src/modules/report/pdf/report-pdf.ts", "../../skp/pdf/parts"),
      ],
      roots,
    );
    assert.deepEqual(
      [...graph].map(([from, edges]) => [from, [...edges.keys()]]),
      [
        ["server/auth", ["server/org"]],
        ["server/report", ["server/skp"]],
      ],
    );
    assert.equal(graph.get("server/auth")?.get("server/org")?.[0]?.file, "server/src/modules/auth/auth.service.ts");
  });
});

describe("tangles", () => {
  it("is empty when the features form layers", () => {
    const graph = featureGraph(
      [
        file("server/src/modules/report/a.ts", "../skp/b", "../org/c"),
        file("server/src/modules/skp/b.ts", "../org/c"),
        file("server/src/modules/org/c.ts", "../audit/d"),
      ],
      roots,
    );
    assert.deepEqual(tangles(graph), []);
  });

  it("finds a two-way import and a longer loop, each once, and keeps the workspaces apart", () => {
    const graph = featureGraph(
      [
        file("server/src/modules/auth/a.ts", "../org/b"),
        file("server/src/modules/org/b.ts", "../auth/a"),
        file("server/src/modules/report/c.ts", "../skp/d"),
        file("server/src/modules/skp/d.ts", "../verification/e"),
        file("server/src/modules/verification/e.ts", "../report/c"),
        file("domain/src/auth/a.ts", "../report/r"),
      ],
      roots,
    );
    assert.deepEqual(tangles(graph), [
      ["server/auth", "server/org"],
      ["server/report", "server/skp", "server/verification"],
    ]);
    assert.deepEqual(shortestLoop(graph, "server/report"), [
      "server/report",
      "server/skp",
      "server/verification",
      "server/report",
    ]);
    assert.deepEqual(describeTangle(["server/auth", "server/org"], graph), [
      "cycle: server/auth -> server/org -> server/auth  (features in it: server/auth, server/org)",
      "  server/auth -> server/org",
      '    server/src/modules/auth/a.ts imports "../org/b"',
      "  server/org -> server/auth",
      '    server/src/modules/org/b.ts imports "../auth/a"',
    ]);
  });
});
