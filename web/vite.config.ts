import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://localhost:3000" } },
  // Source order across chunks, so web/src/csp.ts configures Zod before any schema is built (no eval probe).
  build: { chunkSizeWarningLimit: 900, rolldownOptions: { output: { strictExecutionOrder: true } } },
  // The server puts a fresh nonce in place of this for every page; Mantine's style elements carry it (CSP).
  html: { cspNonce: "__CSP_NONCE__" },
});
