import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
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

/** Picks an option of a Mantine Select (or the first option when `option` is omitted). */
async function choose(page: Page, scope: ReturnType<Page["locator"]>, label: string, option?: string) {
  await scope.getByLabel(label, { exact: true }).click();
  const options = page.getByRole("option");
  await (option ? options.filter({ hasText: option }).first() : options.first()).click();
}

describe("the Lurah of Talang Putri plans an SKP from the Camat's cascade", () => {
  let server: RunningServer;
  let browser: Browser;
  let lurah: Page;
  let camat: Page;
  let skpUrl = "";
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    lurah = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    camat = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("drafts the SKP intervening the Camat's approved RHK and submits it", async () => {
    await signIn(lurah, server.url, "lurah.talangputri");
    await lurah.getByRole("navigation").getByText("SKP Saya").click();
    await lurah.getByTestId("create-skp").click();
    await lurah.getByTestId("create-skp-submit").click();
    await lurah.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    skpUrl = lurah.url();

    await lurah.getByRole("button", { name: "Tambah RHK utama" }).click();
    const rhk = lurah.getByTestId("rhk-item").first();
    await rhk
      .getByRole("textbox", { name: "Rencana Hasil Kerja (RHK)" })
      .fill("Meningkatnya kualitas pelayanan administrasi Kelurahan Talang Putri");
    await choose(lurah, rhk, "RHK atasan yang diintervensi", "pelayanan publik");
    if ((await rhk.getByTestId("iki-row").count()) === 0) {
      await rhk.getByTestId("add-iki").click();
    }
    const iki = rhk.getByTestId("iki-row").first();
    await choose(lurah, iki, "Aspek", "Kuantitas");
    await iki.getByLabel("Indikator Kinerja Individu (IKI)").fill("Jumlah surat keterangan yang diterbitkan");
    await iki.getByLabel("Target").fill("1.200");
    await iki.getByLabel("Satuan").fill("surat");
    for (const [kind, text] of [
      ["dukungan_sumber_daya", "Komputer dan printer front office"],
      ["skema_pertanggungjawaban", "Hasil kerja dilaporkan setiap bulan"],
      ["konsekuensi", "Apabila memenuhi ekspektasi diberikan penghargaan"],
    ] as const) {
      await lurah.getByTestId(`add-lampiran-${kind}`).click();
      await lurah.getByTestId("lampiran-editor").locator("textarea, input").last().fill(text);
    }
    await lurah.getByTestId("save-draft").click();
    await lurah.getByText("Draf SKP tersimpan").first().waitFor();
    await shot(lurah, "20-skp-draf");
    await expectAccessible(lurah, "20-skp-draf");
    await lurah.getByTestId("action-submit").click();
    await lurah.getByTestId("confirm-action").waitFor();
    await expectAccessible(lurah, "konfirmasi ajukan SKP");
    await lurah.getByTestId("confirm-action").click();
    await lurah.getByTestId("skp-status").getByText("Diajukan").waitFor();
  });

  it("is returned by the Camat with a reason", async () => {
    await signIn(camat, server.url, "camat");
    await camat.getByRole("navigation").getByText("Persetujuan SKP").click();
    const waiting = camat.getByTestId("inbox-waiting");
    await waiting.getByText("Lurah Talang Putri").first().waitFor();
    await expectAccessible(camat, "persetujuan SKP");
    await camat.goto(skpUrl);
    await camat.getByTestId("action-return").waitFor();
    await expectAccessible(camat, "SKP bawahan untuk disetujui");
    await camat.getByTestId("action-return").click();
    await camat
      .getByTestId("action-note")
      .fill("Target surat keterangan terlalu rendah; sesuaikan dengan Perjanjian Kinerja kelurahan (1.500 surat).");
    await expectAccessible(camat, "kembalikan SKP dengan alasan");
    await camat.getByTestId("confirm-action").click();
    await camat.getByTestId("skp-status").getByText("Dikembalikan").waitFor();
  });

  it("is fixed by the Lurah, resubmitted, reviewed by the pengelola kinerja and approved by the Camat", async () => {
    await lurah.reload();
    assert.match((await lurah.getByTestId("return-reason").textContent()) ?? "", /1\.500 surat/);
    await shot(lurah, "21-skp-dikembalikan");
    await expectAccessible(lurah, "21-skp-dikembalikan");
    const iki = lurah.getByTestId("iki-row").first();
    await iki.getByLabel("Target").fill("1.500");
    await lurah.getByTestId("save-draft").click();
    await lurah.getByText("Draf SKP tersimpan").first().waitFor();
    await lurah.getByTestId("action-submit").click();
    await lurah.getByTestId("confirm-action").click();
    await lurah.getByTestId("skp-status").getByText("Diajukan").waitFor();

    // PP 30/2019: the SKP is agreed after the pengelola kinerja's review.
    const pengelola = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(pengelola, server.url, "pengelola");
    await pengelola.goto(skpUrl);
    await pengelola.getByTestId("action-review").waitFor();
    await expectAccessible(pengelola, "reviu SKP oleh pengelola kinerja");
    await pengelola.getByTestId("action-review").click();
    await pengelola.getByTestId("confirm-action").click();
    await pengelola.getByTestId("skp-status").getByText("Direviu").waitFor();
    await pengelola.close();

    await camat.reload();
    await camat.getByTestId("action-approve").click();
    await camat.getByTestId("confirm-action").click();
    await camat.getByTestId("skp-status").getByText("Disetujui").waitFor();
    await shot(camat, "22-skp-disetujui");
    await expectAccessible(camat, "22-skp-disetujui");
    await signOut(camat);
  });

  it("downloads the official SKP PDF, whose first page shows the layout", async () => {
    await lurah.reload();
    const [download] = await Promise.all([lurah.waitForEvent("download"), lurah.getByText("Unduh SKP (PDF)").click()]);
    const file = path.join(screenshotDir, "skp-lurah-talang-putri.pdf");
    await download.saveAs(file);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    assert.match(text, /SASARAN KINERJA PEGAWAI/);
    assert.match(text, /PEJABAT PENILAI KINERJA/);
    assert.match(text, /Lurah Talang Putri/);
    assert.match(text, /1\.500/);
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", file, path.join(screenshotDir, "23-skp-pdf")]);
    await signOut(lurah);

    const code = text.match(/\(kode ([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\)/)?.[1];
    assert.ok(code, "the PDF carries a verification code of 80 bits, in groups of four");
    assert.ok(text.includes(`${server.url}/v/${code}`), "the link comes from PUBLIC_URL");
    const visitor = await browser.newPage();
    await visitor.goto(`${server.url}/v/${code}`);
    const result = visitor.getByTestId("verify-result");
    await result.getByText("Disetujui").first().waitFor();
    assert.doesNotMatch((await result.textContent()) ?? "", /19771208/);
    assert.match((await visitor.getByTestId("verify-subject").textContent()) ?? "", /^(\S\*\*\* ?)+$/, "initials only");
    await shot(visitor, "24-verifikasi-publik");
    await expectAccessible(visitor, "24-verifikasi-publik");
    await visitor.close();
  });
});
