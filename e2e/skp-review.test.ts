import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startSmtpSink } from "../server/test/smtp-sink";
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

const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** Saves a PDF the signed-in page downloads and renders its pages to PNG at 60 dpi, for a visual check. */
async function renderPdf(page: Page, url: string, name: string): Promise<string> {
  const res = await page.request.get(url);
  assert.equal(res.status(), 200, `${url}: ${res.status()}`);
  const file = path.join(screenshotDir, `${name}.pdf`);
  writeFileSync(file, await res.body());
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(screenshotDir, name)]);
  return execFileSync("pdftotext", [file, "-"]).toString().replace(/\s+/g, " ");
}

/** Both sizes of one screen: the desktop shot, then the phone shot (once toasts have gone and the layout settled). */
async function shots(page: Page, name: string) {
  await page.locator(".mantine-Notification-root").first().waitFor({ state: "detached", timeout: 10_000 });
  await page.setViewportSize(desktop);
  await page.waitForTimeout(300);
  await shot(page, `${name}-desktop`);
  await expectAccessible(page, `${name}-desktop`);
  await page.setViewportSize(phone);
  await page.waitForTimeout(300);
  await shot(page, `${name}-phone`);
  await expectAccessible(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

describe("the pengelola kinerja reviews an SKP before the rater approves; the rater clarifies an expectation", () => {
  let server: RunningServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let kasi: Page;
  let pengelola: Page;
  let staff: Page;
  let waitingUrl = "";
  let staffSkpUrl = "";

  before(async () => {
    sink = await startSmtpSink();
    server = await startServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "SIMKIN Plaju <simkin@kec-plaju.example>",
      REMINDER_INTERVAL_MINUTES: "0.05",
    });
    browser = await launchBrowser();
    const open = () => browser.newPage({ viewport: desktop, baseURL: server.url });
    [kasi, pengelola, staff] = await Promise.all([open(), open(), open()]);
  });
  after(async () => {
    await browser.close();
    await server.stop();
    await sink.close();
  });

  it("shows the rater a submitted SKP waiting for the review, without an approve button", async () => {
    await signIn(kasi, server.url, "kasi.yanum");
    await kasi.getByRole("navigation").getByText("Persetujuan SKP").click();
    const waiting = kasi.getByTestId("inbox-waiting");
    await waiting.getByTestId("inbox-awaiting-review").first().waitFor();
    await shots(kasi, "30-persetujuan-menunggu-reviu");
    await waiting
      .getByRole("link", { name: /Periksa SKP/ })
      .first()
      .click();
    await kasi.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    waitingUrl = kasi.url();
    await kasi.getByTestId("skp-waiting-review").waitFor();
    assert.equal(await kasi.getByTestId("action-approve").count(), 0, "no approval before the review");
    assert.equal(await kasi.getByTestId("skp-step-reviewed").getAttribute("data-done"), "false");
    await shots(kasi, "31-skp-menunggu-reviu-penilai");
  });

  it("lets the pengelola find it in the Reviu SKP inbox and mark it reviewed", async () => {
    await signIn(pengelola, server.url, "pengelola");
    await pengelola.getByRole("navigation").getByText("Reviu SKP").click();
    const queue = pengelola.getByTestId("review-waiting");
    await queue.getByTestId("review-item").first().waitFor();
    await shots(pengelola, "32-reviu-skp-inbox");
    await pengelola.goto(waitingUrl);
    await pengelola.getByTestId("action-review").click();
    await pengelola.getByTestId("action-note").fill("Sudah sesuai format; satuan IKI waktu sebaiknya 'hari kerja'.");
    await shot(pengelola, "33-reviu-catatan");
    await expectAccessible(pengelola, "33-reviu-catatan");
    await pengelola.getByTestId("confirm-action").click();
    await pengelola.getByTestId("skp-status").getByText("Direviu").waitFor();
    assert.equal(await pengelola.getByTestId("skp-step-reviewed").getAttribute("data-done"), "true");
    await shots(pengelola, "34-skp-direviu");
  });

  it("then lets the rater approve, with every step, who took it and when", async () => {
    await kasi.reload();
    await kasi.getByTestId("review-note").waitFor();
    await kasi.getByTestId("action-approve").click();
    await kasi.getByTestId("confirm-action").waitFor();
    await expectAccessible(kasi, "konfirmasi setujui SKP");
    await kasi.getByTestId("confirm-action").click();
    await kasi.getByTestId("skp-status").getByText("Disetujui").waitFor();
    for (const step of ["submitted", "reviewed", "approved"]) {
      assert.equal(await kasi.getByTestId(`skp-step-${step}`).getAttribute("data-done"), "true", step);
    }
    assert.match((await kasi.getByTestId("skp-steps").textContent()) ?? "", /Direviu pengelola kinerja/);
    await shots(kasi, "35-skp-disetujui-setelah-reviu");
  });

  it("lets the rater change an ekspektasi khusus pimpinan on an approved SKP", async () => {
    await kasi.getByRole("navigation").getByText("Persetujuan SKP").click();
    const row = kasi.getByText("Pengelola Layanan Operasional").first();
    await row.waitFor();
    const mine = await (await staffSession()).request.get(`/api/skps/mine?year=${year}`);
    const approved = ((await mine.json()) as { id: string; status: string }[]).find((s) => s.status === "disetujui");
    assert.ok(approved, "staf.yanum has an approved SKP");
    staffSkpUrl = `${server.url}/skp/${approved.id}`;
    await kasi.goto(staffSkpUrl);
    await kasi.getByTestId("skp-status").getByText("Disetujui").waitFor();
    await kasi.getByTestId("edit-expectations").click();
    await kasi.getByTestId("expectations-approved-hint").waitFor();
    await kasi
      .getByLabel("Ekspektasi Khusus Pimpinan: Berorientasi Pelayanan")
      .fill("Setiap pemohon PATEN dilayani tuntas di loket pada hari yang sama, tanpa diminta datang kembali.");
    await shots(kasi, "36-ubah-ekspektasi");
    await kasi.getByTestId("save-expectations").click();
    await kasi.getByText("tuntas di loket pada hari yang sama").first().waitFor();
    assert.equal(await kasi.getByTestId("skp-status").textContent(), "Disetujui", "still approved, no revision");
    await kasi.getByTestId("expectation-history").first().getByRole("button").click();
    await shots(kasi, "37-ekspektasi-riwayat");
    await signOut(kasi);
  });

  it("tells the employee at once, who sees the new text on the SKP", async () => {
    const page = await staffSession();
    await page.goto(server.url);
    for (let i = 0; i < 20; i++) {
      await page.getByTestId("notification-bell").click();
      const text = (await page.getByTestId("notification-list").textContent()) ?? "";
      if (/Ekspektasi khusus pimpinan pada SKP/.test(text)) {
        break;
      }
      await page.keyboard.press("Escape");
      await page.waitForTimeout(500);
      await page.reload();
    }
    await shots(page, "38-lonceng-ekspektasi");
    await page
      .getByTestId("notification-list")
      .getByText(/Ekspektasi khusus pimpinan pada SKP/)
      .first()
      .click();
    await page.waitForURL(staffSkpUrl);
    const expectation = page.getByTestId("expectation-text").first();
    await expectation.getByText(/tuntas di loket pada hari yang sama/).waitFor();
    await page.getByTestId("skp-event").filter({ hasText: "Ekspektasi khusus pimpinan" }).first().waitFor();
    await shots(page, "39-skp-pegawai-ekspektasi-baru");
    const email = (await (await page.request.get("/api/profile")).json()).employee.email as string;
    for (let i = 0; i < 60 && !sink.messages.some((m) => m.to.includes(email) && /Ekspektasi/.test(m.subject)); i++) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.ok(sink.messages.some((m) => m.to.includes(email) && /Ekspektasi khusus pimpinan/.test(m.subject)));
  });

  it("shows the pengelola the year's review setting and lets them add a BerAKHLAK version", async () => {
    await pengelola.getByRole("navigation").getByText("Periode & Kalender").click();
    await pengelola.getByRole("button", { name: `Ubah tahun kinerja ${year}` }).click();
    const setting = pengelola.getByTestId("year-skp-review");
    assert.equal(await setting.getByLabel("Wajib sebelum persetujuan").isChecked(), true, "on by default");
    await pengelola.waitForTimeout(400);
    await shot(pengelola, "44-tahun-reviu-skp");
    await expectAccessible(pengelola, "44-tahun-reviu-skp");
    await pengelola.keyboard.press("Escape");

    await pengelola.getByRole("navigation").getByText("Unit Kerja").click();
    await pengelola.getByTestId("unit-PEMKOT").click();
    await pengelola.getByTestId("unit-detail").getByRole("button", { name: "Ubah" }).click();
    await pengelola.getByLabel("Nama instansi pada kop dokumen").waitFor();
    await pengelola.waitForTimeout(400);
    await shot(pengelola, "47-unit-kop-instansi");
    await expectAccessible(pengelola, "47-unit-kop-instansi");
    await pengelola.keyboard.press("Escape");

    await pengelola.getByRole("navigation").getByText("Master Perilaku (BerAKHLAK)").click();
    await pengelola.getByTestId("berakhlak-add").click();
    await pengelola.getByLabel("Kode versi").fill("uu-20-2023");
    await pengelola.getByLabel("Dasar/judul").fill("Undang-Undang Nomor 20 Tahun 2023 tentang ASN");
    await pengelola.getByLabel("Tanggal mulai berlaku").fill(`${year + 1}-01-01`);
    const harmonis = pengelola.getByTestId("berakhlak-value-fields").nth(3);
    await harmonis.getByLabel("Panduan perilaku 1").fill("Menghargai setiap orang tanpa membedakan latar belakang");
    await shot(pengelola, "45-master-perilaku-tambah-versi");
    await expectAccessible(pengelola, "45-master-perilaku-tambah-versi");
    await pengelola.getByTestId("berakhlak-save").click();
    const card = pengelola.getByTestId("berakhlak-version").filter({ hasText: "UU-20-2023" });
    await card.getByText(`Mulai berlaku 1 Januari ${year + 1}`).waitFor();
    assert.match((await card.textContent()) ?? "", /tanpa membedakan latar belakang/);
    await shots(pengelola, "46-master-perilaku-versi");
  });

  it("prints the SKP and Lampiran of a staff member and of the Camat with the unit path and the signers", async () => {
    const page = await staffSession();
    const id = staffSkpUrl.split("/").pop() ?? "";
    const skp = await renderPdf(page, `/api/skps/${id}/pdf`, "40-pdf-skp-staf");
    assert.match(skp, /Seksi Pelayanan Umum, Kecamatan Plaju/);
    assert.match(skp, /PEMERINTAH KOTA PALEMBANG/);
    assert.match(skp, /tuntas di loket pada hari yang sama/);
    await renderPdf(page, `/api/skps/${id}/lampiran-pdf`, "41-pdf-lampiran-staf");

    const camatPage = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(camatPage, server.url, "camat");
    const camatSkps = (await (await camatPage.request.get(`/api/skps/mine?year=${year}`)).json()) as { id: string }[];
    const camatId = camatSkps[0]?.id ?? "";
    const camat = await renderPdf(camatPage, `/api/skps/${camatId}/pdf`, "42-pdf-skp-camat");
    assert.match(camat, /Sekretaris Daerah Kota Palembang/);
    assert.match(camat, /Kecamatan Plaju/);
    await renderPdf(camatPage, `/api/skps/${camatId}/lampiran-pdf`, "43-pdf-lampiran-camat");
  });

  /** staf.yanum, signed in once. */
  async function staffSession(): Promise<Page> {
    if (!(await staff.getByTestId("user-menu").count())) {
      await signIn(staff, server.url, "staf.yanum");
    }
    return staff;
  }
});
