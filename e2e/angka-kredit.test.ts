import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  type RunningServer,
  screenshotDir,
  shot,
  signIn,
  signOut,
  startServer,
} from "./harness";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** The same screen at 390 px once the navigation has slid away, looked at and checked, then back on the desktop. */
async function phoneShot(page: Page, name: string, part?: string) {
  await page.setViewportSize(phone);
  await page.getByRole("button", { name: "Menu" }).waitFor();
  await page.waitForTimeout(500);
  await shot(page, name);
  if (part) {
    await page.getByTestId(part).screenshot({ path: path.join(screenshotDir, `${name}-bagian.png`) });
  }
  await expectAccessible(page, name);
  await page.setViewportSize(desktop);
}

/** Issue 12: the pengelola keeps the angka kredit master, an AK dasar and a jenjang history, and the year's settings. */
describe("angka kredit and the year's evaluation settings", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: desktop });
    await signIn(page, server.url, "pengelola");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("lists the fungsional staff and corrects a master row", async () => {
    await page.getByRole("navigation").getByText("Angka Kredit").click();
    await page.getByTestId("ak-list").waitFor();
    assert.ok((await page.getByTestId("ak-list").locator("tbody tr").count()) >= 3, "the seeded fungsional staff");
    await page.getByRole("button", { name: "Ubah Terampil" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("AK kenaikan jenjang").fill("40");
    await expectAccessible(page, "ubah master angka kredit");
    await dialog.getByTestId("ak-master-save").click();
    await dialog.waitFor({ state: "hidden" });
    const terampil = page.getByTestId("ak-master").locator("tr", { hasText: "Terampil" });
    assert.match((await terampil.textContent()) ?? "", /40/);
    assert.doesNotMatch((await terampil.textContent()) ?? "", /bawaan/);
    await shot(page, "ak-01-daftar");
    await expectAccessible(page, "daftar angka kredit");
  });

  it("records an AK dasar and a jenjang entry, and the total follows", async () => {
    await page.getByTestId("ak-list").locator("tbody tr a").first().click();
    await page.getByTestId("ak-years").waitFor();
    await page.getByRole("button", { name: "Catat angka kredit awal" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel(/^Angka kredit/).fill("-3");
    await dialog.getByTestId("ak-dasar-save").click();
    await dialog.getByText("tidak boleh negatif").waitFor();
    await dialog.getByLabel(/^Angka kredit/).fill("25,5");
    await dialog.getByLabel("Dihitung mulai tahun").fill("2026");
    await dialog.getByLabel("Nomor PAK").fill("800/12/PAK/2025");
    await dialog.getByTestId("ak-dasar-save").click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("800/12/PAK/2025").waitFor();
    assert.match((await page.getByTestId("ak-total").textContent()) ?? "", /25,5/);

    await page.getByRole("button", { name: "Tambah riwayat" }).click();
    await dialog.getByText("Jenjang jabatan fungsional", { exact: true }).click();
    await dialog.getByTestId("rank-value").click();
    await page.getByRole("option", { name: "Ahli Pertama" }).click();
    await dialog.getByLabel("TMT").fill("2022-01-01");
    await dialog.getByTestId("rank-save").click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("rank-history").getByText("Ahli Pertama").waitFor();
    await shot(page, "ak-02-pegawai");
    await expectAccessible(page, "angka kredit pegawai");
    await phoneShot(page, "ak-02-pegawai-hp");
  });

  it("saves the year's evaluation settings, with errors beside their fields", async () => {
    await page.getByRole("navigation").getByText("Periode & Kalender").click();
    const section = page.getByTestId("evaluation-settings");
    await section.waitFor();
    await section.getByLabel("Batas keberatan (hari kalender)").fill("21");
    await section.getByLabel("Sesuai ekspektasi mulai (%)").fill("120");
    await section.getByTestId("setting-save").click();
    await section.getByText("tidak boleh di atas").waitFor();
    await section.getByLabel("Sesuai ekspektasi mulai (%)").fill("90");
    await section.getByLabel("SKP terakhir").check();
    await section.getByTestId("setting-save").click();
    await page.getByText(/Pengaturan evaluasi \d{4} disimpan/).waitFor();
    await page.reload();
    await section.waitFor();
    assert.equal(await section.getByLabel("Batas keberatan (hari kalender)").inputValue(), "21");
    assert.ok(await section.getByLabel("SKP terakhir").isChecked());
    await shot(page, "ak-03-pengaturan");
    await section.screenshot({ path: path.join(screenshotDir, "ak-03-pengaturan-bagian.png") });
    await expectAccessible(page, "pengaturan evaluasi", '[data-testid="evaluation-settings"]');
    await phoneShot(page, "ak-03-pengaturan-hp", "evaluation-settings");
  });

  it("shows a fungsional employee their own angka kredit from the profile", async () => {
    await signOut(page);
    await signIn(page, server.url, "prakom");
    await page.goto(`${server.url}/profile`);
    await page.getByTestId("ak-link").click();
    await page.getByTestId("ak-years").waitFor();
    assert.equal(await page.getByRole("button", { name: "Catat angka kredit awal" }).count(), 0, "read-only");
    await expectAccessible(page, "angka kredit sendiri");
    await phoneShot(page, "ak-04-sendiri-hp");
  });
});
