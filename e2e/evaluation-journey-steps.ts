import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { type Predikat, predikatFor, type Rating } from "@simkin/domain";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { shot as fullShot, screenshotDir } from "./harness";

/** Kelurahan whose staff have approved SKPs this year in the demo (Talang Putri's are drafts; Plaju Ilir breaks TW2). */
export const KELURAHAN = "Kelurahan Plaju Darat";
export const YEAR = Number(new Date().toISOString().slice(0, 4));
/** The running quarter: the demo seed rates TW1-TW3 and leaves this one to the raters. */
export const PERIOD = "TW4";
export const PERIOD_LABEL = "Triwulan IV";
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** A full-page screenshot from the top, so the sticky header sits where a person sees it. */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, `journey-${name}`);
}

/**
 * The Lurah's NIP, read from the seeded file: a demo employee without a persona account signs in with the NIP, which
 * a person knows and the screens do not list before sign-in. Nothing else is read or written behind the screens.
 */
export function lurahNip(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare(
        `select e.nip from placement pl join position p on p.id = pl.position_id join employee e on e.id = pl.employee_id
         join org_unit u on u.id = p.leads_unit_id where u.name = ? and pl.end_date is null`,
      )
      .get(KELURAHAN);
    // The select names one text column.
    const nip = (row as { nip: string | null } | undefined)?.nip;
    assert.ok(nip, `the Lurah of ${KELURAHAN} has a NIP`);
    return nip;
  } finally {
    db.close();
  }
}

/** Kurva counts as the screen shows them: the chart's summary (set results per predikat) and the totals line. */
export type KurvaState = { total: number; drafts: number; counts: Record<string, number>; met: string[] };

const labels: Record<Predikat, string> = {
  sangat_baik: "Sangat Baik",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang: "Kurang/ Misconduct",
  sangat_kurang: "Sangat Kurang",
};
/** The evaluation screens write "Kurang/Misconduct"; the kurva follows the printed form's "Kurang/ Misconduct". */
export const predikatLabel = (p: Predikat) => (p === "kurang" ? "Kurang/Misconduct" : labels[p]);

export async function readKurva(page: Page): Promise<KurvaState> {
  await page.getByTestId("kurva-chart").waitFor();
  const summary = (await page.getByTestId("kurva-chart").getAttribute("aria-label")) ?? "";
  const counts: Record<string, number> = {};
  for (const [p, label] of Object.entries(labels)) {
    const m = summary.match(new RegExp(`(?:: |, )${label.replace("/", "\\/")} (\\d+)`));
    assert.ok(m?.[1], `the chart names ${label}: ${summary}`);
    counts[p] = Number(m[1]);
  }
  const totals = (await page.getByTestId("kurva-totals").textContent()) ?? "";
  const t = totals.match(/^(\d+) evaluasi ditetapkan; (\d+) belum ditetapkan$/);
  assert.ok(t?.[1] && t[2], `totals line: ${totals}`);
  const met = await page
    .getByTestId("kurva-rule")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-met") ?? ""));
  return { total: Number(t[1]), drafts: Number(t[2]), counts, met };
}

/** Reloads the kurva tab until it shows `total` set results (the screen also refetches by itself on focus). */
export async function kurvaAfter(page: Page, total: number, drafts: number): Promise<KurvaState> {
  await page.reload();
  await page.waitForFunction(
    (text) => document.querySelector("[data-testid=kurva-totals]")?.textContent === text,
    `${total} evaluasi ditetapkan; ${drafts} belum ditetapkan`,
  );
  return readKurva(page);
}

export type Ratee = { name: string; nip: string; hasilKerja: Rating; perilaku: Rating; predikat: Predikat };

export function ratee(name: string, nip: string, hasilKerja: Rating, perilaku: Rating): Ratee {
  return { name, nip, hasilKerja, perilaku, predikat: predikatFor(hasilKerja, perilaku) };
}

const ratingLabel: Record<Rating, string> = {
  di_atas_ekspektasi: "Di Atas Ekspektasi",
  sesuai_ekspektasi: "Sesuai Ekspektasi",
  di_bawah_ekspektasi: "Di Bawah Ekspektasi",
};

/** In the rating workspace: feedback on every RHK and BerAKHLAK value, both ratings, the computed predikat; saved. */
export async function rateInWorkspace(page: Page, who: Ratee) {
  await page.getByTestId("rating-form").waitFor();
  const rhk = await page.getByTestId("rhk-feedback").all();
  assert.ok(rhk.length > 0, `${who.name} has RHK to give feedback on`);
  for (const [i, field] of rhk.entries()) {
    await field.fill(`RHK ${i + 1}: target triwulan IV ${who.name.split(" ")[0]} dipantau dari laporan bulanan.`);
  }
  const values = await page.locator("[data-testid^=behaviour-feedback-]").all();
  assert.equal(values.length, 7, "one feedback field per BerAKHLAK value");
  for (const field of values) {
    const code = ((await field.getAttribute("data-testid")) ?? "").replace("behaviour-feedback-", "");
    await field.fill(`Perilaku ${code.replace(/_/g, " ")} terlihat dalam pelayanan warga triwulan ini.`);
  }
  const preview = page.getByTestId("predikat-preview");
  assert.match((await preview.textContent()) ?? "", /Predikat muncul setelah kedua rating diisi/);
  await page.getByTestId("rating-hasil-kerja").getByText(ratingLabel[who.hasilKerja], { exact: true }).click();
  await page.getByTestId("rating-perilaku").getByText(ratingLabel[who.perilaku], { exact: true }).click();
  await preview.getByText(predikatLabel(who.predikat), { exact: true }).waitFor();
  await page.getByRole("button", { name: "Simpan penilaian" }).click();
  await page.getByText("Penilaian tersimpan").first().waitFor();
}

/** Sets the result: the button asks once more, then the result card shows the predikat and the keberatan deadline. */
export async function finalise(page: Page, who: Ratee) {
  const button = page.getByRole("button", { name: "Tetapkan hasil evaluasi" });
  await button.click();
  await page.getByText(/tidak dapat diubah kecuali melalui keberatan/).waitFor();
  await button.click();
  await page.getByText("Hasil evaluasi ditetapkan dan dikirim kepada pegawai").first().waitFor();
  const result = page.getByTestId("evaluation-result");
  await result.getByText(predikatLabel(who.predikat), { exact: true }).waitFor();
  // The keberatan panel below the result says until when the employee may object.
  await page.getByTestId("keberatan-panel").getByTestId("keberatan-deadline").waitFor();
}

/** Downloads a PDF the page links to (with the page's session), keeps it beside the screenshots and renders it. */
export async function pdfOf(page: Page, href: string, name: string): Promise<string> {
  const res = await page.request.get(new URL(href, page.url()).toString());
  assert.equal(res.status(), 200, `${name}: ${res.status()}`);
  assert.match(res.headers()["content-type"] ?? "", /application\/pdf/);
  const body = await res.body();
  assert.equal(body.subarray(0, 5).toString("latin1"), "%PDF-");
  const file = path.join(screenshotDir, `journey-${name}.pdf`);
  writeFileSync(file, body);
  execFileSync("pdftoppm", ["-r", "60", "-png", file, path.join(screenshotDir, `journey-${name}`)]);
  // One line per text run, spaces collapsed: phrases are matched within a line of the form.
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" }).replace(/ +/g, " ");
}
