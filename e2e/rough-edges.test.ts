import assert from "node:assert/strict";
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
  startServer,
} from "./harness";

const wib = new Date(Date.now() + 7 * 3_600_000);
const year = wib.getUTCFullYear();
const month = wib.getUTCMonth() + 1;
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Issue 11, "rough edges": what a newcomer tripped over in the demo office, screen by screen. */
describe("rough edges a newcomer hit", () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Page[] = [];
  const as = async (who: string, viewport = desktop) => {
    const page = await browser.newPage({ viewport, baseURL: server.url });
    pages.push(page);
    await signIn(page, server.url, who);
    return page;
  };
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("lists this month first, marks a missed month late as compliance does, and opens a report at its top", async () => {
    for (const [viewport, name] of [
      [desktop, "e11-bulan"],
      [phone, "e11-bulan-hp"],
    ] as const) {
      const camat = await as("camat", viewport);
      await camat.goto("/reports");
      const cards = camat.getByTestId("report-month");
      await cards.first().waitFor();
      assert.equal(await cards.first().getAttribute("data-month"), String(month), "the current month comes first");
      assert.equal(await cards.first().getAttribute("data-current"), "true");
      await cards.first().getByTestId("current-month").waitFor();
      const mine = await (await camat.request.get(`/api/reports/mine?year=${year}`)).json();
      const missed = mine.find((m: { late: boolean; report: unknown }) => m.late && m.report === null);
      assert.ok(missed, "the demo Camat missed a month");
      await camat
        .locator(`[data-testid="report-month"][data-month="${missed.month}"]`)
        .getByTestId("late-badge")
        .waitFor();
      const compliance = await (
        await camat.request.get(`/api/compliance?year=${year}&month=${missed.month}&q=Yudi%20Sulaiman`)
      ).json();
      assert.equal(compliance.items[0].late, true, "compliance calls the same month late");
      await shot(camat, name);
      await expectAccessible(camat, name);
      // From the bottom of the list, the oldest month's report opens with its title, month and deadline in view.
      await camat.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await cards.last().getByRole("link", { name: "Buka laporan" }).click();
      await camat.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
      await camat.getByTestId("report-pdf").waitFor();
      assert.equal(await camat.evaluate(() => window.scrollY), 0, "the report opens at its top");
      await camat.close();
    }
  });

  it("opens a new month's report at its top, with the toast clear of the download button", async () => {
    const kasi = await as("kasi.yanum");
    await kasi.goto("/reports");
    const open = kasi.getByRole("button", { name: "Isi laporan" }).first();
    await open.waitFor();
    await kasi.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await open.click();
    await kasi.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const toast = kasi.locator(".mantine-Notification-root").first();
    await toast.waitFor();
    const pdf = kasi.getByTestId("report-pdf");
    await pdf.waitFor();
    assert.equal(await kasi.evaluate(() => window.scrollY), 0);
    const [a, b] = [await toast.boundingBox(), await pdf.boundingBox()];
    assert.ok(a && b);
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    assert.equal(overlap, false, "the toast does not cover the PDF button");
    await shot(kasi, "e11-laporan-baru");
    await expectAccessible(kasi, "e11-laporan-baru");
  });

  it("keeps a new RHK free of errors until it is left, labels its move buttons, and calls a first SKP no revision", async () => {
    for (const [viewport, name] of [
      [desktop, "e11-skp-editor"],
      [phone, "e11-skp-editor-hp"],
    ] as const) {
      const staff = await as("staf.talangputri", viewport);
      const [skp] = await (await staff.request.get(`/api/skps/mine?year=${year}`)).json();
      await staff.goto(`/skp/${skp.id}`);
      await staff.getByTestId("save-draft").waitFor();
      assert.equal(await staff.getByTestId("skp-revision").count(), 0, "revision 1 carries no revision label");
      // Utama RHK come first: the new one follows the last utama.
      const utama = await staff.locator('[data-testid="rhk-item"][data-kind="utama"]').count();
      await staff.getByTestId("add-rhk-utama").click();
      const rhk = staff.locator('[data-testid="rhk-item"][data-kind="utama"]').nth(utama);
      const text = rhk.getByRole("textbox", { name: /Rencana Hasil Kerja/ });
      await text.waitFor();
      assert.equal(
        await rhk.locator('[aria-invalid="true"]').count(),
        0,
        "nothing is flagged before anything is typed",
      );
      assert.equal(await rhk.getByText(/wajib diisi|Pilih aspek/i).count(), 0);
      const up = rhk.getByRole("button", { name: /^Naikkan: / }).first();
      const down = rhk.getByRole("button", { name: /^Turunkan: / }).first();
      assert.ok((await up.count()) === 1 && (await down.count()) === 1, "the move buttons say what they do");
      await text.focus();
      await text.blur();
      await rhk.locator('textarea[aria-invalid="true"]').first().waitFor();
      await rhk.screenshot({ path: path.join(screenshotDir, `${name}-rhk-baru.png`) });
      if (viewport === desktop) {
        await rhk
          .getByRole("button", { name: /^Hapus: / })
          .first()
          .hover();
        await staff.getByRole("tooltip").waitFor();
      }
      await shot(staff, name);
      await expectAccessible(staff, name);
      await staff.close();
    }
  });

  it("highlights the team item when a rater reads a subordinate's report or SKP", async () => {
    const staff = await as("staf.yanum");
    const [skp] = await (await staff.request.get(`/api/skps/mine?year=${year}`)).json();
    const months = await (await staff.request.get(`/api/reports/mine?year=${year}`)).json();
    const report = months.find((m: { report: { id: string } | null }) => m.report).report;
    const kasi = await as("kasi.yanum");
    const nav = kasi.getByRole("navigation");
    await kasi.goto(`/reports/${report.id}`);
    await kasi.getByTestId("report-pdf").waitFor();
    await nav
      .getByRole("link", { name: /^Umpan Balik Laporan/ })
      .and(kasi.locator("[data-active]"))
      .waitFor();
    assert.equal(await nav.getByRole("link", { name: /^Laporan Bulanan/ }).getAttribute("data-active"), null);
    await expectAccessible(kasi, "laporan bawahan dibaca penilai");
    await kasi.goto(`/skp/${skp.id}`);
    await kasi.getByTestId("skp-header").waitFor();
    await nav
      .getByRole("link", { name: /^Persetujuan SKP/ })
      .and(kasi.locator("[data-active]"))
      .waitFor();
    assert.equal(await nav.getByRole("link", { name: /^SKP Saya/ }).getAttribute("data-active"), null);
    await expectAccessible(kasi, "SKP bawahan dibaca penilai");
    await kasi.getByRole("link", { name: /^SKP Saya/ }).click();
    await nav
      .getByRole("link", { name: /^SKP Saya/ })
      .and(kasi.locator("[data-active]"))
      .waitFor();
  });

  it("shows 'Tidak berwenang' on every admin screen to a pegawai instead of the form", async () => {
    for (const [viewport, suffix] of [
      [desktop, ""],
      [phone, "-hp"],
    ] as const) {
      const staff = await as("staf.yanum", viewport);
      for (const path of ["/admin/import", "/admin/employees", "/admin/years", "/admin/skp-review", "/audit"]) {
        await staff.goto(path);
        await staff.getByTestId("forbidden-page").getByText("Tidak berwenang").waitFor();
        assert.equal(await staff.locator('input[type="file"]').count(), 0, path);
      }
      await staff.goto("/admin/import");
      await staff.getByTestId("forbidden-page").waitFor();
      await shot(staff, `e11-tidak-berwenang${suffix}`);
      await expectAccessible(staff, `e11-tidak-berwenang${suffix}`);
      await staff.close();
    }
  });

  it("counts the characters of a long narrative as the limit nears", async () => {
    const camat = await as("camat");
    const mine = await (await camat.request.get(`/api/reports/mine?year=${year}`)).json();
    const draft = mine.find((m: { report: { status: string } | null }) => m.report?.status === "draft").report;
    await camat.goto(`/reports/${draft.id}`);
    const narrative = camat.getByTestId("narrative-achievements");
    await narrative.fill("a".repeat(3000));
    assert.equal(await camat.getByTestId("char-counter").count(), 0, "no counter far from the limit");
    await narrative.fill("Pelayanan administrasi kependudukan selesai tepat waktu. ".repeat(60).slice(0, 3300));
    await camat.getByTestId("char-counter").getByText("3.300 dari 4.000 karakter").waitFor();
    await camat.getByTestId("char-counter").scrollIntoViewIfNeeded();
    await shot(camat, "e11-penghitung-karakter");
    await expectAccessible(camat, "e11-penghitung-karakter");
  });

  it("finds a person's events in the audit trail by NIP, with readable actions and field labels", async () => {
    const staff = await as("staf.yanum");
    const nip = (await (await staff.request.get("/api/profile")).json()).employee.nip as string;
    for (const [viewport, name] of [
      [desktop, "e11-jejak-audit"],
      [phone, "e11-jejak-audit-hp"],
    ] as const) {
      const auditor = await as("auditor", viewport);
      await auditor.goto("/audit");
      await auditor.getByLabel("Orang (nama atau NIP)").fill(nip);
      await auditor.getByTestId("audit-search").click();
      await auditor.waitForURL(new RegExp(`person=${nip}`));
      const table = auditor.getByTestId("audit-table");
      await table.getByText(nip).first().waitFor();
      await table.getByText("Masuk", { exact: true }).first().waitFor();
      const text = ((await table.textContent()) ?? "").toLowerCase();
      for (const raw of ["auth.signed_in", "user_account", "monthly_report"]) {
        assert.ok(!text.includes(raw), `no raw code ${raw}`);
      }
      await auditor.getByRole("button", { name: "Lihat rincian" }).first().click();
      await auditor.getByTestId("audit-detail").first().waitFor();
      await shot(auditor, name);
      await expectAccessible(auditor, name);
      await auditor.close();
    }
    const auditor = await as("auditor");
    // The Camat's narrative saved in the test before is a report.edit event: its fields read as labels.
    await auditor.goto("/audit?action=report&subjectType=monthly_report");
    await auditor.getByTestId("audit-table").getByText("Laporan bulanan disimpan").first().waitFor();
    await auditor.getByRole("button", { name: "Lihat rincian" }).first().click();
    await auditor.getByTestId("audit-fields").getByText("Pencapaian", { exact: true }).waitFor();
  });

  it("fits the compliance view at 1280 px, lists only the office's units, pages on the server", async () => {
    const camat = await as("camat");
    await camat.goto("/team/compliance");
    await camat.getByTestId("compliance-units").waitFor();
    assert.equal(await camat.getByText("Sekretariat Daerah Kota Palembang").count(), 0);
    const clipped = await camat.evaluate(() =>
      Array.from(document.querySelectorAll("td, th"))
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent),
    );
    assert.deepEqual(clipped, [], "no table cell cuts its text");
    await camat
      .getByRole("button", { name: /^Halaman berikutnya|^Berikutnya|^Next/ })
      .first()
      .waitFor();
    // Sorted on the server by a column: the units with the most people not submitted come first.
    await camat.getByTestId("unit-sort-missing").click();
    await camat.locator('th[aria-sort="descending"]').getByText("Belum mengajukan").waitFor();
    const units = await (
      await camat.request.get(`/api/compliance/units?year=${year}&month=${month === 1 ? 12 : month - 1}&pageSize=100`)
    ).json();
    const most = Math.max(...units.items.map((u: { missing: number }) => u.missing));
    const first = camat.getByTestId("compliance-unit").first();
    await first.locator("td").nth(4).getByText(String(most), { exact: true }).waitFor();
    await camat.evaluate(() => window.scrollTo(0, 0));
    await shot(camat, "e11-kepatuhan");
    await expectAccessible(camat, "e11-kepatuhan");
  });
});
