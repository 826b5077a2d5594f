import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { columns } from "../server/src/modules/import/employee-sheet";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, signOut, startServer } from "./harness";

/** Writes an import file with the template's headers; rows are given in column order. */
async function workbook(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Pegawai");
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) {
    sheet.addRow(row);
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-import-")), "pegawai.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

const goodRow = (nip: string, name: string) => [nip, "PNS", name, "", "S.Kom.", "III/a", "", "", "", ""];

describe("the pengelola kinerja manages master data", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.url, "pengelola");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("opens the org tree and a kelurahan with its positions", async () => {
    await page.getByRole("navigation").getByText("Unit Kerja").click();
    const tree = page.getByTestId("org-tree");
    await tree.getByText("Kelurahan Talang Putri", { exact: true }).click();
    await page.getByTestId("unit-detail").getByText("Lurah Talang Putri").first().waitFor();
    await shot(page, "10-unit-kerja");
    await expectAccessible(page, "10-unit-kerja");
  });

  it("finds an employee and shows their raters and placement history", async () => {
    await page.getByRole("navigation").getByText("Pegawai", { exact: true }).click();
    await page.getByTestId("employee-table").waitFor();
    await expectAccessible(page, "daftar pegawai");
    await page.getByTestId("employee-search").fill("Plaju");
    await page.getByTestId("employee-search").fill("");
    await page.getByTestId("employee-row").first().click();
    await page.getByTestId("raters").waitFor();
    await page.getByTestId("placements").waitFor();
    assert.match((await page.getByTestId("raters").textContent()) ?? "", /Pejabat Penilai Kinerja/i);
    await shot(page, "11-pegawai-detail");
    await expectAccessible(page, "11-pegawai-detail");
  });

  it("rejects an import with a bad row by its row number, then imports a good file", async () => {
    await page.getByRole("navigation").getByText("Impor Pegawai").click();
    await page.getByRole("button", { name: "Impor", exact: true }).waitFor();
    await expectAccessible(page, "impor pegawai");
    const bad = await workbook([
      goodRow("199203152019031004", "Rina Oktaviani"),
      goodRow("19920315201903", "Baris Salah"),
    ]);
    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    assert.equal((await errors.locator("tbody tr").first().locator("td").first().textContent())?.trim(), "3");
    assert.match((await errors.textContent()) ?? "", /NIP/);
    await shot(page, "12-impor-ditolak");
    await expectAccessible(page, "12-impor-ditolak");

    const good = await workbook([
      goodRow("199203152019031004", "Rina Oktaviani"),
      goodRow("199011022018012001", "Dewi Anggraini"),
    ]);
    await page.locator('input[type="file"]').setInputFiles(good);
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const result = page.getByTestId("import-result");
    await result.waitFor();
    assert.match((await result.textContent()) ?? "", /2 pegawai diimpor/);
    await shot(page, "13-impor-berhasil");
    await expectAccessible(page, "13-impor-berhasil");
  });

  it("finds the imported employee and signs out", async () => {
    await page.getByRole("navigation").getByText("Pegawai", { exact: true }).click();
    await page.getByTestId("employee-search").fill("Rina Oktaviani");
    await page.getByTestId("employee-row").getByText("Rina Oktaviani").waitFor();
    await signOut(page);
  });
});
