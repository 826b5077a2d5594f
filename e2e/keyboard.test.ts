import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  type RunningServer,
  screenshotDir,
  shot,
  startServer,
} from "./harness";

const month = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(5, 7));
const desktop = { width: 1280, height: 800 };
const ACHIEVEMENT = "Memverifikasi 110 berkas PATEN dengan papan ketik saja.";

/** Fails unless the focused element (or the wrapper, label or sibling that draws its ring) shows an outline or shadow. */
async function expectFocusVisible(page: Page, step: string) {
  const seen = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return { html: "<body>", visible: false };
    }
    const input = el instanceof HTMLInputElement ? el : null;
    // A password field rings its wrapper (focus-within); a hidden radio rings its label or the next sibling.
    const candidates = [el, el.parentElement, ...Array.from(input?.labels ?? []), el.nextElementSibling].filter(
      (e): e is Element => e !== null,
    );
    const visible = candidates.some((e) => {
      const style = getComputedStyle(e);
      const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== "none";
    });
    return { html: el.outerHTML.slice(0, 160), visible };
  });
  assert.ok(seen.visible, `${step}: no visible focus on ${seen.html}`);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, step: string, { back = false, max = 80 } = {}) {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(page, step);
      return;
    }
    // A stop outside the page (the browser's own bar) has nothing to draw; every stop on the page must show.
    if (await page.evaluate(() => document.activeElement !== document.body)) {
      await expectFocusVisible(page, `${step} (on the way, stop ${i + 1})`);
    }
  }
  assert.fail(`${step}: not reached with ${max} presses of ${back ? "Shift+Tab" : "Tab"}`);
}

/** Replaces a field's text as a person at the keyboard does: select all, then type. */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** The sign-in form by keyboard alone: Tab to each field, type, Enter. */
async function signInByKeyboard(page: Page, baseUrl: string, identifier: string) {
  await page.goto(`${baseUrl}/login`);
  await tabTo(page, page.getByLabel("NIP atau nama pengguna"), "masuk: nama pengguna");
  await page.keyboard.type(identifier);
  await tabTo(page, page.getByLabel("Kata sandi"), "masuk: kata sandi");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.getByTestId("user-menu").waitFor();
}

