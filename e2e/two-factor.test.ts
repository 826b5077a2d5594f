import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import {
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  type RunningServer,
  shot,
  signIn,
  signOut,
  startServer,
} from "./harness";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** The code an authenticator app shows half a minute from now: the step after the one just used is still valid. */
function nextCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 });
}

/** Reads the key the page shows for typing in by hand, as someone without a camera would. */
async function secretOnPage(page: Page): Promise<string> {
  const text = (await page.getByTestId("enrolment-secret").textContent()) ?? "";
  return text.replace(/\s+/g, "");
}

async function passwordStep(page: Page, baseUrl: string, identifier: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("NIP atau nama pengguna").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

async function enrolOnPage(page: Page, shotName: string) {
  await page.getByTestId("enrolment-secret").waitFor();
  await page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" }).waitFor();
  const secret = await secretOnPage(page);
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await shot(page, shotName);
  await expectAccessible(page, shotName);
  await page.getByTestId("enrolment-code").fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await page.getByTestId("recovery-codes").waitFor();
  const codes = await page.getByTestId("recovery-code").allTextContents();
  assert.equal(codes.length, 10);
  return { secret, codes };
}

describe("two-step verification: a pegawai turns it on and signs in with it", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let secret = "";
  let codes: string[] = [];
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: desktop });
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("enrols from the security page: QR code, key as text, a code from the app, recovery codes once", async () => {
    await passwordStep(page, server.url, "staf.yanum");
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keamanan akun" }).click();
    assert.equal(await page.getByTestId("two-factor-status").textContent(), "Tidak aktif");
    await page.getByTestId("enable-two-factor").click();
    ({ secret, codes } = await enrolOnPage(page, "40-2fa-pendaftaran"));
    await shot(page, "41-2fa-kode-pemulihan");
    await expectAccessible(page, "41-2fa-kode-pemulihan");
    await page.getByTestId("codes-saved").click();
    await page.getByTestId("codes-left").getByText("Sisa kode pemulihan: 10 dari 10").waitFor();
    assert.equal(await page.getByTestId("two-factor-status").textContent(), "Aktif");
    await shot(page, "42-2fa-aktif");
    await expectAccessible(page, "42-2fa-aktif");
    await signOut(page);
  });

  it("asks for the code after the password, refuses a wrong one and accepts the app's", async () => {
    await passwordStep(page, server.url, "staf.yanum");
    const code = page.getByTestId("second-factor-code");
    await code.waitFor();
    assert.equal(await code.getAttribute("autocomplete"), "one-time-code");
    assert.equal(await code.getAttribute("inputmode"), "numeric");
    await shot(page, "43-2fa-langkah-kedua");
    await expectAccessible(page, "43-2fa-langkah-kedua");
    const right = nextCode(secret);
    await code.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, "0"));
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByRole("alert").getByText("Kode verifikasi salah atau sudah dipakai.").waitFor();
    await shot(page, "44-2fa-kode-salah");
    await expectAccessible(page, "44-2fa-kode-salah");
    await code.fill(right);
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByTestId("user-menu").waitFor();
    await signOut(page);
  });

  it("accepts a recovery code once; the same code is refused the next time", async () => {
    const [first = "", second = ""] = codes;
    await passwordStep(page, server.url, "staf.yanum");
    await page.getByRole("button", { name: "Pakai kode pemulihan" }).click();
    await page.getByLabel("Kode pemulihan").fill(first);
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByTestId("user-menu").waitFor();
    await signOut(page);

    await passwordStep(page, server.url, "staf.yanum");
    await page.getByRole("button", { name: "Pakai kode pemulihan" }).click();
    await page.getByLabel("Kode pemulihan").fill(first);
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByRole("alert").getByText("Kode verifikasi salah atau sudah dipakai.").waitFor();
    await page.getByLabel("Kode pemulihan").fill(second.toUpperCase());
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByTestId("user-menu").waitFor();
    await page.goto(`${server.url}/security`);
    await page.getByTestId("codes-left").getByText("Sisa kode pemulihan: 8 dari 10").waitFor();
  });

  it("fits a phone: the second step and the security page", async () => {
    const mobile = await browser.newPage({ viewport: phone });
    await passwordStep(mobile, server.url, "staf.yanum");
    await mobile.getByTestId("second-factor-code").waitFor();
    await shot(mobile, "45-2fa-langkah-kedua-phone");
    await expectAccessible(mobile, "45-2fa-langkah-kedua-phone");
    await mobile.getByRole("button", { name: "Pakai kode pemulihan" }).click();
    await mobile.getByLabel("Kode pemulihan").fill(codes[2] ?? "");
    await mobile.getByRole("button", { name: "Verifikasi" }).click();
    await mobile.getByTestId("user-menu").waitFor();
    await mobile.goto(`${server.url}/security`);
    await mobile.getByTestId("codes-left").waitFor();
    await shot(mobile, "46-2fa-aktif-phone");
    await expectAccessible(mobile, "46-2fa-aktif-phone");
    await mobile.close();
  });

  it("lets the super admin reset it after a lost phone; the owner then signs in with the password alone", async () => {
    // Still signed in from the recovery-code sign-in above.
    const me = await page.evaluate(() => fetch("/api/auth/me").then((r) => r.json()));
    await signOut(page);

    const admin = await browser.newPage({ viewport: desktop });
    await signIn(admin, server.url, "admin");
    await admin.goto(`${server.url}/admin/employees/${me.employee.id}`);
    await admin.getByTestId("account-two-factor").getByText("Aktif", { exact: true }).waitFor();
    await admin.getByRole("button", { name: "Atur ulang verifikasi dua langkah" }).click();
    await admin.getByTestId("confirm-reset-two-factor").waitFor();
    await shot(admin, "49-2fa-reset-super-admin");
    await expectAccessible(admin, "49-2fa-reset-super-admin");
    await admin.getByTestId("confirm-reset-two-factor").click();
    await admin.getByTestId("account-two-factor").getByText("Tidak aktif").waitFor();
    await admin.close();

    await signIn(page, server.url, "staf.yanum");
    await page.getByTestId("notification-bell").click();
    await page.getByTestId("notification-list").getByText("Verifikasi dua langkah akun Anda diatur ulang").waitFor();
    await shot(page, "50-2fa-reset-notifikasi");
    await expectAccessible(page, "50-2fa-reset-notifikasi");
  });
});

