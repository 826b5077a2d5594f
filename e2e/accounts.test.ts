import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startSmtpSink } from "../server/test/smtp-sink";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Signs in through the form with a given password; waits for the change-password page or the home page. */
async function signInWith(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("NIP atau nama pengguna").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByTestId("user-menu").waitFor();
}

/** The one-time link in a mail (the sink has decoded its quoted-printable text). */
function linkIn(text: string): string {
  const link = text.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
  assert.ok(link, "the e-mail carries the link");
  return link;
}

describe("accounts: lupa kata sandi, temporary passwords and deactivation", () => {
  let server: RunningServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;

  before(async () => {
    sink = await startSmtpSink();
    server = await startServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "simkin@kec-plaju.example",
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
    await sink.close();
  });

  it("sends a one-time link from the login page and sets a new password with it", async () => {
    const phone = await browser.newPage({ viewport: PHONE, baseURL: server.url });
    await phone.goto("/login");
    await phone.getByTestId("forgot-link").waitFor();
    await shot(phone, "80-login-lupa-phone");
    await expectAccessible(phone, "80-login-lupa-phone");
    await phone.close();

    const page = await browser.newPage({ viewport: DESKTOP, baseURL: server.url });
    await page.goto("/login");
    await page.getByTestId("forgot-link").click();
    await page.getByLabel("NIP atau nama pengguna").fill("staf.yanum");
    await shot(page, "81-lupa-kata-sandi");
    await expectAccessible(page, "81-lupa-kata-sandi");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await page.getByTestId("forgot-sent").waitFor();
    await shot(page, "82-lupa-terkirim");
    await expectAccessible(page, "82-lupa-terkirim");

    for (let i = 0; i < 100 && !sink.messages.some((m) => m.subject.includes("Atur ulang kata sandi")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const mail = sink.messages.find((m) => m.subject.includes("Atur ulang kata sandi"));
    assert.ok(mail, "the link arrives at once, not at the next outbox interval");
    await page.goto(linkIn(mail.text));
    await page.getByTestId("new-password").fill("plaju");
    await shot(page, "83-reset-live");
    await expectAccessible(page, "83-reset-live");
    assert.equal(await page.locator('[data-rule="too_short"]').getAttribute("data-state"), "unmet");
    assert.equal(await page.locator('[data-rule="missing_lower"]').getAttribute("data-state"), "met");
    await page.getByTestId("new-password").fill("Sungai#Musi-2026");
    await page.getByLabel("Ulangi kata sandi baru").fill("Sungai#Musi-2026");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await page.getByTestId("reset-done").waitFor();
    await shot(page, "84-reset-selesai");
    await expectAccessible(page, "84-reset-selesai");
    await signInWith(page, "staf.yanum", "Sungai#Musi-2026");

    const phoneReset = await browser.newPage({ viewport: PHONE, baseURL: server.url });
    await phoneReset.goto(linkIn(mail.text));
    await phoneReset.getByTestId("new-password").fill("Sungai#Musi-2027");
    await phoneReset.getByLabel("Ulangi kata sandi baru").fill("Sungai#Musi-2027");
    await phoneReset.getByRole("button", { name: "Simpan kata sandi" }).click();
    await phoneReset.getByTestId("reset-link-dead").waitFor();
    await shot(phoneReset, "85-reset-tautan-mati-phone");
    await expectAccessible(phoneReset, "85-reset-tautan-mati-phone");
    await phoneReset.close();
    await page.close();
  });

  it("lets the pengelola set a temporary password the employee must replace before anything else", async () => {
    const staff = await browser.newPage({ viewport: DESKTOP, baseURL: server.url });
    await signIn(staff, server.url, "staf.talangputri");
    const me = await (await staff.request.get("/api/auth/me")).json();

    const admin = await browser.newPage({ viewport: DESKTOP, baseURL: server.url });
    await signIn(admin, server.url, "pengelola");
    await admin.goto("/admin/employees");
    await admin.getByTestId("employee-table").getByTestId("account-state").first().waitFor();
    await shot(admin, "86-pegawai-status-akun");
    await expectAccessible(admin, "86-pegawai-status-akun");
    await admin.goto(`/admin/employees/${me.employee.id}`);
    await admin.getByTestId("reset-password").click();
    await admin.getByTestId("reset-password-input").fill("Sementara-1");
    await shot(admin, "87-reset-sementara");
    await expectAccessible(admin, "87-reset-sementara");
    await admin.getByTestId("reset-password-input").fill("Sementara#Plaju-26");
    await admin.getByRole("button", { name: "Atur ulang kata sandi" }).last().click();
    await admin.getByText("Kata sandi sementara: wajib diganti saat masuk").waitFor();
    await shot(admin, "88-akun-pegawai");
    await expectAccessible(admin, "88-akun-pegawai");

    await signInWith(staff, "staf.talangputri", "Sementara#Plaju-26");
    await staff.waitForURL(/\/password$/);
    await staff.goto("/skp");
    await staff.waitForURL(/\/password$/);
    const refused = await staff.request.get("/api/profile");
    assert.equal(refused.status(), 403);
    assert.equal((await refused.json()).code, "password_change_required");
    await staff.getByTestId("new-password").fill("lemah");
    await shot(staff, "89-ganti-wajib");
    await expectAccessible(staff, "89-ganti-wajib");
    await staff.setViewportSize(PHONE);
    await shot(staff, "89-ganti-wajib-phone");
    await expectAccessible(staff, "89-ganti-wajib-phone");
    await staff.setViewportSize(DESKTOP);
    await staff.getByLabel("Kata sandi lama").fill("Sementara#Plaju-26");
    await staff.getByTestId("new-password").fill("Pilihan#Sendiri-2026");
    await staff.getByLabel("Ulangi kata sandi baru").fill("Pilihan#Sendiri-2026");
    await staff.getByRole("button", { name: "Simpan kata sandi" }).click();
    await staff.waitForURL(/\/$/);
    assert.equal((await staff.request.get("/api/profile")).status(), 200);

    await admin.reload(); // the owner's own password change moved the account's version on
    await admin.getByTestId("deactivate-account").click();
    await admin.getByRole("combobox", { name: "Alasan" }).click();
    await admin.getByRole("option", { name: "Pindah tugas" }).click();
    await admin.getByLabel("Catatan (mis. nomor SK)").fill("SK mutasi 800/123/2026");
    await expectAccessible(admin, "nonaktifkan akun");
    await admin.getByTestId("deactivate-form").getByRole("button", { name: "Nonaktifkan akun" }).click();
    await admin.getByTestId("account-deactivation").waitFor();
    await shot(admin, "90-akun-nonaktif");
    await expectAccessible(admin, "90-akun-nonaktif");
    await admin.setViewportSize(PHONE);
    await shot(admin, "90-akun-nonaktif-phone");
    await expectAccessible(admin, "90-akun-nonaktif-phone");
    assert.equal((await staff.request.get("/api/auth/me")).status(), 401, "the session ends at once");
    await admin.close();
    await staff.close();
  });

  it("shows a pengelola no account action on an account with an assigned role", async () => {
    const admin = await browser.newPage({ viewport: DESKTOP, baseURL: server.url });
    await signIn(admin, server.url, "pengelola");
    const me = await (await admin.request.get("/api/auth/me")).json();
    await admin.goto(`/admin/employees/${me.employee.id}`);
    await admin.getByText("hanya super admin yang dapat mengelolanya").waitFor();
    assert.equal(await admin.getByTestId("reset-password").count(), 0);
    await admin.close();
  });
});

describe("accounts: the first administrator of a production install", () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer({ SIMKIN_MODE: "production", SETUP_TOKEN: "token-penyiapan-uji-e2e-123" });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("asks for the setup token from the server log", async () => {
    const page = await browser.newPage({ viewport: DESKTOP, baseURL: server.url });
    await page.goto("/login");
    await page.waitForURL(/\/setup$/);
    await page.getByLabel("Token penyiapan").fill("salah");
    await page.getByLabel("Nama pengguna").fill("admin.kecamatan");
    await page.getByTestId("new-password").fill("Pertama#Kali-2026");
    await page.getByLabel("Ulangi kata sandi baru").fill("Pertama#Kali-2026");
    await page.getByRole("button", { name: "Buat akun" }).click();
    await page.getByText("Token penyiapan salah").first().waitFor();
    await shot(page, "91-setup-token");
    await expectAccessible(page, "91-setup-token");
    await page.setViewportSize(PHONE);
    await shot(page, "91-setup-token-phone");
    await expectAccessible(page, "91-setup-token-phone");
    await page.getByLabel("Token penyiapan").fill("token-penyiapan-uji-e2e-123");
    await page.getByRole("button", { name: "Buat akun" }).click();
    // In production the first super admin enrols a second factor next (issue 8, helper B).
    await page.getByRole("heading", { name: "Aktifkan verifikasi dua langkah" }).waitFor();
    await page.close();
  });
});
