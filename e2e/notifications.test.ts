import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startSmtpSink } from "../server/test/smtp-sink";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const month = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(5, 7));
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** The bell's unread count as shown (0 when the badge is hidden). */
async function bellCount(page: Page): Promise<number> {
  const badge = page.getByTestId("notification-count");
  return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.replace("+", "") ?? 0);
}

describe("notifications arrive when it happens (issue 11)", () => {
  let server: RunningServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let staff: Page;
  let kasi: Page;
  let reportUrl = "";

  before(async () => {
    sink = await startSmtpSink();
    // The outbox's interval stays at its 15-minute default: a step's e-mail must go at once, nudged by the step.
    server = await startServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "SIMKIN Plaju <simkin@kec-plaju.example>",
    });
    browser = await launchBrowser();
    staff = await browser.newPage({ viewport: desktop, baseURL: server.url });
    kasi = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(staff, server.url, "staf.yanum");
    await signIn(kasi, server.url, "kasi.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
    await sink.close();
  });

  it("raises the rater's bell within about a second of the employee's submit, without a reload", async () => {
    await kasi.getByTestId("notification-bell").waitFor();
    await kasi.waitForTimeout(1500);
    const before = await bellCount(kasi);

    await staff.getByRole("navigation").getByText("Laporan Bulanan").click();
    const card = staff.locator(`[data-testid="report-month"][data-month="${month}"]`);
    const open = card.getByRole("button", { name: "Isi laporan" }).or(card.getByRole("link", { name: "Buka laporan" }));
    await open.first().click();
    await staff.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = staff.url();
    for (const input of await staff.getByTestId("realisation-input").all()) {
      await input.fill("90");
    }
    await staff.getByLabel("Pencapaian").fill("Memverifikasi 120 berkas permohonan PATEN bulan ini.");
    await staff.getByTestId("submit-report").click();
    const submitted = staff.waitForResponse((r) => /\/api\/reports\/[^/]+\/submit$/.test(r.url()) && r.ok());
    await staff.getByTestId("confirm-submit").click();
    await submitted;
    const t0 = Date.now();
    await kasi.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="notification-count"]')?.textContent?.replace("+", "") ?? 0) > n,
      before,
      { polling: 25, timeout: 10_000 },
    );
    const elapsed = Date.now() - t0;
    console.log(`# bell rose ${elapsed} ms after the submit answered (event stream)`);
    assert.ok(elapsed <= 1500, `the bell took ${elapsed} ms`);
    const address = (await (await kasi.request.get("/api/profile")).json()).employee.email as string;
    for (
      let i = 0;
      i < 100 && !sink.messages.some((m) => m.to.includes(address) && /menunggu umpan balik/.test(m.subject));
      i++
    ) {
      await kasi.waitForTimeout(100);
    }
    assert.ok(
      sink.messages.some((m) => m.to.includes(address) && /menunggu umpan balik/.test(m.subject)),
      "the rater's e-mail went out within 10 s, not at the next outbox interval",
    );
  });

  it("opens the notification from the bell and lands on the report", async () => {
    await kasi.getByTestId("notification-bell").click();
    const list = kasi.getByTestId("notification-list");
    await list.getByText("Hari ini").first().waitFor();
    const item = list.getByTestId("notification-item").filter({ hasText: "menunggu umpan balik" }).first();
    assert.equal(await item.getAttribute("data-unread"), "true");
    await kasi.waitForTimeout(300);
    await shot(kasi, "60-notifikasi-lonceng-desktop");
    await expectAccessible(kasi, "60-notifikasi-lonceng-desktop");
    const unread = await bellCount(kasi);
    await item.getByRole("button").first().click();
    await kasi.waitForURL(reportUrl);
    await kasi.getByTestId("report-status").getByText("Diajukan").waitFor();
    await kasi.waitForFunction((n) => {
      const badge = document.querySelector('[data-testid="notification-count"]');
      return Number(badge?.textContent?.replace("+", "") ?? 0) === n - 1;
    }, unread);
  });

  it("tells the employee of feedback and of the revision asked; they mark one read, then all", async () => {
    const form = kasi.getByTestId("feedback-form");
    await form.getByLabel("Yang sudah baik").first().fill("Verifikasi berkas cepat dan rapi.");
    await form.getByLabel("Yang perlu ditingkatkan").first().fill("Lengkapi foto antrean.");
    await form.getByLabel("Dukungan yang akan diberikan").first().fill("Printer loket diganti.");
    await form.getByLabel("Catatan umum").fill("Capaian sudah baik.");
    await kasi.getByRole("button", { name: "Simpan umpan balik" }).click();
    await kasi.getByText("Umpan balik tersimpan").first().waitFor();
    await kasi.getByRole("button", { name: "Minta revisi" }).click();
    await kasi.getByLabel("Alasan revisi").fill("Tambahkan foto antrean loket sebagai bukti dukung.");
    await kasi.getByRole("button", { name: "Kirim permintaan revisi" }).click();
    await kasi.getByTestId("report-status").getByText("Perlu revisi").waitFor();

    await staff.getByTestId("notification-bell").click();
    await staff.getByRole("link", { name: "Lihat semua notifikasi" }).click();
    await staff.waitForURL(/\/notifications$/);
    const list = staff.getByTestId("notifications-page-list");
    await list
      .getByText(/perlu direvisi/)
      .first()
      .waitFor();
    await list
      .getByText(/Tambahkan foto antrean loket/)
      .first()
      .waitFor();
    await list
      .getByText(/Umpan balik untuk laporan kinerja/)
      .first()
      .waitFor();
    await staff.getByTestId("email-preferences").waitFor();
    await staff.waitForTimeout(300);
    await shot(staff, "61-notifikasi-halaman-desktop");
    await expectAccessible(staff, "61-notifikasi-halaman-desktop");
    // The badge follows its one-second poll: wait for both new notices to count.
    await staff.waitForFunction(
      () => Number(document.querySelector('[data-testid="notification-count"]')?.textContent ?? 0) >= 2,
    );
    const before = await bellCount(staff);
    await list.getByTestId("notification-mark-read").first().click();
    await staff.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="notification-count"]')?.textContent ?? 0) === n - 1,
      before,
    );
    await staff.getByTestId("notifications-read-all").click();
    await staff.getByTestId("notification-count").waitFor({ state: "detached" });
    // The list refetches after the badge: wait for its last unread item to go before counting.
    await list.locator('[data-unread="true"]').first().waitFor({ state: "detached" });
    assert.equal(await list.locator('[data-unread="true"]').count(), 0);
  });

  it("keeps an e-mail choice per kind", async () => {
    await kasi.goto("/notifications");
    const prefs = kasi.getByTestId("email-preferences");
    const box = prefs.getByLabel("Laporan bawahan diajukan");
    assert.equal(await box.isChecked(), true, "on by default");
    await box.uncheck();
    await prefs.getByTestId("email-preferences-save").click();
    await kasi.getByText("Pilihan e-mail tersimpan").waitFor();
    await kasi.reload();
    assert.equal(await kasi.getByTestId("email-preferences").getByLabel("Laporan bawahan diajukan").isChecked(), false);
  });

  it("fits a phone: the bell popover and the page", async () => {
    await kasi.setViewportSize(phone);
    await kasi.goto("/notifications");
    await kasi.getByTestId("notifications-page-list").getByTestId("notification-item").first().waitFor();
    await kasi.waitForTimeout(300);
    await shot(kasi, "62-notifikasi-halaman-phone");
    await expectAccessible(kasi, "62-notifikasi-halaman-phone");
    const width = await kasi.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= phone.width, `the page scrolls sideways (${width} px)`);
    await kasi.getByTestId("notification-bell").click();
    await kasi.getByTestId("notification-list").getByTestId("notification-item").first().waitFor();
    await kasi.waitForTimeout(300);
    await shot(kasi, "63-notifikasi-lonceng-phone");
    await expectAccessible(kasi, "63-notifikasi-lonceng-phone");
    await kasi.setViewportSize(desktop);
  });
});
