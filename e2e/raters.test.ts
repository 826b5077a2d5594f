import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  type RunningServer,
  screenshotDir,
  shot,
  signIn,
  startServer,
} from "./harness";

type Listed = { id: string; nip: string; positionName: string | null };

/**
 * Issue 9 rules 4 and 5 in the demo office: a JF Ahli Muda rated by the Camat (§3.6); the Plt Lurah Komperta's
 * kelurahan cascading from the SKP he made for the seat; a Plh whose surat perintah lets him rate.
 */
describe("raters by jenjang, the Plt's seat SKP and the Plh's authority", () => {
  let server: RunningServer;
  let browser: Browser;
  let people: Listed[] = [];
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const page = await browser.newPage();
    await signIn(page, server.url, "pengelola");
    for (let p = 1; p <= 3; p++) {
      const res = await page.request.get(`${server.url}/api/employees?pageSize=100&page=${p}`);
      people = [...people, ...((await res.json()).items as Listed[])];
    }
    await page.close();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  const holderOf = (positionName: string): Listed => {
    const found = people.find((e) => e.positionName === positionName);
    assert.ok(found, positionName);
    return found;
  };

  it("shows the pengelola that the Analis Kebijakan Ahli Muda is rated by the Camat, and why", async () => {
    for (const [viewport, name] of [
      [{ width: 1280, height: 800 }, "raters-01-ahli-muda"],
      [{ width: 390, height: 844 }, "raters-02-ahli-muda-phone"],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, "pengelola");
      await page.goto(`${server.url}/admin/employees/${holderOf("Analis Kebijakan Ahli Muda").id}`);
      await page.getByTestId("raters-rater").getByText("Camat Plaju").waitFor();
      assert.match((await page.getByTestId("raters-atasan").textContent()) ?? "", /Sekretaris Daerah/);
      assert.match((await page.getByTestId("jf-rule").textContent()) ?? "", /Administrator atau JPT Pratama/);
      await shot(page, name);
      await expectAccessible(page, name);
      await page.close();
    }
  });

  it("shows the Sekretaris Lurah Komperta the SKP his RHK atasan come from: the one the Plt made", async () => {
    for (const [viewport, name] of [
      [{ width: 1280, height: 800 }, "raters-03-parent-source"],
      [{ width: 390, height: 844 }, "raters-04-parent-source-phone"],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, server.url, holderOf("Sekretaris Lurah Komperta").nip);
      await page.goto(`${server.url}/skp`);
      await page.getByTestId("skp-row").first().getByRole("link").click();
      const note = page.getByTestId("parent-source");
      await note.waitFor();
      assert.equal(await note.getAttribute("data-held-as"), "plt");
      assert.match((await note.textContent()) ?? "", /SKP jabatan Lurah Komperta yang dibuat oleh Plt\./);
      await shot(page, name);
      await expectAccessible(page, name);
      // The full phone page is tall: also keep the screen around the note as the reader sees it.
      await note.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `${name}-view.png`) });
      await page.close();
    }
  });

  it("lets the Plt Lurah Komperta see both his SKPs and choose the seat when he starts one", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, holderOf("Kepala Seksi Pemerintahan").nip);
    await page.goto(`${server.url}/skp`);
    await page.getByText("Plt. Lurah Komperta").first().waitFor();
    await shot(page, "raters-05-plt-skps");
    await expectAccessible(page, "raters-05-plt-skps");
    await page.getByTestId("create-skp").click();
    await page.getByTestId("create-acting-seat").click();
    await shot(page, "raters-06-create-for-seat");
    await expectAccessible(page, "raters-06-create-for-seat");
    await page.getByTestId("create-skp-submit").click();
    assert.match((await page.getByTestId("create-error").textContent()) ?? "", /sudah ada/);
    await page.close();
  });

  it("shows the Plh Kasi Trantib Bagus Kuning's authority to rate in his placements", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "pengelola");
    await page.goto(`${server.url}/admin/employees/${holderOf("Sekretaris Lurah Bagus Kuning").id}`);
    await page.getByText("berwenang menilai").waitFor();
    await shot(page, "raters-07-plh-authority");
    await expectAccessible(page, "raters-07-plh-authority");
    await page
      .getByRole("row", { name: /berwenang menilai/i })
      .getByRole("button", { name: "Ubah" })
      .click();
    assert.equal(await page.getByTestId("placement-may-rate").isChecked(), true);
    await shot(page, "raters-08-plh-form");
    await expectAccessible(page, "raters-08-plh-form");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("placement-may-rate").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, "raters-09-plh-form-phone.png") });
    await page.close();
  });
});
