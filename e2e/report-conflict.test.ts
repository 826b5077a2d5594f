import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const month = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(5, 7));
const desktop = { width: 1280, height: 800 };
const MINE = "Versi saya: 42 berkas dispensasi nikah selesai diverifikasi dalam satu hari kerja.";
const THEIRS = "Versi dari tab lain: rekap pelayanan minggu pertama.";

/**
 * Issue 10: two tabs edit the same report draft. The second save meets a newer version; the page shows both versions
 * side by side and keeps what was typed until the user chooses, and "Simpan versi saya" saves it over the new one.
 */
describe("a report draft saved from two tabs", () => {
  let server: RunningServer;
  let browser: Browser;
  let first: Page;
  let second: Page;
  before(async () => {
    server = await startServer({ REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchBrowser();
    first = await (await browser.newContext({ viewport: desktop, baseURL: server.url })).newPage();
    second = await (await browser.newContext({ viewport: desktop, baseURL: server.url })).newPage();
    await signIn(first, server.url, "penata.yanum");
    await signIn(second, server.url, "penata.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  const achievements = (page: Page) => page.getByLabel("Pencapaian", { exact: false }).first();

  it("offers both versions instead of dropping what was typed, and saves the chosen one", async () => {
    await first.getByRole("navigation").getByText("Laporan Bulanan").click();
    const card = first.locator(`[data-testid="report-month"][data-month="${month}"]`);
    await card
      .getByRole("button", { name: "Isi laporan" })
      .or(card.getByRole("link", { name: "Buka laporan" }))
      .first()
      .click();
    await first.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await achievements(first).waitFor();

    await second.goto(first.url());
    await achievements(second).fill(THEIRS);
    await second.getByRole("button", { name: "Simpan draf" }).click();
    await second.getByText("Draf tersimpan").waitFor();

    await achievements(first).fill(MINE);
    const dialog = first.getByRole("dialog", { name: "Data ini baru saja diubah di tempat lain" });
    await dialog.waitFor({ timeout: 15_000 });
    await dialog.getByText(MINE).waitFor();
    await dialog.getByText(THEIRS).waitFor();
    await shot(first, "report-conflict-desktop");
    await expectAccessible(first, "report-conflict-desktop");
    await first.setViewportSize({ width: 390, height: 844 });
    await shot(first, "report-conflict-phone");
    await expectAccessible(first, "report-conflict-phone");
    await first.setViewportSize(desktop);
    assert.equal(await achievements(first).inputValue(), MINE, "what was typed stays in the form");

    await dialog.getByTestId("conflict-keep-mine").click();
    await first.getByText("Draf tersimpan").first().waitFor();
    await first.reload();
    await achievements(first).waitFor();
    assert.equal(await achievements(first).inputValue(), MINE, "my version is the saved one");
    await second.reload();
    assert.equal(await achievements(second).inputValue(), MINE, "the other tab sees it after a reload");
  });
});
