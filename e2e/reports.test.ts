import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startSmtpSink } from "../server/test/smtp-sink";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const month = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(5, 7));
const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

/** Waits until the person's bell lists a notification whose title matches. */
async function expectBell(page: Page, title: RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.reload();
    await page.getByTestId("notification-bell").click();
    const text = (await page.getByTestId("notification-list").textContent()) ?? "";
    await page.keyboard.press("Escape");
    if (title.test(text)) {
      return;
    }
    await page.waitForTimeout(1000);
  }
  assert.fail(`no notification matching ${title}`);
}

/** Waits (up to a minute: the outbox may be draining the demo office's backlog) for a matching e-mail. */
async function expectMail(mails: { to: string[]; subject: string }[], to: string, subject: RegExp) {
  for (let i = 0; i < 60; i++) {
    if (mails.some((m) => m.to.includes(to) && subject.test(m.subject))) {
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`no e-mail to ${to} matching ${subject}`);
}

describe("a month's report: evidence, feedback, revision, acceptance, acknowledgement, reminders", () => {
  let server: RunningServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let staff: Page;
  let kasi: Page;
  let reportUrl = "";
  const emailOf = async (page: Page) =>
    (await (await page.request.get("/api/profile")).json()).employee.email as string;

  before(async () => {
    sink = await startSmtpSink();
    server = await startServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "SIMKIN Plaju <simkin@kec-plaju.example>",
      REMINDER_INTERVAL_MINUTES: "0.05",
    });
    browser = await launchBrowser();
    staff = await browser.newPage({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    kasi = await browser.newPage({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    await signIn(staff, server.url, "staf.yanum");
    await signIn(kasi, server.url, "kasi.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
    await sink.close();
  });

  it("lets the employee fill the month with an uploaded PDF and a link, and submit", async () => {
    await staff.getByRole("navigation").getByText("Laporan Bulanan").click();
    const card = staff.locator(`[data-testid="report-month"][data-month="${month}"]`);
    const open = card.getByRole("button", { name: "Isi laporan" }).or(card.getByRole("link", { name: "Buka laporan" }));
    await open.first().waitFor();
    await expectAccessible(staff, "daftar laporan bulanan");
    await open.first().click();
    await staff.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = staff.url();
    for (const input of await staff.getByTestId("realisation-input").all()) {
      await input.fill("95");
    }
    await staff
      .getByLabel("Pencapaian")
      .fill("Menerima dan memverifikasi 128 berkas permohonan PATEN; 96% selesai sesuai SLA.");
    await staff.getByLabel("Tantangan/Kendala").fill("Pemohon sering membawa berkas tidak lengkap.");
    await staff.getByLabel("Langkah Perbaikan").fill("Menyebarkan daftar persyaratan melalui WhatsApp kecamatan.");
    const rhk = staff.getByTestId("report-rhk").first();
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), "simkin-bukti-")), "rekap-berkas.pdf");
    writeFileSync(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await rhk.getByTestId("evidence-upload").setInputFiles(pdf);
    await rhk.getByTestId("evidence-list").getByText("rekap-berkas.pdf").waitFor();
    await rhk.getByLabel("Tautan", { exact: true }).fill("https://arsip.kec-plaju.example/bukti/rekap-loket.pdf");
    await rhk.getByLabel("Judul tautan").fill("Rekap loket PATEN");
    await rhk.getByRole("button", { name: "Tambah tautan" }).click();
    await rhk.getByTestId("evidence-list").getByText("Rekap loket PATEN").waitFor();
    await expectAccessible(staff, "laporan bulanan diisi");
    await staff.getByTestId("submit-report").click();
    await staff.getByTestId("confirm-submit").waitFor();
    await expectAccessible(staff, "konfirmasi ajukan laporan");
    await staff.getByTestId("confirm-submit").click();
    await staff.getByTestId("report-status").getByText("Diajukan").waitFor();
    await shot(staff, "30-laporan-diajukan");
    await expectAccessible(staff, "30-laporan-diajukan");
  });

  it("tells the rater by bell and e-mail; the rater gives feedback and asks for a revision", async () => {
    await expectBell(kasi, /menunggu umpan balik/);
    const kasiEmail = await emailOf(kasi);
    await expectMail(sink.messages, kasiEmail, /menunggu umpan balik/);
    await kasi.getByRole("navigation").getByText("Umpan Balik Laporan").click();
    await kasi.getByTestId("feedback-inbox").waitFor();
    await expectAccessible(kasi, "kotak umpan balik laporan");
    await kasi.goto(reportUrl);
    const form = kasi.getByTestId("feedback-form");
    await form.getByLabel("Yang sudah baik").first().fill("Verifikasi berkas cepat dan rapi.");
    await form.getByLabel("Yang perlu ditingkatkan").first().fill("Lengkapi foto antrean sebagai bukti dukung.");
    await form.getByLabel("Dukungan yang akan diberikan").first().fill("Printer loket diganti bulan ini.");
    await form.getByLabel("Catatan umum").fill("Capaian sudah baik; pertahankan ketepatan waktu.");
    await expectAccessible(kasi, "umpan balik atas laporan");
    await kasi.getByRole("button", { name: "Minta revisi" }).click();
    await kasi.getByLabel("Alasan revisi").fill("Tambahkan foto antrean loket sebagai bukti dukung.");
    await expectAccessible(kasi, "minta revisi laporan");
    await kasi.getByRole("button", { name: "Kirim permintaan revisi" }).click();
    await kasi.getByTestId("report-status").getByText("Perlu revisi").waitFor();
  });

  it("lets the employee revise and resubmit; the rater accepts", async () => {
    await expectBell(staff, /perlu direvisi/);
    const staffEmail = await emailOf(staff);
    await expectMail(sink.messages, staffEmail, /perlu direvisi/);
    await staff.goto(reportUrl);
    await staff.getByTestId("revision-reason").getByText("foto antrean").waitFor();
    await expectAccessible(staff, "laporan perlu revisi");
    await staff
      .getByLabel("Langkah Perbaikan")
      .fill("Menambahkan foto antrean loket setiap pekan sebagai bukti dukung.");
    await staff.getByTestId("submit-report").click();
    await staff.getByTestId("confirm-submit").click();
    await staff.getByTestId("report-status").getByText("Diajukan").waitFor();

    await kasi.goto(reportUrl);
    await kasi.getByTestId("accept-report").click();
    await kasi.getByTestId("report-status").getByText("Diterima").waitFor();
  });

  it("lets the employee acknowledge the feedback", async () => {
    await expectBell(staff, /telah diterima/);
    await staff.goto(reportUrl);
    await staff.getByRole("button", { name: "Saya sudah membaca umpan balik" }).click();
    await staff.getByTestId("acknowledged").waitFor();
    await shot(staff, "31-laporan-diterima");
    await expectAccessible(staff, "31-laporan-diterima");
  });

  it("shows the accepted report in the rater's compliance view", async () => {
    await kasi.goto(`/team/compliance?year=${year}&month=${month}`);
    const table = kasi.getByTestId("compliance-table");
    await table.waitFor();
    const row = table.getByTestId("compliance-row").filter({ hasText: "Zulkifli" });
    assert.match((await row.first().textContent()) ?? "", /Diterima/i);
    await shot(kasi, "32-kepatuhan");
    await expectAccessible(kasi, "32-kepatuhan");
  });
});
