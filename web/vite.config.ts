import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const CHART_LIBRARIES =
  /[\\/]node_modules[\\/](recharts|@mantine[\\/]charts|victory-vendor|d3-[a-z-]+|@reduxjs|react-redux|redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://localhost:3000" } },
  // Source order across chunks, so web/src/csp.ts configures Zod before any schema is built (no eval probe).
  // Libraries and the domain shared by several chunks in one chunk: the first page otherwise asked for some thirty
  // small files, and on a 3G link (560 ms a round trip, six connections) the round trips kept sign-in waiting.
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
            { name: "vendor", test: /node_modules|[\\/]domain[\\/]src[\\/]/, priority: 1, minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The server puts a fresh nonce in place of this for every page; Mantine's style elements carry it (CSP).
  html: { cspNonce: "__CSP_NONCE__" },
});
