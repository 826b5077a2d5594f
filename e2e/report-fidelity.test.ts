import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

const wibToday = new Date(Date.now() + 7 * 3_600_000).toISOString();
const month = Number(wibToday.slice(5, 7));
const year = Number(wibToday.slice(0, 4));
const VALUE_FEEDBACK =
  "Ramah dan sabar menjelaskan persyaratan kepada pemohon; pertahankan penjelasan tertulis untuk berkas yang kurang.";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Takes the page at desktop and phone width, then goes back to desktop. */
async function shots(page: Page, name: string) {
  // From the top: a full-page shot of a scrolled page draws the fixed header in the middle.
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

/**
 * Issue 9 (reports & calendar): an employee with a kualitatif SKP reports an IKI in words with an evidence file; the
 * rater gives feedback on a BerAKHLAK value; the employee sees it on the report page and in the report PDF.
 */
describe("a kualitatif report with feedback per BerAKHLAK value, and the holiday calendar", () => {
  let server: RunningServer;
  let browser: Browser;
  let penata: Page;
  let kasi: Page;
  let reportUrl = "";
  before(async () => {
    server = await startServer({ REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchBrowser();
    penata = await browser.newPage({ viewport: desktop, baseURL: server.url });
    kasi = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(penata, server.url, "penata.yanum");
    await signIn(kasi, server.url, "kasi.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("lets the employee report each IKI in words with an evidence file, and submit", async () => {
    await penata.getByRole("navigation").getByText("Laporan Bulanan").click();
    const card = penata.locator(`[data-testid="report-month"][data-month="${month}"]`);
    const open = card.getByRole("button", { name: "Isi laporan" }).or(card.getByRole("link", { name: "Buka laporan" }));
    await open.first().click();
    await penata.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = penata.url();
    const words = penata.getByTestId("realisation-words-input");
    await words.first().waitFor();
    assert.ok((await words.count()) >= 1, "the kualitatif IKI take words");
    assert.equal(await penata.getByTestId("realisation-input").count(), 0, "no number fields");
    await words
      .first()
      .fill(
        "Standar pelayanan dispensasi nikah hasil reviu dicetak dan dipasang di ruang tunggu; salinannya diunggah ke laman kecamatan.",
      );
    for (const input of (await words.all()).slice(1)) {
      await input.fill(
        "Menyusun rekap pengaduan bulan ini beserta status tindak lanjutnya; seluruh pengaduan dijawab.",
      );
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-bukti-")), "foto-ruang-tunggu.pdf");
    writeFileSync(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    for (const rhk of await penata.getByTestId("report-rhk").all()) {
      await rhk.getByTestId("evidence-upload").setInputFiles(file);
      await rhk.getByTestId("evidence-list").getByText("foto-ruang-tunggu.pdf").first().waitFor();
    }
    await penata.getByLabel("Pencapaian").fill("Reviu standar pelayanan dispensasi nikah selesai dan dipublikasikan.");
    await penata.getByText("Tersimpan otomatis").first().waitFor({ timeout: 15_000 });
    await shots(penata, "60-laporan-kualitatif");
    await penata.getByTestId("submit-report").click();
    await penata.getByTestId("confirm-submit").waitFor();
    await expectAccessible(penata, "konfirmasi ajukan laporan dengan kata-kata");
    await penata.getByTestId("confirm-submit").click();
    await penata.getByTestId("report-status").getByText("Diajukan").waitFor();
  });

  it("shows the rater the words and takes feedback on a BerAKHLAK value", async () => {
    await kasi.goto(reportUrl);
    await kasi.getByTestId("realisation-words").first().getByText("dispensasi nikah").waitFor();
    const values = kasi.getByTestId("behaviour-feedback-form");
    await values.waitFor();
    assert.equal(await values.locator("textarea[data-value]").count(), 7, "all seven BerAKHLAK values");
    await values.locator('textarea[data-value="berorientasi_pelayanan"]').fill(VALUE_FEEDBACK);
    await kasi.getByTestId("feedback-form").getByLabel("Catatan umum").fill("Laporan lengkap dengan bukti dukung.");
    await shots(kasi, "61-umpan-balik-berakhlak");
    await kasi.getByTestId("accept-report").click();
    await kasi.getByTestId("report-status").getByText("Diterima").waitFor();
  });

  it("shows the employee the feedback on the value on the report page", async () => {
    await penata.goto(reportUrl);
    const card = penata.getByTestId("behaviour-feedback");
    await card.getByText("Berorientasi Pelayanan").waitFor();
    await card.getByText(VALUE_FEEDBACK).waitFor();
    await shots(penata, "62-laporan-umpan-balik-berakhlak");
  });

  it("prints the words and the feedback on the value in the report PDF", async () => {
    const id = reportUrl.split("/").pop() ?? "";
    const res = await penata.request.get(`/api/reports/${id}/pdf`);
    assert.equal(res.status(), 200);
    mkdirSync(screenshotDir, { recursive: true });
    const pdf = path.join(screenshotDir, "63-laporan-kualitatif.pdf");
    writeFileSync(pdf, await res.body());
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    assert.match(text, /REALISASI BULAN INI BERDASARKAN BUKTI DUKUNG/);
    assert.match(text, /dispensasi nikah hasil reviu/);
    assert.match(text, /UMPAN BALIK PERILAKU KERJA \(BERAKHLAK\)/);
    // Cells wrap, and pdftotext reads neighbouring cells line by line: match phrases of one line each.
    assert.match(text, /Berorientasi Pelayanan/);
    assert.match(text, /Ramah dan sabar menjelaskan/);
    assert.match(text, /pertahankan penjelasan tertulis/);
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(screenshotDir, "63-laporan-kualitatif")]);
  });

  it("counts the words as reported IKI in the rater's compliance view", async () => {
    await kasi.goto(`/team/compliance?year=${year}&month=${month}`);
    await kasi.getByTestId("compliance-table").waitFor();
    const cells = kasi.getByTestId("iki-filled");
    assert.ok((await cells.count()) >= 1);
    await shots(kasi, "64-kepatuhan-realisasi-iki");
  });

  it("lets the pengelola kinerja keep the holiday calendar under Periode & Kalender", async () => {
    const pengelola = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(pengelola, server.url, "pengelola");
    await pengelola.getByRole("navigation").getByText("Periode & Kalender").click();
    const section = pengelola.getByTestId("holidays");
    await section.getByTestId("holiday-row").first().waitFor();
    await section.getByRole("button", { name: "Tambah hari libur" }).click();
    const dialog = pengelola.getByRole("dialog");
    await dialog.getByLabel("Tanggal").fill(`${year}-11-25`);
    await dialog.getByLabel("Keterangan").fill("Cuti bersama Hari Guru (contoh)");
    await dialog.getByText("Cuti bersama", { exact: true }).click();
    await expectAccessible(pengelola, "tambah hari libur");
    await dialog.getByTestId("holiday-save").click();
    await section.locator(`[data-testid="holiday-row"][data-date="${year}-11-25"]`).waitFor();
    await section.getByRole("button", { name: "Tambah hari libur" }).click();
    await pengelola.getByRole("dialog").getByLabel("Tanggal").fill(`${year}-12-25`);
    await pengelola.getByRole("dialog").getByLabel("Keterangan").fill("Natal");
    await pengelola.getByRole("dialog").getByTestId("holiday-save").click();
    await pengelola
      .getByRole("dialog")
      .getByText(/sudah tercatat/)
      .waitFor();
    await expectAccessible(pengelola, "hari libur sudah tercatat");
    await pengelola.keyboard.press("Escape");
    await shots(pengelola, "65-kalender-hari-libur");
    await pengelola.close();
  });

  it("lets an employee declare how an IKI adds up in the SKP editor, the satuan's default showing otherwise", async () => {
    const lurah = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(lurah, server.url, "lurah.talangputri");
    await lurah.getByRole("navigation").getByText("SKP Saya").click();
    await lurah.getByTestId("create-skp").click();
    await lurah.getByTestId("create-skp-submit").click();
    await lurah.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    await lurah.getByRole("button", { name: "Tambah RHK utama" }).click();
    const rhk = lurah.getByTestId("rhk-item").first();
    await rhk
      .getByRole("textbox", { name: "Rencana Hasil Kerja (RHK)" })
      .fill("Optimalnya penerimaan PBB-P2 kelurahan");
    if ((await rhk.getByTestId("iki-row").count()) === 0) {
      await rhk.getByTestId("add-iki").click();
    }
    const iki = rhk.getByTestId("iki-row").first();
    await iki
      .getByLabel("Indikator Kinerja Individu (IKI)")
      .fill("Persentase realisasi PBB-P2 kelurahan terhadap target");
    await iki.getByLabel("Target").fill("100");
    await iki.getByLabel("Satuan").fill("persen");
    const accumulation = iki.getByTestId("iki-accumulation");
    assert.equal(await accumulation.inputValue(), "Otomatis: Rata-rata", "the satuan's default shows");
    await accumulation.click();
    await lurah.getByRole("option").filter({ hasText: "Nilai terakhir" }).click();
    await lurah.getByTestId("save-draft").click();
    await lurah.getByText("Draf SKP tersimpan").first().waitFor();
    const id = lurah.url().split("/").pop() ?? "";
    const skp = await (await lurah.request.get(`/api/skps/${id}`)).json();
    assert.equal(skp.rhk[0].ikis[0].accumulation, "latest");
    await expectAccessible(lurah, "66-skp-iki-akumulasi-desktop");
    await iki.screenshot({ path: path.join(screenshotDir, "66-skp-iki-akumulasi-desktop.png") });
    await lurah.setViewportSize(phone);
    await lurah.waitForTimeout(300);
    await iki.screenshot({ path: path.join(screenshotDir, "66-skp-iki-akumulasi-phone.png") });
    await expectAccessible(lurah, "66-skp-iki-akumulasi-phone");
    await lurah.close();
  });
});
