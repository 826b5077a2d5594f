import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
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
  startServer,
} from "./harness";
import { apiAs } from "./xss-setup";

const wibToday = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = Number(wibToday.slice(0, 4));
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const TOPIC = "Penyusunan jadwal piket loket PATEN";
const ROLE = "Tersusunnya rekap antrean loket PATEN setiap pekan";
const REWORDED = "Tersusunnya rekap antrean dan waktu tunggu loket PATEN setiap pekan";

async function shots(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-desktop`);
  await expectAccessible(page, `${name}-desktop`);
  await page.setViewportSize(phone);
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-phone`);
  await expectAccessible(page, `${name}-phone`);
  await page.setViewportSize(desktop);
  await page.waitForTimeout(300);
}

/** Saves a download under e2e/screenshots and returns its text (pdftotext), for the checks and a look at it. */
async function savedPdf(page: Page, testId: string, name: string, scope = page.locator("body")): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.pdf`);
  const [download] = await Promise.all([page.waitForEvent("download"), scope.getByTestId(testId).first().click()]);
  await download.saveAs(file);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/**
 * Issue 9 rules 14 and 17: the employee answers Format B.1.8 and downloads it in the official wording; the Kasi fills
 * the Matriks Peran Hasil under his IKI, rewords a cell and downloads the matrix as a PDF.
 */
describe("the official coaching forms and the Matriks Peran Hasil", () => {
  let server: RunningServer;
  let browser: Browser;
  let staff: Page;
  let kasi: Page;
  before(async () => {
    server = await startServer({ REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchBrowser();
    staff = await browser.newPage({ viewport: desktop, baseURL: server.url, acceptDownloads: true });
    kasi = await browser.newPage({ viewport: desktop, baseURL: server.url, acceptDownloads: true });
    await signIn(staff, server.url, "staf.yanum");
    await signIn(kasi, server.url, "kasi.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("lets the employee answer B.1.8 in the official wording and download it as a PDF", async () => {
    const rater = await apiAs(server.url, "kasi.yanum");
    const me = await (await apiAs(server.url, "staf.yanum")).get("/api/profile");
    const session = await rater.post("/api/coaching", { employeeId: me.employee.id, date: wibToday, topic: TOPIC });
    await staff.goto("/team/dialogues?tab=bimbingan");
    const card = staff.getByTestId("coaching-item").filter({ hasText: TOPIC });
    await card.getByTestId("open-b18").waitFor();
    await expectAccessible(staff, "bimbingan kinerja pegawai");
    await card.getByTestId("open-b18").click();
    const form = staff.getByTestId("b18-form");
    await form.getByText("Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat").waitFor();
    await form.getByText("Tentang pegawai dan pimpinan/pihak lain yang diberikan penugasan khusus").waitFor();
    for (let n = 1; n <= 9; n++) {
      await form
        .getByTestId(`b18-statement-${n}`)
        .getByLabel(n === 6 ? "3 · Ragu-ragu" : "4 · Setuju")
        .check();
    }
    await shots(staff, "70-b18-form");
    await form.getByRole("button", { name: "Kirim umpan balik" }).click();
    await card.getByTestId("b18-status").and(staff.locator('[data-filled="true"]')).waitFor();
    await rater.put(`/api/coaching/${session.id}/evaluation`, {
      rows: [{ competency: "Pelayanan publik", score: 4, reason: "Menjelaskan persyaratan dengan sabar" }],
    });
    await staff.reload();
    await card.getByTestId("b19-pdf").waitFor();
    await shots(staff, "71-bimbingan-unduh");
    const text = await savedPdf(staff, "b18-pdf", "72-b18", card);
    assert.match(text, /UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA/);
    assert.match(text, /Saya merasa bahwa pandangan\/pendapat yang diberikan kepada saya bersifat positif/);
    assert.match(text, /Tentang pegawai dan pimpinan\/pihak lain yang diberikan penugasan khusus/);
    assert.match(text, /PEJABAT PENILAI KINERJA/);
    assert.match(text, /Verifikasi keaslian dokumen/);
  });

  it("shows the Kasi the matrix by his IKI, takes a cell, rewords it and prints it", async () => {
    await kasi.goto("/team/mph");
    const matrix = kasi.getByTestId("mph-matrix");
    await matrix.waitFor();
    assert.ok((await kasi.getByTestId("mph-iki").count()) >= 1, "the columns are the Kasi's IKI");
    await expectAccessible(kasi, "matriks peran dan hasil");
    const cell = matrix.getByTestId("mph-cell").first();
    await cell.getByRole("button", { name: /Tambah peran\/hasil/ }).click();
    await kasi.getByLabel("Peran/hasil yang diharapkan").fill(ROLE);
    await expectAccessible(kasi, "tambah peran/hasil");
    await kasi.getByRole("button", { name: "Tambahkan" }).click();
    await cell.getByText(ROLE).waitFor();
    await cell
      .getByRole("button", { name: /^Ubah peran\/hasil/ })
      .first()
      .click();
    const edit = kasi.getByLabel("Peran/hasil yang diharapkan");
    await edit.fill(REWORDED);
    await kasi.getByRole("button", { name: "Simpan" }).click();
    await cell.getByText(REWORDED).waitFor();
    await kasi.getByRole("dialog").waitFor({ state: "hidden" });
    await shots(kasi, "73-matriks-peran-hasil");
    const text = await savedPdf(kasi, "mph-pdf", "74-mph");
    assert.match(text, /MATRIKS PERAN HASIL/);
    assert.match(text, new RegExp(`TAHUN ${year}`));
    assert.match(text, /IKI 1\.1/);
    assert.ok(text.includes(REWORDED), "the PDF prints the reworded cell");
  });
});
