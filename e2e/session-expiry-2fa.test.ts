import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  DEMO_PASSWORD,
  launchBrowser,
  type RunningServer,
  shot,
  signIn,
  signOutElsewhere,
  startServer,
  viewShot,
} from "./harness";
import { apiAs } from "./xss-setup";

const wibToday = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const TOPIC = "Bimbingan penyusunan rekap antrean loket";
const COMPETENCY = "Pelayanan publik";
const REASON = "Menjelaskan persyaratan PATEN dengan sabar dan runtut kepada pemohon.";

/** The code an authenticator app shows half a minute from now: the step after the one just used is still valid. */
function nextCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 });
}

/**
 * Issue 11, "never lose typed work", for a rater with two-step sign-in: the B.1.9 evaluation keeps a local draft
 * (back after a reload), and when the session ends mid-edit the sign-in dialog over the page asks for the password
 * and then the authenticator code, and the pending save goes out.
 */
describe("a rater with two-step sign-in keeps a B.1.9 evaluation through an ended session", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let secret = "";
  let sessionId = "";
  before(async () => {
    server = await startServer({ REMINDER_INTERVAL_MINUTES: "0" });
    // The coaching session to evaluate, recorded before the Kasi turns two-step sign-in on (the API helper has none).
    const rater = await apiAs(server.url, "kasi.yanum");
    const staff = await (await apiAs(server.url, "staf.yanum")).get("/api/profile");
    sessionId = (await rater.post("/api/coaching", { employeeId: staff.employee.id, date: wibToday, topic: TOPIC })).id;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: desktop, baseURL: server.url });
    page = await context.newPage();
    await signIn(page, server.url, "kasi.yanum");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  const form = () => page.getByTestId("b19-form");
  const competency = () => form().getByLabel("Kompetensi baris 1");
  const reason = () => form().getByLabel("Alasan baris 1");
  const dialog = () => page.getByRole("dialog", { name: "Sesi Anda berakhir" });

  async function openB19() {
    await page.goto("/team/dialogues?tab=bimbingan");
    await page.getByTestId("coaching-item").filter({ hasText: TOPIC }).getByTestId("open-b19").click();
    await form().waitFor();
  }

  it("turns on two-step sign-in from the security page", async () => {
    await page.goto("/security");
    await page.getByTestId("enable-two-factor").click();
    await page.getByTestId("enrolment-secret").waitFor();
    secret = ((await page.getByTestId("enrolment-secret").textContent()) ?? "").replace(/\s+/g, "");
    await page.getByTestId("enrolment-code").fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
    await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
    await page.getByTestId("recovery-codes").waitFor();
    await page.getByTestId("codes-saved").click();
    assert.equal(await page.getByTestId("two-factor-status").textContent(), "Aktif");
  });

  it("keeps the B.1.9 rows typed through a reload, as the other coaching forms do", async () => {
    await openB19();
    await competency().fill(COMPETENCY);
    await form().getByLabel("Nilai (1-5) baris 1").click();
    await page.getByRole("option", { name: "4", exact: true }).click();
    await reason().fill(REASON);
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByTestId("coaching-item").filter({ hasText: TOPIC }).getByTestId("open-b19").click();
    await page.getByTestId("draft-restored").getByText("Draf yang belum tersimpan dipulihkan").waitFor();
    await page.waitForTimeout(400); // the modal's opening transition
    assert.equal(await competency().inputValue(), COMPETENCY);
    assert.equal(await reason().inputValue(), REASON);
    assert.equal(await form().getByLabel("Nilai (1-5) baris 1").inputValue(), "4");
    await viewShot(page, "b19-draft-restored-desktop");
  });

  it("asks for the password and the authenticator code over the form, then saves the evaluation", async () => {
    await signOutElsewhere(page, server.url);
    // A sign-out elsewhere ends the bell's stream at once, and its check opens the dialog by itself (decision 0064).
    await dialog().waitFor({ timeout: 10_000 });
    await dialog().getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await dialog().getByRole("button", { name: "Masuk dan lanjutkan" }).click();
    const code = dialog().getByTestId("second-factor-code");
    await code.waitFor();
    assert.equal(await competency().inputValue(), COMPETENCY, "the form stays under the dialog");
    await viewShot(page, "session-expired-second-factor-desktop");
    await page.setViewportSize(phone);
    await viewShot(page, "session-expired-second-factor-phone");
    await page.setViewportSize(desktop);
    await code.fill(nextCode(secret));
    await dialog().getByRole("button", { name: "Verifikasi" }).click();
    await dialog().waitFor({ state: "hidden" });
    await form().getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Evaluasi kompetensi tersimpan").waitFor({ timeout: 10_000 });
    await form().waitFor({ state: "hidden" });
    const card = page.getByTestId("coaching-item").filter({ hasText: TOPIC });
    await card.getByTestId("b19-status").and(page.locator('[data-filled="true"]')).waitFor();
    await shot(page, "b19-saved-after-second-factor");

    const saved = await page.request.get(`${server.url}/api/coaching`);
    assert.equal(saved.status(), 200, "the new session reads the records");
    type Row = { competency: string; score: number; reason: string };
    const sessions = (await saved.json()) as { id: string; evaluation: { rows: Row[] } | null }[];
    const evaluated = sessions.find((s) => s.id === sessionId);
    assert.deepEqual(evaluated?.evaluation?.rows, [{ competency: COMPETENCY, score: 4, reason: REASON }]);
    const drafts = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.includes(":b19:")));
    assert.deepEqual(drafts, [], "the saved draft is removed from this browser");
  });
});
