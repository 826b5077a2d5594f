import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { completeContent } from "../server/test/given-skp";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

/** The demo year's fourth quarter: the running period, not rated yet in the seed. */
const PERIOD = "Triwulan IV";
const YEAR = Number(new Date().toISOString().slice(0, 4));

/** A JSON call with the page's session, as the web app makes it (CSRF token from /api/auth/me, same origin). */
async function api(page: Page, base: string, method: "GET" | "POST" | "PUT", url: string, body?: unknown) {
  const me = await (await page.request.get(`${base}/api/auth/me`)).json();
  const res = await page.request.fetch(`${base}${url}`, {
    method,
    headers: { "x-csrf-token": me.csrfToken, origin: base, "content-type": "application/json" },
    ...(body === undefined ? {} : { data: body }),
  });
  assert.ok(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/**
 * The demo's Talang Putri SKPs of this year are drafts: the workflow approves the Lurah's (reviewed, approved by the
 * Camat) and then that of someone the Lurah rates, intervening it (reviewed, approved by the Lurah), as the office would.
 */
async function approveThroughWorkflow(base: string, owner: Page, approver: Page, pengelola: Page, parent?: string) {
  const mine = await api(owner, base, "GET", `/api/skps/mine?year=${YEAR}`);
  const approved = mine.find((s: { status: string }) => s.status === "disetujui");
  if (approved) {
    return api(owner, base, "GET", `/api/skps/${approved.id}`);
  }
  const draft = mine.find((s: { status: string }) => s.status === "draft");
  const skp = draft
    ? await api(owner, base, "GET", `/api/skps/${draft.id}`)
    : await api(owner, base, "POST", "/api/skps", { year: YEAR, copyFromLastYear: false });
  const parentId = parent ?? skp.parentOptions[0]?.id ?? null;
  const saved = await api(owner, base, "PUT", `/api/skps/${skp.id}/content`, completeContent(parentId, skp.version));
  const submitted = await api(owner, base, "POST", `/api/skps/${skp.id}/submit`, { version: saved.version });
  const reviewed = await api(pengelola, base, "POST", `/api/skps/${skp.id}/review`, { version: submitted.version });
  return api(approver, base, "POST", `/api/skps/${skp.id}/approve`, { version: reviewed.version });
}

describe("evaluation: a Lurah rates someone of the kelurahan, finalises, the employee acknowledges", () => {
  let server: RunningServer;
  let browser: Browser;
  let lurah: Page;
  let staff: Page;
  let evaluationUrl = "";
  let staffName = "";

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    lurah = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: server.url });
    staff = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: server.url });
    await signIn(lurah, server.url, "lurah.talangputri");
    const camat = await browser.newPage({ baseURL: server.url });
    const pengelola = await browser.newPage({ baseURL: server.url });
    await signIn(camat, server.url, "camat");
    await signIn(pengelola, server.url, "pengelola");
    const lurahSkp = await approveThroughWorkflow(server.url, lurah, camat, pengelola);
    // Someone the Lurah rates (last year's list names them); they sign in by NIP as every demo employee can.
    const lastYear = await api(lurah, server.url, "GET", `/api/evaluations/team?year=${YEAR - 1}&periodCode=TW4`);
    const ratee = lastYear.items[0];
    assert.ok(ratee, "the Lurah rates somebody");
    staffName = ratee.employeeName;
    await signIn(staff, server.url, ratee.nip);
    const staffSkp = await approveThroughWorkflow(server.url, staff, lurah, pengelola, lurahSkp.rhk?.[0]?.id);
    assert.equal(staffSkp.status, "disetujui");
    await camat.close();
    await pengelola.close();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets the Lurah open the staff member's evaluation from Penilaian Kinerja", async () => {
    await lurah.getByRole("navigation").getByText("Penilaian Kinerja").click();
    await lurah.getByTestId("evaluation-period").click();
    await lurah.getByRole("option", { name: new RegExp(`^${PERIOD}`) }).click();
    const row = lurah.getByTestId("team-evaluation-row").filter({ hasText: staffName });
    await row.getByText("Belum dinilai").waitFor();
    await row.waitFor();
    await expectAccessible(lurah, "penilaian kinerja");
    await shot(lurah, "evaluation-team-desktop");
    await row.getByRole("button", { name: /^Nilai / }).click();
    await lurah.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    evaluationUrl = lurah.url();
    await lurah.getByTestId("rating-form").waitFor();
  });

  it("writes feedback per RHK and value, sets both ratings and sees the predikat from the kuadran", async () => {
    for (const field of await lurah.getByTestId("rhk-feedback").all()) {
      await field.fill("Pelayanan administrasi kelurahan tepat waktu dan rapi.");
    }
    await lurah.getByTestId("behaviour-feedback-kolaboratif").fill("Sigap membantu rekan di loket pelayanan.");
    await lurah.getByTestId("behaviour-feedback-berorientasi_pelayanan").fill("Ramah dan sabar kepada warga.");
    const preview = lurah.getByTestId("predikat-preview");
    assert.match((await preview.textContent()) ?? "", /Predikat muncul setelah kedua rating diisi/);
    const hasilKerja = lurah.getByTestId("rating-hasil-kerja");
    if (await hasilKerja.count()) {
      await hasilKerja.getByText("Di Atas Ekspektasi").click();
    }
    await lurah.getByTestId("rating-perilaku").getByText("Di Atas Ekspektasi").click();
    await preview.getByText("Sangat Baik").waitFor();
    await lurah.getByRole("button", { name: "Simpan penilaian" }).click();
    await lurah.getByText("Penilaian tersimpan").waitFor();
    await expectAccessible(lurah, "ruang kerja evaluasi");
    await shot(lurah, "evaluation-workspace-desktop");
    await lurah.setViewportSize({ width: 390, height: 844 });
    await lurah.reload();
    await lurah.getByTestId("rating-form").waitFor();
    await shot(lurah, "evaluation-workspace-phone");
    await lurah.setViewportSize({ width: 1280, height: 800 });
  });

  it("finalises: the result is set, delivered and the keberatan deadline shown", async () => {
    const finalise = lurah.getByRole("button", { name: "Tetapkan hasil evaluasi" });
    await finalise.click();
    await lurah.getByText(/tidak dapat diubah kecuali melalui keberatan/).waitFor();
    await finalise.click();
    await lurah.getByText("Hasil evaluasi ditetapkan dan dikirim kepada pegawai").waitFor();
    const result = lurah.getByTestId("evaluation-result");
    await result.getByText("Sangat Baik").waitFor();
    await lurah.getByTestId("keberatan-panel").getByTestId("keberatan-deadline").waitFor();
    assert.equal(await lurah.getByTestId("rating-form").count(), 0, "no more rating once set");
  });

  it("shows the employee the result in Evaluasi Saya, who acknowledges it", async () => {
    await staff.getByRole("navigation").getByText("Evaluasi Saya").click();
    const row = staff.getByTestId("my-evaluation-row").filter({ hasText: PERIOD });
    await row.getByText("Ditetapkan").waitFor();
    await row.getByText("Sangat Baik").waitFor();
    await expectAccessible(staff, "evaluasi saya");
    await shot(staff, "evaluation-mine-desktop");
    await row.getByRole("button", { name: "Lihat" }).click();
    await staff.waitForURL(evaluationUrl.replace(server.url, "").replace(/^/, "**"));
    await staff.getByTestId("evaluation-result").waitFor();
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.reload();
    await staff.getByTestId("evaluation-result").waitFor();
    await shot(staff, "evaluation-result-phone");
    await expectAccessible(staff, "hasil evaluasi");
    await staff.getByRole("button", { name: "Terima hasil evaluasi" }).click();
    await staff.getByText("Hasil evaluasi diterima").first().waitFor();
    await staff.getByTestId("evaluation-status").getByText("Diterima").waitFor();
    await shot(staff, "evaluation-acknowledged-phone");
  });
});
