import react from "@vitejs/plugin-react";
import { defineConfig, type Rolldown } from "vite";

/** The Mantine components of the sign-in page, the demo strip, the page loader and the toasts. */
const SIGN_IN_COMPONENTS = [
  "Alert|Anchor|Button|Card|Center|CloseButton|Group|Input|InputBase|Loader|Paper|PasswordInput|Stack|Text",
  "TextInput|Title|Transition|UnstyledButton|ActionIcon|VisuallyHidden",
].join("|");

const CHART_LIBRARIES =
  /[\\/]node_modules[\\/](recharts|@mantine[\\/]charts|victory-vendor|d3-[a-z-]+|@reduxjs|react-redux|redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/;

// What the sign-in page runs from the libraries and the domain (paths with "/"). Barrel modules (@mantine/core's
// index) import everything, so the module graph alone would put every Mantine component on the first page: the list
// names what the page uses. Something missing here still works; it only arrives in the `vendor` chunk, and
// `npm run bench:signin` shows the extra response.
const FIRST_PAGE_LIBRARIES = new RegExp(
  [
    "node_modules/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser|zod|@tanstack|clsx|get-nonce)/",
    "node_modules/(@babel/runtime|klona|fast-deep-equal)/",
    "node_modules/@mantine/(hooks|form|store)/",
    "node_modules/@mantine/notifications/styles",
    "node_modules/@mantine/core/(styles|esm/index|esm/core/|esm/utils/)",
    `node_modules/@mantine/core/esm/components/(${SIGN_IN_COMPONENTS})/`,
    "node_modules/@tabler/icons-react/dist/esm/(tabler-icons-react|defaultAttributes|createReactComponent)",
    "node_modules/@tabler/icons-react/dist/esm/icons/IconAlertTriangle\\.",
    "/domain/src/(index|auth/|http/|time|task/)",
  ].join("|"),
);

type Graph = { getModuleInfo: (id: string) => Rolldown.ModuleInfo | null };

/** Whether the entry reaches a module through static imports alone: then the first page (sign-in) runs it. */
function onFirstPage(id: string, graph: Graph, seen = new Set<string>()): boolean {
  const info = graph.getModuleInfo(id);
  if (info === null || seen.has(id)) {
    return false;
  }
  seen.add(id);
  // A lazily imported module counts as an entry too; the page's own entry is the one nothing imports.
  const pageEntry = info.isEntry && info.dynamicImporters.length === 0 && info.importers.length === 0;
  return pageEntry || info.importers.some((importer) => onFirstPage(importer, graph, seen));
}

/** A module for the sign-in chunk: the app's own code the entry imports, and the listed library parts. */
function forSignIn(id: string, graph: Graph): boolean {
  const path = id.replaceAll("\\", "/");
  const library = /node_modules\/|\/domain\/src\//.test(path);
  return (!library || FIRST_PAGE_LIBRARIES.test(path)) && onFirstPage(id, graph);
}

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://localhost:3000" } },
  // Source order across chunks, so web/src/csp.ts configures Zod before any schema is built (no eval probe).
  // The sign-in page is one chunk: everything the entry imports statically, libraries included (the first page
  // otherwise asked for some thirty small files, and on a 3G link each round of six cost 560 ms). Libraries and the
  // domain shared by the later screens form the `vendor` chunk, fetched after the sign-in page shows. Decision 0049;
  // `npm run bench:signin` measures it.
  build: {
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        strictExecutionOrder: true,
        codeSplitting: {
          // A group takes only what its test names, not everything that imports (React would follow the charts).
          includeDependenciesRecursively: false,
          groups: [
            // The charts (compliance screen only) and what they bring stay out of the first page.
            { name: "charts", test: CHART_LIBRARIES, priority: 2 },
            { debugName: "signin", name: (id, graph) => (forSignIn(id, graph) ? "signin" : null), priority: 3 },
            { name: "vendor", test: /node_modules|[\\/]domain[\\/]src[\\/]/, priority: 1, minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The server puts a fresh nonce in place of this for every page; Mantine's style elements carry it (CSP).
  html: { cspNonce: "__CSP_NONCE__" },
});
