// How long the sign-in page takes to become usable on a Fast 3G link (issue 11: kelurahan offices work on such
// links), as Chrome's DevTools preset emulates it: 1.6 Mbit/s down at 90%, 750 kbit/s up, 562.5 ms round trip.
// Runs the built server (npm run build first) and Debian's Chromium; prints one line per run and the median.
// npm run bench:signin [-- --runs 3]
import { parseArgs } from "node:util";
import { launchBrowser, startServer } from "./harness";

const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
const TARGET_MS = 3000;

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);

const server = await startServer();
const browser = await launchBrowser();
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh context: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", FAST_3G);
    const requests: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      requests.push({ url: response.url().replace(server.url, ""), bytes: body.length });
    });
    const started = performance.now();
    await page.goto(`${server.url}/login`, { waitUntil: "commit" });
    const button = page.getByRole("button", { name: /^Masuk$/ });
    await button.waitFor({ state: "visible", timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const submit = document.querySelector<HTMLButtonElement>("button[type=submit]");
        return submit !== null && !submit.disabled;
      },
      undefined,
      { timeout: 60_000 },
    );
    const ms = performance.now() - started;
    times.push(ms);
    const total = requests.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `run ${i + 1}: sign-in usable after ${ms.toFixed(0)} ms, ${requests.length} responses, ${(total / 1024).toFixed(0)} KiB`,
    );
    if (i === 0) {
      for (const r of requests.sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
        console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(7)} KiB ${r.url}`);
      }
    }
    await context.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(
    `Fast 3G sign-in (median of ${runs}): ${median.toFixed(0)} ms, target ≤ ${TARGET_MS} ms: ${median <= TARGET_MS ? "MET" : "MISSED"}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
