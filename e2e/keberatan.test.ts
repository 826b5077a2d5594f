import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createDb, type Db } from "../server/src/db";
import { newId } from "../server/src/db/ids";
import { expectAccessible, shot as fullShot, launchBrowser, type RunningServer, signIn, startServer } from "./harness";

/** A full-page screenshot from the top, so the sticky header sits where a person sees it. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const YEAR = Number(new Date().toISOString().slice(0, 4));
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/**
 * A result set by the rater and delivered yesterday, as the rating screens leave it (another part of issue 12 builds
 * them): the employee's approved SKP of the year, rated "sesuai / sesuai" (predikat Baik), with its rater and atasan.
 */
async function deliveredEvaluation(db: Db, employee: string, rater: string, atasan: string | null) {
  const ids = await db
    .selectFrom("user_account")
    .select(["username", "employee_id"])
    .where("username", "in", [employee, rater, atasan ?? rater])
    .execute();
  const idOf = (name: string) => ids.find((r) => r.username === name)?.employee_id ?? "";
  const skp = await db
    .selectFrom("skp")
    .select("id")
    .where("employee_id", "=", idOf(employee))
    .where("year", "=", YEAR)
    .where("status", "=", "disetujui")
    .executeTakeFirstOrThrow();
  const unit = await db.selectFrom("org_unit").select("id").where("kind", "=", "kecamatan").executeTakeFirstOrThrow();
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const id = newId();
  await db
    .insertInto("evaluation")
    .values({
      id,
      skp_id: skp.id,
      employee_id: idOf(employee),
      year: YEAR,
      period_code: "TW4",
      unit_id: unit.id,
      status: "ditetapkan",
      rater_employee_id: idOf(rater),
      // No atasan in SIMKIN (the Sekda): the pengelola records the decision from the letter.
      atasan_employee_id: atasan ? idOf(atasan) : null,
      atasan_external: atasan ? 0 : 1,
      head_of_unit: 0,
      capaian_id: null,
      capaian: "baik",
      rating_hasil_kerja: "sesuai_ekspektasi",
      rating_perilaku: "sesuai_ekspektasi",
      predikat: "baik",
      rule_version: "permenpanrb-6-2022",
      catatan: "",
      rekomendasi: "",
      parties_json: "{}",
      finalised_at: at,
      finalised_by: idOf(rater),
      received_at: at,
      acknowledged_at: null,
      locked_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

const reasons = "Seluruh target RHK triwulan ini tercapai penuh dengan bukti dukung lengkap setiap bulan.";

async function fileKeberatan(page: Page, evaluationId: string) {
  await page.goto(`/keberatan/${evaluationId}`);
  await page.getByTestId("keberatan-deadline").waitFor();
  assert.match((await page.getByTestId("keberatan-deadline").textContent()) ?? "", /sampai .+ pukul 23\.59 WIB/);
  await page.getByRole("button", { name: "Ajukan keberatan" }).click();
  await page.getByLabel("Alasan keberatan").fill(reasons);
  await page.getByRole("button", { name: "Kirim keberatan" }).click();
  await page.getByTestId("keberatan-status").getByText("Diajukan").waitFor();
}

describe("keberatan: the employee objects, the rater explains, the atasan decides (issue 12)", () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Db;
  const ids = { granted: "", rejected: "", external: "" };

  before(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-keberatan-")), "e2e.sqlite");
    server = await startServer({ DATABASE_URL: `file:${file}` });
    db = createDb({ dialect: "sqlite", file });
    ids.granted = await deliveredEvaluation(db, "staf.yanum", "kasi.yanum", "camat");
    ids.rejected = await deliveredEvaluation(db, "penata.yanum", "kasi.yanum", "camat");
    ids.external = await deliveredEvaluation(db, "kasi.yanum", "camat", null);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await db.destroy();
    await server.stop();
  });

  it("the employee files within the window, with an attachment", async () => {
    const page = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(page, server.url, "staf.yanum");
    await page.goto(`/keberatan/${ids.granted}`);
    await page.getByTestId("keberatan-deadline").waitFor();
    await shot(page, "keberatan-1-employee-before");
    await expectAccessible(page, "keberatan: sebelum diajukan");
    await fileKeberatan(page, ids.granted);
    await page
      .getByTestId("keberatan-attachment")
      .setInputFiles({ name: "rekap-tw3.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("link", { name: /Lampiran: rekap-tw3/ }).waitFor();
    // A wrong file attached by mistake is removed again after confirming (decision 0063).
    await page
      .getByTestId("keberatan-attachment")
      .setInputFiles({ name: "salah-berkas.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Hapus berkas salah-berkas.pdf" }).click();
    const confirm = page.getByRole("dialog", { name: "Hapus berkas keberatan?" });
    await confirm.getByTestId("confirm-file-delete").click();
    await page.getByText("Berkas dihapus").waitFor();
    await page.getByRole("link", { name: /salah-berkas/ }).waitFor({ state: "detached" });
    await confirm.waitFor({ state: "detached" });
    await expectAccessible(page, "keberatan: diajukan");
    await shot(page, "keberatan-2-employee-filed");
    await page.close();
  });

  it("the rater explains from the home task", async () => {
    const page = await browser.newPage({ viewport: phone, baseURL: server.url });
    await signIn(page, server.url, "kasi.yanum");
    await page.getByTestId("task").first().waitFor();
    if ((await page.getByTestId("tasks-all").count()) > 0) {
      await page.getByTestId("tasks-all").click();
    }
    const task = page.locator('[data-testid="task"][data-kind="keberatan_explain"]').first();
    await task.getByTestId("task-open").click();
    await page.waitForURL(`**/keberatan/${ids.granted}`);
    await page.getByLabel("Penjelasan").fill("Realisasi tercapai, namun dua laporan bulanan terlambat diajukan.");
    await page.getByRole("button", { name: "Kirim penjelasan" }).click();
    await page.getByTestId("keberatan-status").getByText("Sudah dijelaskan penilai").waitFor();
    await shot(page, "keberatan-3-rater-explained-phone");
    await page.close();
  });

  it("the atasan grants it from the list: the predikat follows the kuadran and the result locks", async () => {
    const page = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(page, server.url, "camat");
    await page
      .getByRole("navigation")
      .getByRole("link", { name: /^Keberatan/ })
      .click();
    await page.getByTestId("keberatan-row").first().waitFor();
    await expectAccessible(page, "daftar keberatan");
    await shot(page, "keberatan-4-list");
    await page.goto(`/keberatan/${ids.granted}`);
    await page.getByTestId("keberatan-decide-form").waitFor();
    await page.getByLabel("Rating hasil kerja").selectOption("di_atas_ekspektasi");
    await page.getByLabel("Rating perilaku kerja").selectOption("di_atas_ekspektasi");
    assert.match((await page.getByTestId("predikat-preview").textContent()) ?? "", /Sangat Baik/);
    await page
      .getByLabel("Keputusan tertulis")
      .fill("Setelah mendengar kedua pihak, kinerja triwulan ini di atas ekspektasi.");
    await expectAccessible(page, "keberatan: keputusan atasan");
    await shot(page, "keberatan-5-decide-form");
    await page.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await page.getByText("Keputusan tidak dapat diubah lagi").waitFor();
    await page.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await page.getByTestId("keberatan-status").getByText("Dikabulkan").waitFor();
    assert.equal(await page.getByTestId("summary-predikat").textContent(), "Sangat Baik");
    assert.match((await page.getByTestId("keberatan-before-after").textContent()) ?? "", /Baik.*Sangat Baik/s);
    assert.equal(await page.getByTestId("keberatan-decide-form").count(), 0);
    await shot(page, "keberatan-6-granted");
    await page.close();
  });

  it("the atasan rejects another without an explanation: the ratings stay", async () => {
    const employee = await browser.newPage({ viewport: phone, baseURL: server.url });
    await signIn(employee, server.url, "penata.yanum");
    await fileKeberatan(employee, ids.rejected);
    await shot(employee, "keberatan-7-file-phone");
    await employee.close();
    const page = await browser.newPage({ viewport: phone, baseURL: server.url });
    await signIn(page, server.url, "camat");
    await page.goto(`/keberatan/${ids.rejected}`);
    await page.getByTestId("explanation-missing").waitFor();
    await page.getByLabel("Ditolak").check();
    await page.getByLabel("Keputusan tertulis").fill("Rating sudah sesuai dengan realisasi dan bukti dukung yang ada.");
    await page.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await page.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await page.getByTestId("keberatan-status").getByText("Ditolak").waitFor();
    assert.equal(await page.getByTestId("summary-predikat").textContent(), "Baik");
    await expectAccessible(page, "keberatan: ditolak (ponsel)");
    await shot(page, "keberatan-8-rejected-phone");
    await page.close();
  });

  it("the pengelola records the Sekda's decision from the letter", async () => {
    const employee = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(employee, server.url, "kasi.yanum");
    await fileKeberatan(employee, ids.external);
    await employee.close();
    const page = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(page, server.url, "pengelola");
    await page.goto(`/keberatan/${ids.external}`);
    await page.getByTestId("keberatan-record-form").waitFor();
    await page.getByLabel("Nomor surat").fill("800/123/SETDA/2026");
    await page.getByLabel("Tanggal surat").fill(new Date().toISOString().slice(0, 10));
    await page
      .getByTestId("keberatan-scan")
      .setInputFiles({ name: "sk-keberatan.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel("Rating perilaku kerja").selectOption("di_atas_ekspektasi");
    await page
      .getByLabel("Keputusan tertulis")
      .fill("Sekretaris Daerah mengabulkan keberatan sesuai surat keputusan terlampir.");
    await expectAccessible(page, "keberatan: catat keputusan dari surat");
    await shot(page, "keberatan-9-record-form");
    await page.getByRole("button", { name: "Catat keputusan" }).click();
    await page.getByTestId("keberatan-status").getByText("Dikabulkan").waitFor();
    await page.getByText("Diputus di luar SIMKIN").first().waitFor();
    assert.equal(await page.getByTestId("summary-predikat").textContent(), "Baik");
    await shot(page, "keberatan-10-recorded");
    await page.close();
  });
});
