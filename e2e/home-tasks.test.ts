import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { completeContent } from "../server/test/given-skp";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, signOut, startServer } from "./harness";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
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

/** The first task of a kind on the home page. */
const taskOf = (page: Page, kind: string) => page.locator(`[data-testid="task"][data-kind="${kind}"]`).first();

/** Opens the rest of a long list (the first eight show). */
async function showAll(page: Page) {
  await page.getByTestId("task").first().waitFor();
  if ((await page.getByTestId("tasks-all").count()) > 0) {
    await page.getByTestId("tasks-all").click();
  }
}

describe("Beranda: what each persona has to do next (issue 11)", () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  for (const [label, viewport] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as const) {
    it(`asks the Lurah Talang Putri to create her SKP, late (${label})`, async () => {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "lurah.talangputri");
      const task = taskOf(page, "skp_create");
      await task.waitFor();
      assert.match((await task.getByTestId("task-badge").textContent()) ?? "", /Terlambat/);
      assert.equal(
        await page.getByTestId("task").first().getAttribute("data-kind"),
        "skp_create",
        "the most urgent first",
      );
      await shot(page, `home-tasks-01-lurah-${label}`);
      await expectAccessible(page, `home-tasks-01-lurah-${label}`);
      await task.getByTestId("task-open").click();
      await page.waitForURL(/\/skp$/, { waitUntil: "commit" });
      await page.getByTestId("create-skp").waitFor();
      await page.close();
    });
  }

  it("explains the blocked staff member's SKP on Beranda and SKP Saya, and reminds the Lurah once a day", async () => {
    const page = await browser.newPage({ viewport: desktop });
    await signIn(page, server.url, "staf.talangputri");
    const task = taskOf(page, "skp_blocked");
    await task.waitFor();
    assert.match((await task.getByTestId("block-cause").textContent()) ?? "", /Lurah Talang Putri/);
    assert.match((await task.getByTestId("block-cause").textContent()) ?? "", /belum membuat SKP/);
    assert.match((await task.getByTestId("block-ask").textContent()) ?? "", /Lurah Talang Putri/);
    assert.equal(await page.getByTestId("nav-count").first().textContent(), "1");
    await shot(page, "home-tasks-02-blocked-desktop");
    await expectAccessible(page, "home-tasks-02-blocked-desktop");
    await task.getByTestId("send-reminder").click();
    await page.getByText(/Pengingat dikirim kepada/).waitFor();
    await task.getByTestId("send-reminder").click();
    await task.getByTestId("reminder-error").waitFor();
    assert.match((await task.getByTestId("reminder-error").textContent()) ?? "", /sudah dikirim hari ini/);

    // Her draft exists in the demo: the task opens it; SKP Saya explains the block and links the draft, no "Buat SKP".
    await task.getByTestId("task-open").click();
    await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
    const draftUrl = page.url();
    await page.getByRole("navigation").getByText("SKP Saya").click();
    const notice = page.getByTestId("skp-block");
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? "", /Lurah Talang Putri/);
    await page.getByTestId("open-draft").waitFor();
    assert.equal(await page.getByTestId("create-skp").count(), 0);
    await shot(page, "home-tasks-03-my-skp-blocked-desktop");
    await expectAccessible(page, "home-tasks-03-my-skp-blocked-desktop");
    await page.setViewportSize(phone);
    await page.reload();
    await page.getByTestId("skp-row-status").first().waitFor();
    const box = await page.getByTestId("skp-row-status").first().boundingBox();
    assert.ok(box && box.x + box.width <= phone.width, "the status column is on screen on a phone");
    await shot(page, "home-tasks-04-my-skp-blocked-phone");
    await expectAccessible(page, "home-tasks-04-my-skp-blocked-phone");
    await page.getByTestId("open-draft").click();
    await page
      .waitForURL((url) => url.href === draftUrl, { waitUntil: "commit" })
      .catch((error) => {
        throw new Error(`open-draft went to ${page.url()}, not the draft ${draftUrl}: ${error}`);
      });
    await page.goto(server.url);
    await taskOf(page, "skp_blocked").waitFor();
    await shot(page, "home-tasks-05-blocked-phone");
    await expectAccessible(page, "home-tasks-05-blocked-phone");
    await signOut(page);
    await page.close();
  });

  for (const [label, viewport] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as const) {
    it(`shows the Kasi Pelayanan Umum the reports waiting for his feedback, with how long (${label})`, async () => {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "kasi.yanum");
      await showAll(page);
      const task = taskOf(page, "report_answer");
      await task.waitFor();
      assert.match((await task.getByTestId("task-title").textContent()) ?? "", /Beri umpan balik laporan/);
      assert.match((await task.getByTestId("task-badge").textContent()) ?? "", /Menunggu/);
      await shot(page, `home-tasks-06-kasi-${label}`);
      await expectAccessible(page, `home-tasks-06-kasi-${label}`);
      await task.getByTestId("task-open").click();
      await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/, { waitUntil: "commit" });
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await page.close();
    });
  }

  it("shows the Camat the Lurah's SKP to approve once reviewed, and opens it", async () => {
    const lurah = await browser.newPage({ viewport: desktop });
    await signIn(lurah, server.url, "lurah.talangputri");
    const mine = await api(lurah, server.url, "GET", `/api/skps/mine?year=${YEAR}`);
    const draft = mine.find((s: { status: string }) => s.status === "draft");
    const skp = draft
      ? await api(lurah, server.url, "GET", `/api/skps/${draft.id}`)
      : await api(lurah, server.url, "POST", "/api/skps", { year: YEAR, copyFromLastYear: false });
    const saved = await api(
      lurah,
      server.url,
      "PUT",
      `/api/skps/${skp.id}/content`,
      completeContent(skp.parentOptions[0]?.id ?? null, skp.version),
    );
    const submitted = await api(lurah, server.url, "POST", `/api/skps/${skp.id}/submit`, { version: saved.version });
    await lurah.close();
    const pengelola = await browser.newPage({ viewport: desktop });
    await signIn(pengelola, server.url, "pengelola");
    await api(pengelola, server.url, "POST", `/api/skps/${skp.id}/review`, { version: submitted.version });
    await pengelola.close();

    for (const [label, viewport] of [
      ["desktop", desktop],
      ["phone", phone],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "camat");
      assert.ok((await page.getByTestId("task").count()) <= 8, "a long list shows the first eight");
      await showAll(page);
      const task = taskOf(page, "skp_approve");
      await task.waitFor();
      assert.match((await task.getByTestId("task-title").textContent()) ?? "", /Setujui SKP/);
      await shot(page, `home-tasks-07-camat-${label}`);
      await expectAccessible(page, `home-tasks-07-camat-${label}`);
      await task.getByTestId("task-open").click();
      await page.waitForURL(new RegExp(`/skp/${skp.id}$`), { waitUntil: "commit" });
      await page.close();
    }
  });

  it("shows the pengelola kinerja a failed import of his until he marks it dealt with", async () => {
    const page = await browser.newPage({ viewport: desktop });
    await signIn(page, server.url, "pengelola");
    const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
    const refused = await page.request.post(`${server.url}/api/employee-imports`, {
      headers: { "x-csrf-token": me.csrfToken, origin: server.url },
      multipart: {
        file: { name: "pegawai-kelurahan.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("x") },
      },
    });
    assert.equal(refused.status(), 422);
    await page.goto(server.url);
    await showAll(page);
    const task = taskOf(page, "import_failed");
    await task.waitFor();
    assert.match((await task.textContent()) ?? "", /pegawai-kelurahan\.xlsx/);
    await task.getByTestId("task-open").click();
    await page.waitForURL(/\/admin\/import$/, { waitUntil: "commit" });
    const run = page.getByTestId("import-run").first();
    await run.waitFor();
    assert.equal(await run.getAttribute("data-status"), "unreadable");
    await shot(page, "home-tasks-10-import-runs-desktop");
    await page.setViewportSize(phone);
    await shot(page, "home-tasks-11-import-runs-phone");
    await run.getByRole("button", { name: "Tandai selesai" }).click();
    await run.getByText("Ditandai selesai").waitFor();
    await page.goto(server.url);
    await page.getByTestId("tasks").or(page.getByTestId("tasks-empty")).waitFor();
    await showAll(page);
    assert.equal(await page.locator('[data-testid="task"][data-kind="import_failed"]').count(), 0);
    await page.close();
  });

  for (const [label, viewport] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as const) {
    it(`counts the pengelola's people without an approved SKP and opens that list (${label})`, async () => {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "pengelola");
      await showAll(page);
      const task = taskOf(page, "skp_missing");
      await task.waitFor();
      const title = (await task.getByTestId("task-title").textContent()) ?? "";
      assert.match(title, /pegawai belum punya SKP yang disetujui/);
      const count = Number(title.match(/^(\d+)/)?.[1]);
      assert.ok(count > 0, title);
      await shot(page, `home-tasks-08-pengelola-${label}`);
      await task.getByTestId("task-open").click();
      await page.waitForURL(new RegExp(`/team/compliance\\?view=skp&year=${YEAR}$`), { waitUntil: "commit" });
      await page.getByTestId("without-skp-row").first().waitFor();
      assert.equal(Number(await page.getByTestId("without-skp-total").getAttribute("data-total")), count);
      await shot(page, `home-tasks-09-without-skp-${label}`);
      await page.close();
    });
  }
});
