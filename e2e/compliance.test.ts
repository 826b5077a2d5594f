import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const statusLabels: Record<string, string> = {
  belum: "Belum dibuat",
  draft: "Draf",
  diajukan: "Diajukan",
  perlu_revisi: "Perlu revisi",
  diterima: "Diterima",
};

/** Issue 10: the whole office by unit first, a unit's people on drill-down, paged and filtered on the server. */
describe("compliance, whole office by unit", () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (width: number, height: number) => {
    const page = await browser.newPage({ viewport: { width, height }, baseURL: server.url });
    await signIn(page, server.url, "pengelola");
    await page.goto("/team/compliance");
    await page.getByTestId("compliance-units").waitFor();
    return page;
  };

  const drillDown = async (page: Page, unit: RegExp) => {
    await page.getByRole("button", { name: unit }).first().click();
    await page.getByTestId("compliance-table").waitFor();
    assert.match(page.url(), /unit=/, "the opened unit is kept in the address");
  };

  it("lists units with their counts and opens a unit's people (desktop)", async () => {
    const page = await open(1280, 800);
    assert.equal(await page.getByTestId("compliance-scope").getAttribute("data-scope"), "all");
    // The pengelola opens on his own kecamatan and may widen the view to the whole Pemerintah Kota (issue 10).
    assert.equal(await page.getByTestId("compliance-coverage").inputValue(), "Kecamatan Plaju");
    await page.getByTestId("compliance-coverage").click();
    await page.getByRole("option", { name: "Pemerintah Kota Palembang" }).click();
    await page.waitForURL(/within=/);
    await page.getByTestId("compliance-scope").getByText("Semua unit").waitFor();
    await page.getByTestId("compliance-coverage").click();
    await page.getByRole("option", { name: "Kecamatan Plaju" }).click();
    await page.getByTestId("compliance-scope").getByText("Kecamatan Plaju").waitFor();
    const units = page.getByTestId("compliance-unit");
    assert.ok((await units.count()) > 3, "the demo office has several units");
    await shot(page, "compliance-units-desktop");
    await expectAccessible(page, "compliance-units-desktop");
    // More units than a page: the next page, then a search, both answered by the server.
    const first = await units.first().textContent();
    await page.getByRole("button", { name: "Halaman berikutnya" }).click();
    await page.waitForFunction(
      (text) => document.querySelector("[data-testid=compliance-unit]")?.textContent !== text,
      first,
    );
    await page.getByTestId("compliance-unit-search").fill("pelayanan umum");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=compliance-unit]").length === 1);
    await drillDown(page, /Lihat pegawai Seksi Pelayanan Umum/);
    const rows = page.getByTestId("compliance-row");
    assert.ok((await rows.count()) > 0);
    await shot(page, "compliance-unit-people-desktop");
    await expectAccessible(page, "compliance-unit-people-desktop");
    // Filter on the status of the first row: the server answers with exactly the unit's rows of that status.
    const before = await rows.evaluateAll((list) => list.map((r) => r.getAttribute("data-status")));
    const status = before[0] ?? "";
    await page.getByTestId("compliance-status-filter").click();
    await page.getByRole("option", { name: statusLabels[status] ?? "", exact: true }).click();
    await page.waitForFunction(
      (s) =>
        Array.from(document.querySelectorAll("[data-testid=compliance-row]")).every(
          (r) => r.getAttribute("data-status") === s,
        ),
      status,
    );
    assert.equal(await rows.count(), before.filter((s) => s === status).length, `only the ${status} reports`);
    await page.getByTestId("compliance-back").click();
    await page.getByTestId("compliance-units").waitFor();
    await page.close();
  });

  it("works on a phone: unit cards, then the unit's people as cards", async () => {
    const page = await open(390, 844);
    await shot(page, "compliance-units-phone");
    await expectAccessible(page, "compliance-units-phone");
    await drillDown(page, /Lihat pegawai Sekretariat Kecamatan/);
    await shot(page, "compliance-unit-people-phone");
    await expectAccessible(page, "compliance-unit-people-phone");
    await page.close();
  });
});
