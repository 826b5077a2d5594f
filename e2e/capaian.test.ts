import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, signOut, startServer } from "./harness";

const KELURAHAN = "Kelurahan Talang Putri";
// The last quarter of the year: the demo seed leaves it unevaluated until it ends, so the journey owns it.
const PERIOD = "TW4";
const YEAR = new Date().getUTCFullYear();

/**
 * Issue 12: the Camat sets a kelurahan's capaian kinerja organisasi, opens its kurva distribusi and sees each rule of
 * the pattern met or broken while the evaluations change; the Lurah finalises the broken distribution with a
 * justification. Evaluations are written into the server's database as the rating screens would (another part).
 */
describe("capaian organisasi and kurva distribusi", () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Database.Database;
  before(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-capaian-")), "e2e.sqlite");
    server = await startServer({ DATABASE_URL: `file:${file}` });
    browser = await launchBrowser();
    db = new Database(file);
  });
  after(async () => {
    db?.close();
    await browser?.close();
    await server?.stop();
  });

  /** The kelurahan's staff with an SKP this year (one each), and its Lurah (their rater). */
  const kelurahanStaff = () => {
    const rows = db
      .prepare(
        `with recursive sub(id) as (
           select id from org_unit where name = ?
           union select o.id from org_unit o join sub on o.parent_id = sub.id)
         select s.id as skp, s.employee_id as employee from skp s join position p on p.id = s.position_id
         where p.unit_id in (select id from sub) and p.leads_unit_id is null and s.year = ? and s.status <> 'diganti'
         group by s.employee_id order by s.employee_id`,
      )
      .all(KELURAHAN, YEAR) as { skp: string; employee: string }[];
    const unit = db.prepare("select id from org_unit where name = ?").get(KELURAHAN) as { id: string };
    const lurah = db
      .prepare(
        `select pl.employee_id as id from placement pl join position p on p.id = pl.position_id
         where p.leads_unit_id = ? and pl.end_date is null`,
      )
      .get(unit.id) as { id: string };
    return { rows, unitId: unit.id, lurahId: lurah.id };
  };

  /** One evaluation of the kelurahan for the period, as the rater's screens leave it. */
  const evaluate = (skp: string, employee: string, predikat: string | null, status = "ditetapkan") => {
    const { unitId, lurahId } = kelurahanStaff();
    const at = new Date().toISOString();
    db.prepare(
      `insert into evaluation (id, skp_id, employee_id, year, period_code, unit_id, status, rater_employee_id,
         atasan_employee_id, atasan_external, head_of_unit, capaian_id, capaian, rating_hasil_kerja, rating_perilaku,
         predikat, rule_version, catatan, rekomendasi, parties_json, finalised_at, finalised_by, received_at,
         acknowledged_at, locked_at, version, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, null, 0, 0, null, null, null, null, ?, null, '', '', '{}', null, null, null,
         null, null, 1, ?, ?)`,
    ).run(randomUUID(), skp, employee, YEAR, PERIOD, unitId, status, lurahId, predikat, at, at);
  };

  const openCapaian = async (page: Page, viaNav = true) => {
    if (viaNav) {
      await page.getByRole("link", { name: "Capaian Organisasi" }).first().click();
    } else {
      await page.goto("/evaluation/capaian");
    }
    await page.getByTestId("period-picker").waitFor();
    await page.getByTestId("period-picker").getByText(PERIOD, { exact: true }).click();
    await page.waitForURL(new RegExp(`periodCode=${PERIOD}`));
    await page.locator(`[data-testid=capaian-units][data-period=${PERIOD}]`).waitFor();
    return page.locator(`[data-testid=capaian-unit][data-unit="${KELURAHAN}"]`);
  };

  it("lets the Camat set the kelurahan's capaian, then shows its kurva with the rules met and broken", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: server.url });
    await signIn(page, server.url, "camat");
    const card = await openCapaian(page);
    await card.getByTestId("capaian-value").getByText("Belum ditetapkan").waitFor();
    await card.getByTestId("capaian-set").click();
    await page.getByTestId("capaian-select").click();
    await page.getByRole("option", { name: "Baik", exact: true }).click();
    await page.getByTestId("capaian-reason").fill("Indikator Perjanjian Kinerja triwulan IV tercapai 92%.");
    await page.waitForFunction(
      () => (document.querySelector("[data-testid=capaian-select]") as HTMLInputElement | null)?.value === "Baik",
    );
    await page.getByTestId("capaian-save").click();
    await card.getByTestId("capaian-value").getByText("Baik").waitFor();
    await shot(page, "capaian-list-desktop");
    await expectAccessible(page, "capaian-list-desktop");

    const { rows } = kelurahanStaff();
    assert.ok(rows.length >= 4, `the demo kelurahan has ${rows.length} staff with an SKP`);
    const [a, b, c, d] = rows;
    for (const [row, predikat] of [
      [a, "baik"],
      [b, "baik"],
      [c, "baik"],
    ] as const) {
      if (row) {
        evaluate(row.skp, row.employee, predikat);
      }
    }
    if (d) {
      evaluate(d.skp, d.employee, "sangat_baik", "draft");
    }
    await card.getByTestId("capaian-open-kurva").click();
    await page.getByTestId("kurva-chart").waitFor();
    const title = await page.getByTestId("kurva-title").textContent();
    assert.equal(
      title,
      "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK",
      "the form's title",
    );
    const verdicts = () =>
      page.getByTestId("kurva-rule").evaluateAll((items) => items.map((i) => i.getAttribute("data-met")));
    assert.deepEqual(await verdicts(), ["false", "false"], "3 of 3 Baik and nobody below: both rules broken");
    assert.match((await page.getByTestId("kurva-totals").textContent()) ?? "", /3 evaluasi ditetapkan; 1 belum/);
    await shot(page, "kurva-broken-desktop");
    await expectAccessible(page, "kurva-desktop");

    // A rater sets a Butuh Perbaikan: the "harus ada" rule is met when the view refreshes.
    const e = rows[4];
    assert.ok(e, "a fifth staff member");
    evaluate(e.skp, e.employee, "butuh_perbaikan");
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=kurva-rule][data-met=true]").length === 1);
    assert.deepEqual(await verdicts(), ["false", "true"]);
    assert.equal(await page.getByTestId("kurva-finalise").count(), 0, "only the Lurah finalises his kelurahan");
    await shot(page, "kurva-live-desktop");
    await signOut(page);
    await page.close();
  });

  it("lets the Lurah finalise the broken distribution with a justification, and shows it on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, baseURL: server.url });
    await signIn(page, server.url, "lurah.talangputri");
    const { unitId } = kelurahanStaff();
    await page.goto(`/evaluation/kurva?unitId=${unitId}&year=${YEAR}&periodCode=${PERIOD}`);
    await page.getByTestId("kurva-chart").waitFor();
    await page.getByTestId("kurva-evaluations").waitFor();
    await shot(page, "kurva-phone");
    await expectAccessible(page, "kurva-phone");
    await page.getByTestId("kurva-finalise").click();
    await page.getByTestId("kurva-finalise-broken").waitFor();
    await page.getByTestId("kurva-finalise-drafts").waitFor();
    await page.getByTestId("kurva-finalise-save").click();
    await page.getByText("Wajib diisi").waitFor();
    await page
      .getByTestId("kurva-justification")
      .fill("Tiga staf melampaui target layanan; satu butuh perbaikan. Sebaran mengikuti hasil kerja nyata.");
    await shot(page, "kurva-finalise-phone");
    await page.getByTestId("kurva-finalise-save").click();
    await page.getByTestId("kurva-finalised").waitFor();
    assert.match((await page.getByTestId("kurva-finalised").textContent()) ?? "", /Tiga staf melampaui target/);
    await shot(page, "kurva-finalised-phone");
    await signOut(page);
    await signIn(page, server.url, "camat");
    const card = await openCapaian(page, false);
    await card.getByText("Distribusi difinalkan").waitFor();
    assert.equal(await card.getByTestId("capaian-set").count(), 0, "no change after finalisation");
    await shot(page, "capaian-list-phone");
    await expectAccessible(page, "capaian-list-phone");
    await page.close();
  });
});
