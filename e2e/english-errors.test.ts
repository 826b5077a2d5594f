import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { wibDate } from "../domain/src/time";
import { launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const year = Number(wibDate(new Date()).slice(0, 4));
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
/** Words of the Indonesian error texts these forms used to show in the English interface. */
const indonesian = /wajib|sudah|tidak|paling|harus|dipakai|tercatat/i;

async function shots(page: Page, name: string) {
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(phone);
  await page.waitForTimeout(300);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(desktop);
  await page.waitForTimeout(300);
}

async function assertEnglish(dialog: Locator) {
  const text = (await dialog.textContent()) ?? "";
  assert.doesNotMatch(text, indonesian, text);
}

describe("the English interface shows form errors in English", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: desktop });
    await signIn(page, server.url, "pengelola");
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("navigation").getByText("Work Units").waitFor();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("checks a new unit with the shared schema, then shows the server's refusal of a taken code in English", async () => {
    await page.getByRole("navigation").getByText("Work Units").click();
    await page.getByRole("button", { name: "Add top-level unit" }).click();
    const dialog = page.getByRole("dialog");
    const code = dialog.getByRole("textbox", { name: "Unit code" });
    const name = dialog.getByRole("textbox", { name: "Unit name" });
    await code.waitFor();
    // A new empty form shows no errors; a changed field is checked when it loses focus; submitting checks them all.
    assert.equal(await dialog.locator("[aria-invalid=true]").count(), 0);
    await code.fill("kel 9");
    await code.press("Tab");
    await dialog.getByText("Invalid format").waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Required").nth(1).waitFor();
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    assert.equal(await dialog.getByLabel("Unit type").getAttribute("aria-invalid"), "true");
    await assertEnglish(dialog);
    await shots(page, "70-english-unit-required");

    await code.fill("KEC");
    await name.fill("Kecamatan Kedua");
    await dialog.getByLabel("Unit type").click();
    await page.getByRole("option", { name: "District (Kecamatan)", exact: true }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Another unit already uses this code").waitFor();
    await assertEnglish(dialog);
    await shots(page, "71-english-unit-code-taken");
    await page.keyboard.press("Escape");
  });

  it("shows a holiday form's field errors and a duplicate date in English", async () => {
    await page.getByRole("navigation").getByText("Periods & Calendar").click();
    const section = page.getByTestId("holidays");
    await section.getByTestId("holiday-row").first().waitFor();
    await section.getByRole("button", { name: "Add a holiday" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("holiday-save").click();
    await dialog.getByText("Required").first().waitFor();
    assert.equal(await dialog.getByText("Required").count(), 2);
    await assertEnglish(dialog);
    await shots(page, "72-english-holiday-required");

    await dialog.getByLabel("Date").fill(`${year}-12-25`);
    await dialog.getByLabel("Description").fill("Christmas");
    await dialog.getByTestId("holiday-save").click();
    await dialog.getByText("This date is already in the holiday calendar").waitFor();
    await assertEnglish(dialog);
    await shots(page, "73-english-holiday-exists");
  });
});