describe("two-step verification: required for the first administrator in production", () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer({
      SIMKIN_MODE: "production",
      COOKIE_SECURE: "false",
      REMINDER_INTERVAL_MINUTES: "0",
      SETUP_TOKEN: "token-penyiapan-uji-2fa-123",
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("shows only the enrolment screen until a factor is on, then the application", async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(`${server.url}/setup`);
    await page.getByLabel("Token penyiapan").fill("token-penyiapan-uji-2fa-123");
    await page.getByLabel("Nama pengguna").fill("admin.kec");
    await page.getByTestId("new-password").fill("Sandi-Kantor-Plaju-2026!");
    await page.getByLabel("Ulangi kata sandi baru").fill("Sandi-Kantor-Plaju-2026!");
    await page.getByRole("button", { name: "Buat akun" }).click();
    await page.getByRole("heading", { name: "Aktifkan verifikasi dua langkah" }).waitFor();
    assert.equal(await page.getByTestId("user-menu").count(), 0, "no application before enrolment");
    await enrolOnPage(page, "47-2fa-wajib-phone");
    await shot(page, "48-2fa-wajib-kode-pemulihan-phone");
    await expectAccessible(page, "48-2fa-wajib-kode-pemulihan-phone");
    await page.getByTestId("codes-saved").click();
    await page.getByTestId("user-menu").waitFor();
    await page.close();
  });
});
