import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { predikatFor } from "@simkin/domain";
import type { Browser, Page } from "playwright-core";
import {
  desktop,
  finalise,
  KELURAHAN,
  type KurvaState,
  kurvaAfter,
  lurahNip,
  PERIOD,
  PERIOD_LABEL,
  pdfOf,
  phone,
  predikatLabel,
  type Ratee,
  ratee,
  rateInWorkspace,
  readKurva,
  shot,
} from "./evaluation-journey-steps";
import { expectAccessible, launchBrowser, type RunningServer, signIn, signOut, startServer } from "./harness";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const nav = (page: Page, name: string | RegExp) =>
  page.getByRole("navigation").getByRole("link", { name }).first().click();

/**
 * Issue 12's journey on the seeded demo office, through the screens only: the Camat sets a kelurahan's TW4 capaian;
 * its Lurah rates three staff while the kurva changes; one employee acknowledges, another objects; the Lurah explains,
 * the Camat decides and the employee sees it; the EKP, the Dokumen Evaluasi and the Format Penetapan print.
 */
describe("evaluation journey: capaian, rating with the kurva, acknowledgement, keberatan, PDFs", () => {
  let server: RunningServer;
  let browser: Browser;
  let lurahLogin = "";
  let unitUrl = "";
  const staff: Ratee[] = [];
  const evaluationUrls: string[] = [];

  before(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-journey-")), "e2e.sqlite");
    server = await startServer({ DATABASE_URL: `file:${file}` });
    browser = await launchBrowser();
    lurahLogin = lurahNip(file);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const newPage = (viewport = desktop) => browser.newPage({ viewport, baseURL: server.url });

  it("1. the Camat sets the kelurahan's capaian for the quarter from Capaian Organisasi", async () => {
    const page = await newPage();
    await signIn(page, server.url, "camat");
    await nav(page, "Capaian Organisasi");
    await page.getByTestId("period-picker").getByText(PERIOD, { exact: true }).click();
    await page.locator(`[data-testid=capaian-units][data-period=${PERIOD}]`).waitFor();
    const card = page.locator(`[data-testid=capaian-unit][data-unit="${KELURAHAN}"]`);
    await card.getByTestId("capaian-value").getByText("Belum ditetapkan").waitFor();
    await card.getByTestId("capaian-set").click();
    await page.getByTestId("capaian-select").click();
    await page.getByRole("option", { name: "Baik", exact: true }).click();
    await page
      .getByTestId("capaian-reason")
      .fill("Rencana aksi triwulan IV tercapai 91%; laporan bulanan kelurahan lengkap dan tepat waktu.");
    await shot(page, "01-capaian-form");
    await page.getByTestId("capaian-save").click();
    await card.getByTestId("capaian-value").getByText("Baik", { exact: true }).waitFor();
    await card.getByText(/Rencana aksi triwulan IV tercapai 91%/).waitFor();
    await expectAccessible(page, "capaian organisasi");
    await shot(page, "02-capaian-set");
    await page.close();
  });

  it("2. the Lurah rates three staff; the kurva counts each result once it is set", async () => {
    // The kurva stays open in a second tab of the same session while the Lurah rates in the first.
    const context = await browser.newContext({ viewport: desktop, baseURL: server.url });
    const page = await context.newPage();
    await signIn(page, server.url, lurahLogin);
    const kurva = await context.newPage();
    await kurva.goto("/");
    await nav(kurva, "Kurva Distribusi");
    // The menu opens on the last finished quarter; the running one is a click away.
    await kurva.getByTestId("period-picker").getByText(PERIOD, { exact: true }).click();
    const unitLink = kurva.locator(`a[data-period=${PERIOD}]`, { hasText: KELURAHAN });
    await unitLink.waitFor();
    await shot(kurva, "03-kurva-choice");
    await unitLink.click();
    await kurva.waitForURL(new RegExp(`periodCode=${PERIOD}`));
    unitUrl = kurva.url();
    const title = await kurva.getByTestId("kurva-title").textContent();
    assert.equal(title, "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK");
    let state: KurvaState = await readKurva(kurva);
    assert.equal(state.total, 0, "nothing set yet in the quarter");
    const drafts0 = state.drafts;
    // Capaian Baik: at most 70% Baik, and a Butuh Perbaikan or Kurang must exist; nothing is asked of nobody.
    assert.deepEqual(state.met, ["true", "true"]);
    await shot(kurva, "03-kurva-before-rating");

    await nav(page, "Penilaian Kinerja");
    await page.getByTestId("evaluation-period").waitFor();
    assert.match((await page.getByTestId("evaluation-period").inputValue()) ?? "", new RegExp(`^${PERIOD_LABEL}`));
    const rows = page.getByTestId("team-evaluation-row");
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 3, "the Lurah rates at least three staff");
    await expectAccessible(page, "penilaian kinerja");
    await shot(page, "04-team");
    // Each rating, and the rules as the curve then stands: one Sangat Baik alone lacks the Butuh Perbaikan/Kurang
    // "harus ada" asks for; a Kurang meets it; one Baik of three is within 70% (floor(0.7 x 3) = 2).
    const plan = [
      ["di_atas_ekspektasi", "di_atas_ekspektasi", ["true", "false"]],
      ["sesuai_ekspektasi", "di_bawah_ekspektasi", ["true", "true"]],
      ["sesuai_ekspektasi", "sesuai_ekspektasi", ["true", "true"]],
    ] as const;
    for (const [i, [hasilKerja, perilaku, met]] of plan.entries()) {
      const row = rows.nth(i);
      const name = ((await row.locator("p").first().textContent()) ?? "").trim();
      const nip = ((await row.locator("p").nth(1).textContent()) ?? "").split("·")[0]?.trim() ?? "";
      assert.match(nip, /^\d{18}$/, `${name}'s NIP`);
      const who = ratee(name, nip, hasilKerja, perilaku);
      staff.push(who);
      await row.getByText("Belum dinilai").waitFor();
      await row.getByRole("button", { name: `Nilai ${name}` }).click();
      await page.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
      evaluationUrls.push(page.url());
      await rateInWorkspace(page, who);
      if (i === 0) {
        await expectAccessible(page, "ruang kerja penilaian");
        await shot(page, "05-workspace-rated");
        await page.setViewportSize(phone);
        await page.reload();
        await page.getByTestId("rating-form").waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= phone.width, `the workspace fits a phone (${width} px)`);
        await shot(page, "05-workspace-phone");
        await page.setViewportSize(desktop);
      }
      // A saved draft is counted apart: the curve itself moves only when the result is set.
      const before = state.counts[who.predikat] ?? 0;
      state = await kurvaAfter(kurva, i, drafts0 + 1);
      assert.equal(state.counts[who.predikat], before, "a draft is counted apart, not on the curve");
      await finalise(page, who);
      state = await kurvaAfter(kurva, i + 1, drafts0);
      assert.equal(state.counts[who.predikat], before + 1, `${who.predikat} counted once ${name}'s result is set`);
      assert.deepEqual(state.met, met, `the rules after ${name}'s result`);
      await shot(kurva, `06-kurva-after-${i + 1}`);
      await nav(page, "Penilaian Kinerja");
      await rows.first().waitFor();
      await rows.filter({ hasText: name }).getByText("Ditetapkan").waitFor();
    }
    assert.deepEqual(state.counts, { sangat_baik: 1, baik: 1, butuh_perbaikan: 0, kurang: 1, sangat_kurang: 0 });
    await expectAccessible(kurva, "kurva distribusi");
    await kurva.setViewportSize(phone);
    await kurva.reload();
    await kurva.getByTestId("kurva-evaluations").waitFor();
    await shot(kurva, "07-kurva-phone");
    const width = await kurva.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= phone.width, `no sideways scroll on a phone (${width} px)`);
    await kurva.close();
    await signOut(page);
    await context.close();
  });

  it("3. the first employee sees the result in Evaluasi Saya and acknowledges it", async () => {
    const [first] = staff;
    assert.ok(first);
    const page = await newPage();
    await signIn(page, server.url, first.nip);
    await nav(page, "Evaluasi Saya");
    const row = page.getByTestId("my-evaluation-row").filter({ hasText: PERIOD_LABEL });
    await row.getByText("Ditetapkan").waitFor();
    await row.getByText(predikatLabel(first.predikat), { exact: true }).waitFor();
    await shot(page, "08-mine");
    await row.getByRole("button", { name: "Lihat" }).click();
    await page.waitForURL(`**${new URL(evaluationUrls[0] ?? "").pathname}`);
    const result = page.getByTestId("evaluation-result");
    await result.getByText("Sangat Baik", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Terima hasil evaluasi" }).click();
    await page.getByText("Hasil evaluasi diterima").first().waitFor();
    await page.getByTestId("evaluation-status").getByText("Diterima").waitFor();
    await expectAccessible(page, "hasil evaluasi diterima");
    await shot(page, "09-acknowledged");
    await page.close();
  });

  it("4. the second employee files a keberatan with an attachment", async () => {
    const second = staff[1];
    assert.ok(second);
    assert.equal(second.predikat, "kurang");
    const page = await newPage();
    await signIn(page, server.url, second.nip);
    await nav(page, "Evaluasi Saya");
    const row = page.getByTestId("my-evaluation-row").filter({ hasText: PERIOD_LABEL });
    await row.getByRole("button", { name: "Lihat" }).click();
    await page.getByTestId("evaluation-result").getByText("Kurang/Misconduct", { exact: true }).waitFor();
    const panel = page.getByTestId("keberatan-panel");
    assert.match((await panel.getByTestId("keberatan-deadline").textContent()) ?? "", /pukul 23\.59 WIB/);
    await page.getByRole("button", { name: "Terima hasil evaluasi" }).waitFor();
    await panel.getByRole("button", { name: "Ajukan keberatan" }).click();
    await page
      .getByLabel("Alasan keberatan")
      .fill("Perilaku kerja saya selama triwulan IV sesuai ekspektasi: tidak ada teguran tertulis maupun lisan.");
    await page.getByRole("button", { name: "Kirim keberatan" }).click();
    await panel.getByTestId("keberatan-status").getByText("Diajukan").waitFor();
    // While the keberatan waits, the result cannot be acknowledged: the button goes without a reload.
    await page.getByRole("button", { name: "Terima hasil evaluasi" }).waitFor({ state: "detached" });
    await page
      .getByTestId("keberatan-attachment")
      .setInputFiles({ name: "daftar-hadir-tw4.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("link", { name: /Lampiran: daftar-hadir-tw4/ }).waitFor();
    await expectAccessible(page, "keberatan diajukan");
    await shot(page, "10-keberatan-filed");
    await page.close();
  });

  it("5. the Lurah explains, the Camat grants it with a new perilaku rating, the employee sees the decision", async () => {
    const second = staff[1];
    assert.ok(second);
    const lurah = await newPage(phone);
    await signIn(lurah, server.url, lurahLogin);
    await lurah.getByRole("button", { name: "Menu" }).click();
    await nav(lurah, /^Keberatan/);
    await lurah.getByTestId("keberatan-row").filter({ hasText: second.name }).getByRole("link").first().click();
    await lurah.getByLabel("Penjelasan").fill("Dua kali tidak hadir apel tanpa keterangan pada bulan Oktober.");
    await lurah.getByRole("button", { name: "Kirim penjelasan" }).click();
    await lurah.getByTestId("keberatan-status").getByText("Sudah dijelaskan penilai").waitFor();
    await shot(lurah, "11-explained-phone");
    await lurah.close();

    const camat = await newPage();
    await signIn(camat, server.url, "camat");
    await nav(camat, /^Keberatan/);
    const row = camat.getByTestId("keberatan-row").filter({ hasText: second.name });
    await row.waitFor();
    await shot(camat, "12-keberatan-list");
    await row.getByRole("link").first().click();
    await camat.getByTestId("keberatan-decide-form").waitFor();
    await camat.getByText(/Dua kali tidak hadir apel/).waitFor();
    await camat.getByLabel("Rating perilaku kerja").selectOption("sesuai_ekspektasi");
    const after = predikatFor(second.hasilKerja, "sesuai_ekspektasi");
    assert.match((await camat.getByTestId("predikat-preview").textContent()) ?? "", /Baik/);
    await camat
      .getByLabel("Keputusan tertulis")
      .fill("Ketidakhadiran apel telah diganti dengan izin tertulis; perilaku kerja sesuai ekspektasi.");
    await shot(camat, "13-decide-form");
    await camat.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await camat.getByText("Keputusan tidak dapat diubah lagi").waitFor();
    await camat.getByRole("button", { name: "Tetapkan keputusan" }).click();
    await camat.getByTestId("keberatan-status").getByText("Dikabulkan").waitFor();
    assert.equal(await camat.getByTestId("summary-predikat").textContent(), predikatLabel(after));
    assert.match((await camat.getByTestId("keberatan-before-after").textContent()) ?? "", /Kurang.*Baik/s);
    await expectAccessible(camat, "keberatan diputus");
    await shot(camat, "14-decided");
    // The kurva follows the decision: the Kurang became a Baik, so "harus ada" is broken again.
    await camat.goto(unitUrl.replace(/^https?:\/\/[^/]+/, ""));
    const state = await readKurva(camat);
    assert.deepEqual(state.counts, { sangat_baik: 1, baik: 2, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
    assert.deepEqual(state.met, ["true", "false"]);
    await shot(camat, "15-kurva-after-decision");
    await camat.close();

    const employee = await newPage(phone);
    await signIn(employee, server.url, second.nip);
    await employee.goto(new URL(evaluationUrls[1] ?? "").pathname);
    await employee.getByTestId("keberatan-status").getByText("Dikabulkan").waitFor();
    await employee.getByTestId("evaluation-result").getByText("Baik", { exact: true }).waitFor();
    await employee.getByText(/izin tertulis; perilaku kerja sesuai ekspektasi/).waitFor();
    // The printouts' long names wrap on a phone rather than being cut off.
    const cut = await employee
      .getByTestId("evaluation-documents")
      .locator(".mantine-Button-label")
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
    assert.deepEqual(cut, [], "document buttons show their whole name");
    await shot(employee, "16-employee-sees-decision-phone");
    await employee.close();
  });

  it("6. the Lurah finalises the distribution and prints the EKP, the Dokumen Evaluasi and the Format Penetapan", async () => {
    const second = staff[1];
    assert.ok(second);
    const page = await newPage();
    await signIn(page, server.url, lurahLogin);
    await nav(page, "Kurva Distribusi");
    await page.getByTestId("period-picker").getByText(PERIOD, { exact: true }).click();
    await page.locator(`a[data-period=${PERIOD}]`, { hasText: KELURAHAN }).click();
    await page.getByTestId("kurva-finalise").click();
    // After the decision no Butuh Perbaikan or Kurang is left: the broken rule asks for a justification.
    await page.getByTestId("kurva-finalise-broken").waitFor();
    await page
      .getByTestId("kurva-justification")
      .fill("Keberatan dikabulkan Camat; tidak ada pegawai dengan kinerja di bawah ekspektasi pada triwulan IV.");
    await page.getByTestId("kurva-finalise-save").click();
    await page
      .getByTestId("kurva-finalised")
      .getByText(/Keberatan dikabulkan Camat/)
      .waitFor();
    await shot(page, "17-kurva-finalised");
    await page.getByRole("link", { name: /Format Penetapan Predikat Kinerja/ }).click();
    await page.getByTestId("penetapan-documents").waitFor();
    await expectAccessible(page, "format penetapan", "main");
    await shot(page, "18-penetapan");
    const penetapan = await pdfOf(
      page,
      (await page.getByTestId("penetapan-pdf").getAttribute("href")) ?? "",
      "penetapan",
    );
    assert.match(penetapan, /FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI/);
    assert.doesNotMatch(penetapan, /DRAF/, "finalised by the Lurah: no draft mark");
    assert.match(penetapan, /Keberatan dikabulkan Camat/);
    for (const who of staff) {
      assert.match(penetapan, new RegExp(who.name.replace(/\./g, "\\.")), `${who.name} is on the form`);
    }

    // The rater prints the employee's two documents from the evaluation, for both to sign.
    await nav(page, "Penilaian Kinerja");
    const row = page.getByTestId("team-evaluation-row").filter({ hasText: second.name });
    await row.getByRole("button", { name: `Buka ${second.name}` }).click();
    const docs = page.getByTestId("evaluation-documents");
    await docs.waitFor();
    const href = async (id: string) => (await docs.getByTestId(id).getAttribute("href")) ?? "";
    const ekp = await pdfOf(page, await href("evaluation-ekp-pdf"), "ekp");
    assert.match(ekp, /EVALUASI KINERJA PEGAWAI/);
    assert.match(ekp, new RegExp(second.nip.slice(0, 8)));
    assert.match(ekp, /PREDIKAT KINERJA PEGAWAI\* +BAIK/);
    const dokumen = await pdfOf(page, await href("evaluation-dokumen-pdf"), "dokumen");
    assert.match(dokumen, /DOKUMEN EVALUASI KINERJA PEGAWAI/);
    assert.match(dokumen, /tidak ada teguran tertulis/);
    assert.match(dokumen, /Dua kali tidak hadir apel/);
    assert.match(dokumen, /DIKABULKAN: Ketidakhadiran apel telah diganti dengan izin tertulis/);
    await page.close();
  });
});
