import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";
import { type Written, writeCorpus } from "./xss-setup";

declare global {
  interface Window {
    __xss: (n: number) => void;
    __xssHits: number[];
  }
}

/** What a screen shows of the corpus: it must be there as text, and nothing of it may have become markup. */
type Verdict = { hits: number[]; injected: string[]; scriptLinks: string[]; shownAsText: boolean };

describe("stored XSS: the payload corpus written through the API renders as text on every screen that shows it", () => {
  let server: RunningServer;
  let browser: Browser;
  let written: Written;
  const dialogs: string[] = [];
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    written = await writeCorpus(server.url);
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  /** A signed-in page that records any dialog and any call of the marker function. */
  async function pageAs(username: string, width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.addInitScript(() => {
      window.__xssHits = [];
      window.__xss = (n: number) => window.__xssHits.push(n);
    });
    page.on("dialog", async (dialog) => {
      dialogs.push(`${username}: ${dialog.type()} ${dialog.message()}`);
      await dialog.dismiss();
    });
    await signIn(page, server.url, username);
    return page;
  }

  async function verdict(page: Page): Promise<Verdict> {
    return page.evaluate(() => ({
      hits: window.__xssHits,
      injected: Array.from(
        document.querySelectorAll("[data-xss], iframe, script:not([src]), [onerror], [onload], [ontoggle]"),
      ).map((e) => e.outerHTML.slice(0, 120)),
      scriptLinks: Array.from(document.querySelectorAll("a[href], [src], [action], [formaction]"))
        .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action") ?? "")
        .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
      shownAsText: (document.body.textContent ?? "").includes("__xss("),
    }));
  }

  /** Opens a screen, waits for a payload to show, hovers and clicks around it, and checks what the page holds. */
  async function check(page: Page, path: string, open?: (page: Page) => Promise<void>) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState("networkidle");
    await open?.(page);
    await page
      .getByText("__xss(", { exact: false })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (error) => {
        await shot(page, `xss-missing-${path.replace(/\W+/g, "-")}`);
        throw new Error(`${path} never showed the corpus: ${error}`);
      });
    await expectAccessible(page, `xss ${path}`);
    const shown = page.getByText("__xss(", { exact: false });
    for (let i = 0; i < Math.min(await shown.count(), 5); i++) {
      await shown
        .nth(i)
        .hover({ timeout: 2_000 })
        .catch(() => {}); // fires onmouseover, were it markup
    }
    await assertClean(page, path);
  }

  async function assertClean(page: Page, label: string) {
    await page.waitForTimeout(300);
    const result = await verdict(page);
    assert.deepEqual(
      { hits: result.hits, injected: result.injected, scriptLinks: result.scriptLinks, dialogs },
      { hits: [], injected: [], scriptLinks: [], dialogs: [] },
      label,
    );
    assert.ok(result.shownAsText, `${label} does not show the corpus as text`);
  }

  it("shows SKP RHK, IKI and lampiran texts as text to their author", async () => {
    const page = await pageAs("staf.talangputri");
    await check(page, `/skp/${written.skpId}`);
    await shot(page, "xss-skp");
    await expectAccessible(page, "xss-skp");
    await page.close();
  });

  it("shows report narratives, action plans, evidence names and links, feedback and replies to the employee", async () => {
    const page = await pageAs("staf.yanum");
    await check(page, `/reports/${written.reportId}`);
    await check(page, "/profile");
    await check(page, `/skp/${written.staffSkpId}`);
    await check(page, "/team/dialogues");
    await check(page, "/team/dialogues?tab=bimbingan");
    await check(page, "/", async (p) => {
      await p.getByTestId("notification-bell").click();
    });
    await page.close();
  });

  it("shows the same to the rater, in the report, the dialogues and the role matrix", async () => {
    const page = await pageAs("kasi.yanum");
    await check(page, `/reports/${written.reportId}`);
    await shot(page, "xss-report-rater");
    await expectAccessible(page, "xss-report-rater");
    await check(page, "/team/dialogues");
    await check(page, "/team/dialogues?tab=bimbingan");
    await check(page, "/team/mph");
    await check(page, `/reports/${written.wordsReportId}`);
    await check(page, "/team/skp");
    await page.close();
  });

  it("shows unit, position and PK texts as text in the admin screens, on a phone too", async () => {
    const page = await pageAs("pengelola");
    await check(page, "/admin/pk");
    await check(page, "/admin/years");
    await check(page, "/admin/units");
    await shot(page, "xss-units");
    await expectAccessible(page, "xss-units");
    await check(page, "/admin/positions");
    await check(page, "/admin/employees");
    await check(page, "/team/compliance");
    await page.close();
    const phone = await pageAs("pengelola", 390, 844);
    await check(phone, "/admin/units");
    await check(phone, "/admin/pk");
    await shot(phone, "xss-pk-phone");
    await expectAccessible(phone, "xss-pk-phone");
    await phone.close();
  });

  it("shows kualitatif realisations in words as text to their author", async () => {
    const page = await pageAs(written.wordsUser);
    await check(page, `/reports/${written.wordsReportId}`);
    await page.close();
  });

  it("shows the audit trail's before and after values as text to the auditor", async () => {
    const page = await pageAs("auditor");
    await page.goto(`${server.url}/audit`);
    // One event's before and after open at a time: each of the latest is opened and checked.
    const toggles = page.getByRole("button", { name: /Lihat rincian/ });
    await toggles.first().waitFor();
    let shown = 0;
    for (let i = 0; i < Math.min(await toggles.count(), 25); i++) {
      await toggles.nth(i).click();
      await page.waitForTimeout(200);
      const result = await verdict(page);
      assert.deepEqual([result.hits, result.injected, result.scriptLinks, dialogs], [[], [], [], []], `event ${i + 1}`);
      shown += result.shownAsText ? 1 : 0;
    }
    assert.ok(shown >= 10, `only ${shown} audit events showed the corpus`);
    await toggles.nth(8).click();
    await shot(page, "xss-audit");
    await expectAccessible(page, "xss-audit");
    await page.close();
  });
});
