import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createDb, type Db } from "../server/src/db";
import { newId } from "../server/src/db/ids";
import {
  expectAccessible,
  launchBrowser,
  type RunningServer,
  screenshotDir,
  shot,
  signIn,
  startServer,
} from "./harness";

const PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/**
 * What the rating and capaian parts write (they are built beside this one): the kecamatan's TW4 capaian recorded from
 * a letter, staf.yanum's evaluation set by kasi.yanum, and the Camat's finalisation of the kecamatan's period.
 */
async function givenTw4(db: Db) {
  const at = new Date().toISOString();
  const kec = await db.selectFrom("org_unit").select("id").where("code", "=", "KEC").executeTakeFirstOrThrow();
  const person = (username: string) =>
    db
      .selectFrom("user_account")
      .innerJoin("employee", "employee.id", "user_account.employee_id")
      .select(["employee.id", "employee.name", "employee.nip", "user_account.id as userId"])
      .where("user_account.username", "=", username)
      .executeTakeFirstOrThrow();
  const [staff, kasi, camat, pengelola] = await Promise.all(
    ["staf.yanum", "kasi.yanum", "camat", "pengelola"].map(person),
  );
  if (!staff || !kasi || !camat || !pengelola) {
    throw new Error("demo personas missing");
  }
  const skp = await db
    .selectFrom("skp")
    .select("id")
    .where("employee_id", "=", staff.id)
    .where("year", "=", 2026)
    .where("status", "=", "disetujui")
    .executeTakeFirstOrThrow();
  const capaianId = newId();
  await db
    .insertInto("org_capaian")
    .values({
      id: capaianId,
      unit_id: kec.id,
      year: 2026,
      period_code: "TW4",
      capaian: "baik",
      reason: "Rencana aksi triwulan III tercapai sesuai target",
      source: "external",
      set_by_employee_id: null,
      recorded_by: pengelola.userId,
      letter_number: "800/321/SETDA/2026",
      letter_date: "2026-10-05",
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const party = (p: { name: string; nip: string | null }, position: string) => ({
    name: p.name,
    nip: p.nip,
    pangkat: null,
    position,
    unit: "Kecamatan Plaju",
  });
  const evaluationId = newId();
  await db
    .insertInto("evaluation")
    .values({
      id: evaluationId,
      skp_id: skp.id,
      employee_id: staff.id,
      year: 2026,
      period_code: "TW4",
      unit_id: kec.id,
      status: "ditetapkan",
      rater_employee_id: kasi.id,
      atasan_employee_id: camat.id,
      atasan_external: 0,
      head_of_unit: 0,
      capaian_id: capaianId,
      capaian: "baik",
      rating_hasil_kerja: "sesuai_ekspektasi",
      rating_perilaku: "sesuai_ekspektasi",
      predikat: "baik",
      rule_version: null,
      catatan: "",
      rekomendasi: "",
      parties_json: JSON.stringify({
        pegawai: party(staff, "Pengelola Layanan Operasional"),
        penilai: party(kasi, "Kepala Seksi Pelayanan Umum"),
        atasan: party(camat, "Camat"),
      }),
      finalised_at: at,
      finalised_by: kasi.id,
      received_at: at,
      acknowledged_at: null,
      locked_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("unit_evaluation")
    .values({
      id: newId(),
      unit_id: kec.id,
      year: 2026,
      period_code: "TW4",
      finalised_by: camat.id,
      finalised_at: at,
      justification: null,
      violations_json: "[]",
      counts_json: "{}",
      version: 1,
    })
    .execute();
  return { unitId: kec.id, evaluationId };
}

describe("the Format Penetapan section: download and the wet-signed scan", () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Db;
  let world: { unitId: string; evaluationId: string };
  const dir = mkdtempSync(path.join(tmpdir(), "simkin-e2e-eval-"));
  const scan = path.join(dir, "penetapan-ttd.pdf");
  writeFileSync(scan, PDF);

  before(async () => {
    const file = path.join(dir, "e2e.sqlite");
    server = await startServer({ DATABASE_URL: `file:${file}`, FILES_DIR: path.join(dir, "files") });
    db = createDb({ dialect: "sqlite", file });
    world = await givenTw4(db);
    browser = await launchBrowser();
  });
  after(async () => {
    await db?.destroy();
    await browser?.close();
    await server?.stop();
  });

  const open = async (page: Page) => {
    await page.goto(`${server.url}/evaluasi/penetapan/${world.unitId}/2026/TW4`);
    await page.getByTestId("penetapan-documents").waitFor();
  };

  it("lets the Camat download the form and keep its signed scan, on a desktop and a phone", async () => {
    for (const [viewport, suffix] of [
      [{ width: 1280, height: 800 }, ""],
      [{ width: 390, height: 844 }, "-hp"],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "camat");
      await open(page);
      const href = (await page.getByTestId("penetapan-pdf").getAttribute("href")) ?? "";
      const pdf = await page.request.get(`${server.url}${href}`);
      assert.equal(pdf.status(), 200);
      assert.equal((await pdf.body()).subarray(0, 4).toString("latin1"), "%PDF");
      if (suffix === "") {
        await page.getByTestId("scan-upload").setInputFiles(scan);
        await page.getByTestId("scan-item").waitFor();
        assert.match((await page.getByTestId("scan-list").textContent()) ?? "", /penetapan-ttd\.pdf/);
        await expectAccessible(page, "penetapan", "main");
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `no sideways scroll at ${viewport.width} px`);
      await shot(page, `evaluation-penetapan${suffix}`);
      await page.close();
    }
  });

  it("lets the rater keep the signed EKP from the home task, then delete it after confirming", async () => {
    const ekp = path.join(dir, "ekp-ttd.pdf");
    writeFileSync(ekp, PDF);
    for (const [viewport, suffix] of [
      [{ width: 1280, height: 800 }, ""],
      [{ width: 390, height: 844 }, "-hp"],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "kasi.yanum");
      await page.locator('[data-testid="task"][data-kind="evaluation_scan_missing"]').waitFor();
      await page.goto(`${server.url}/evaluations/${world.evaluationId}`);
      const panel = page.getByTestId("evaluation-documents");
      await panel.getByTestId("scan-upload").setInputFiles(ekp);
      await panel.getByTestId("scan-item").waitFor();
      // The upload's toast closes by itself; the dialog is looked at without it.
      const saved = page.getByText("Pindaian tersimpan");
      await saved.waitFor();
      await saved.waitFor({ state: "hidden", timeout: 10_000 });
      await panel.getByRole("button", { name: "Hapus pindaian ekp-ttd.pdf" }).click();
      const dialog = page.getByRole("dialog", { name: "Hapus pindaian?" });
      await dialog.waitFor();
      await expectAccessible(page, `scan-delete${suffix}`, "[role=dialog]");
      await shot(page, `evaluation-scan-delete${suffix}`);
      await dialog.getByTestId("confirm-file-delete").click();
      await page.getByText("Pindaian dihapus").waitFor();
      await panel.getByText("Belum ada pindaian yang diunggah.").waitFor();
      assert.equal(await panel.getByTestId("scan-item").count(), 0);
      await page.close();
    }
    const staff = await browser.newPage();
    await signIn(staff, server.url, "staf.yanum");
    await staff.goto(`${server.url}/evaluations/${world.evaluationId}`);
    await staff.getByTestId("evaluation-documents").waitFor();
    assert.equal(await staff.getByTestId("file-delete").count(), 0, "the pegawai deletes nothing");
    await staff.close();
  });

  it("lets the rater print the staff's EKP and answers not found to another kelurahan's staff", async () => {
    const rater = await browser.newPage();
    await signIn(rater, server.url, "kasi.yanum");
    for (const kind of ["ekp", "dokumen"]) {
      const res = await rater.request.get(`${server.url}/api/evaluations/${world.evaluationId}/${kind}-pdf`);
      assert.equal(res.status(), 200);
      // Kept beside the screenshots (not committed) to look at the demo office's real content.
      writeFileSync(path.join(screenshotDir, `evaluation-${kind}.pdf`), await res.body());
    }
    await rater.close();
    const stranger = await browser.newPage();
    await signIn(stranger, server.url, "staf.talangputri");
    await stranger.goto(`${server.url}/evaluasi/penetapan/${world.unitId}/2026/TW4`);
    await stranger.getByText("Daftar pindaian tidak dapat dimuat").waitFor();
    const hidden = await stranger.request.get(`${server.url}/api/evaluations/${world.evaluationId}/dokumen-pdf`);
    assert.equal(hidden.status(), 404);
    await stranger.close();
  });
});