describe("the main flows by keyboard alone, with a visible focus (issue 11)", () => {
  let server: RunningServer;
  let browser: Browser;
  let staff: Page;
  let kasi: Page;
  let reportPath = "";

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    staff = await browser.newPage({ viewport: desktop, baseURL: server.url });
    kasi = await browser.newPage({ viewport: desktop, baseURL: server.url });
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("signs in, writes this month's narrative, saves it and submits it through the confirmation", async () => {
    await signInByKeyboard(staff, server.url, "staf.yanum");
    const nav = staff.getByRole("navigation");
    await tabTo(staff, nav.getByRole("link", { name: /^Laporan Bulanan/ }), "navigasi: Laporan Bulanan");
    await staff.keyboard.press("Enter");
    const card = staff.locator(`[data-testid="report-month"][data-month="${month}"]`);
    const open = card.getByRole("button", { name: "Isi laporan" }).or(card.getByRole("link", { name: "Buka laporan" }));
    await tabTo(staff, open.first(), "daftar laporan: bulan ini");
    await staff.keyboard.press("Enter");
    await staff.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportPath = new URL(staff.url()).pathname;

    for (const input of await staff.getByTestId("realisation-input").all()) {
      await tabTo(staff, input, "laporan: realisasi");
      await typeOver(staff, "90");
    }
    await tabTo(staff, staff.getByLabel("Pencapaian"), "laporan: pencapaian");
    await typeOver(staff, ACHIEVEMENT);
    await tabTo(staff, staff.getByRole("button", { name: "Simpan draf" }), "laporan: simpan draf");
    await staff.keyboard.press("Enter");
    await staff.getByText("Draf tersimpan").first().waitFor();
    const saved = await (await staff.request.get(`/api${reportPath}`)).json();
    assert.equal((saved as { achievements: string }).achievements, ACHIEVEMENT, "what was typed is what was saved");
    await shot(staff, "keyboard-01-laporan-tersimpan");
    await expectAccessible(staff, "keyboard-01-laporan-tersimpan");

    await tabTo(staff, staff.getByTestId("submit-report"), "laporan: ajukan");
    await staff.keyboard.press("Space");
    const dialog = staff.getByRole("dialog", { name: "Ajukan laporan?" });
    await dialog.waitFor();
    // The dialog takes the focus and keeps it: Tab cycles inside it and reaches its confirm button.
    await staff.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    await tabTo(staff, dialog.getByTestId("confirm-submit"), "konfirmasi ajukan");
    for (let i = 0; i < 6; i++) {
      await staff.keyboard.press("Tab");
      assert.ok(
        await staff.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
        "Tab stays inside the confirmation dialog",
      );
    }
    // The viewport as seen: a full-page shot of a long page puts the dialog mid-page.
    await staff.screenshot({ path: path.join(screenshotDir, "keyboard-02-konfirmasi-ajukan.png") });
    await expectAccessible(staff, "keyboard-02-konfirmasi-ajukan");
    await tabTo(staff, dialog.getByTestId("confirm-submit"), "konfirmasi ajukan");
    await staff.keyboard.press("Enter");
    await staff.getByTestId("report-status").getByText("Diajukan").waitFor();
    await dialog.waitFor({ state: "hidden" });
  });

  it("lets the rater open the feedback inbox and give feedback by keyboard", async () => {
    await signInByKeyboard(kasi, server.url, "kasi.yanum");
    const nav = kasi.getByRole("navigation");
    await tabTo(kasi, nav.getByRole("link", { name: /^Umpan Balik Laporan/ }), "navigasi: Umpan Balik Laporan");
    await kasi.keyboard.press("Enter");
    await kasi.getByTestId("feedback-inbox").waitFor();
    await tabTo(kasi, kasi.locator(`a[href="${reportPath}"]`).first(), "kotak umpan balik: laporan");
    await kasi.keyboard.press("Enter");
    await kasi.waitForURL(`**${reportPath}`);

    const form = kasi.getByTestId("feedback-form");
    await tabTo(kasi, form.getByLabel("Yang sudah baik").first(), "umpan balik: yang sudah baik");
    await typeOver(kasi, "Verifikasi berkas cepat dan rapi.");
    await tabTo(kasi, form.getByLabel("Catatan umum"), "umpan balik: catatan umum");
    await typeOver(kasi, "Capaian sudah baik; pertahankan.");
    await tabTo(kasi, kasi.getByRole("button", { name: "Simpan umpan balik" }), "umpan balik: simpan");
    await kasi.keyboard.press("Space");
    await kasi.getByText("Umpan balik tersimpan").first().waitFor();
    await shot(kasi, "keyboard-03-umpan-balik");
    await expectAccessible(kasi, "keyboard-03-umpan-balik");
  });

  it("opens the bell with Enter and closes it with Escape, the focus back on the bell", async () => {
    const bell = kasi.getByTestId("notification-bell");
    await tabTo(kasi, bell, "lonceng", { back: true, max: 120 });
    await kasi.keyboard.press("Enter");
    const list = kasi.getByTestId("notification-list");
    await list.getByTestId("notification-item").first().waitFor();
    // The list is a dialog: the focus moves into it and Tab stays there.
    await kasi.waitForFunction(() => document.activeElement?.closest('[data-testid="notification-list"]') !== null);
    await kasi.keyboard.press("Tab");
    assert.ok(
      await kasi.evaluate(() => document.activeElement?.closest('[data-testid="notification-list"]') !== null),
      "Tab stays in the notification list",
    );
    await expectFocusVisible(kasi, "lonceng: isi");
    await expectAccessible(kasi, "lonceng terbuka (papan ketik)");
    await kasi.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });
    assert.ok(await bell.evaluate((el) => el === document.activeElement), "Escape returns the focus to the bell");
    await expectFocusVisible(kasi, "lonceng: kembali");
  });
});
