import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { fromBuffer } from "yauzl";
import { expectAccessible, launchBrowser, type RunningServer, screenshotDir, signIn, startServer } from "./harness";

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** The names of a ZIP's entries, read from its central directory. */
function entryNames(zip: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, (error, file) => {
      if (error) {
        return reject(error);
      }
      const names: string[] = [];
      file.on("entry", (entry) => names.push(entry.fileName));
      file.on("end", () => resolve(names));
      file.on("error", reject);
    });
  });
}

describe("the pengelola kinerja downloads every SKP of a unit as one ZIP", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: desktop, baseURL: server.url, acceptDownloads: true });
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("starts the batch for a seksi, follows the progress bar and gets a ZIP of PDFs", async () => {
    await signIn(page, server.url, "pengelola");
    await page
      .getByRole("navigation")
      .getByRole("link", { name: /Kepatuhan/ })
      .click();
    const panel = page.getByTestId("skp-batch");
    await panel.waitFor();
    await panel.getByTestId("skp-batch-unit").click();
    await page.getByRole("option", { name: "Seksi Pelayanan Umum", exact: true }).click();
    await panel.screenshot({ path: path.join(screenshotDir, "90-skp-batch-desktop.png") });
    await expectAccessible(page, "90-skp-batch-desktop");
    await panel.getByRole("button", { name: "Unduh semua SKP (ZIP)" }).click();
    await panel.getByRole("progressbar").waitFor();
    const state = panel.getByTestId("skp-batch-state");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="skp-batch-state"]')?.getAttribute("data-status") === "done",
      undefined,
      { timeout: 60_000 },
    );
    assert.match((await panel.getByTestId("skp-batch-progress").textContent()) ?? "", /^(\d+) dari \1 SKP disiapkan$/);
    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    await panel.screenshot({ path: path.join(screenshotDir, "90-skp-batch-ready-phone.png") });
    await expectAccessible(page, "90-skp-batch-ready-phone");
    await page.setViewportSize(desktop);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(screenshotDir, "90-skp-batch-ready-desktop.png") });
    await expectAccessible(page, "90-skp-batch-ready-desktop");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByTestId("skp-batch-download").click(),
    ]);
    assert.match(download.suggestedFilename(), /^SKP-\d{4}-Seksi-Pelayanan-Umum\.zip$/);
    const names = await entryNames(readFileSync(await download.path()));
    assert.ok(names.length >= 2, names.join(", "));
    for (const name of names) {
      assert.match(name, /^\d{18}-[A-Za-z0-9-]+-SKP-\d{4}\.pdf$/);
    }
    assert.equal(await state.getAttribute("data-status"), "done");
  });
});
