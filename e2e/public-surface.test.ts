import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, signOut, startServer } from "./harness";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Every CSP violation the page reports (style attributes and elements, scripts, eval). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = Reflect.get(window, "reportCspViolation");
      if (typeof report === "function") {
        report(`${location.pathname}: ${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`);
      }
    });
  });
  return violations;
}

describe("the public surface: demo banner, verification page and a strict CSP", () => {
  let server: RunningServer;
  let browser: Browser;
  let code = "";
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("says 'Mode demo: data fiktif' on every screen, on a desktop and on a phone, with no CSP violation", async () => {
    for (const [size, viewport] of [
      ["desktop", desktop],
      ["phone", phone],
    ] as const) {
      const page = await browser.newPage({ viewport });
      const violations = await watchCsp(page);
      await page.goto(`${server.url}/login`);
      await page.getByTestId("demo-banner").getByText("Mode demo: data fiktif").waitFor();
      await shot(page, `30-demo-login-${size}`);
      await expectAccessible(page, `30-demo-login-${size}`);
      await signIn(page, server.url, "pengelola");
      for (const [path, name] of [
        ["/", "beranda"],
        ["/admin/employees", "pegawai"],
        ["/team/compliance", "kepatuhan"],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState("networkidle");
        assert.ok(await page.getByTestId("demo-banner").isVisible(), `${path} on a ${size}`);
        await shot(page, `31-demo-${name}-${size}`);
        await expectAccessible(page, `31-demo-${name}-${size}`);
      }
      // A modal locks scrolling with a style element of its own; it must carry the nonce too.
      await page.goto(`${server.url}/admin/units`);
      await page.getByRole("button", { name: "Tambah unit teratas" }).click();
      await page.getByRole("dialog").waitFor();
      await expectAccessible(page, `tambah unit teratas-${size}`);
      await page.keyboard.press("Escape");
      await signOut(page);
      assert.deepEqual(violations, [], `${size}: the CSP without 'unsafe-inline' breaks nothing`);
      await page.close();
    }
  });

  it("sends the built scripts and styles compressed to a browser that accepts it, and whole to one that does not", async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, "the page names its script");
    const br = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "br" } });
    assert.equal(br.headers.get("content-encoding"), "br");
    const plain = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "identity" } });
    assert.equal(plain.headers.get("content-encoding"), null);
    assert.equal(await br.text(), await plain.text(), "the same script either way");
  });

  it("prints an SKP whose code verifies with the name masked for an anonymous visitor", async () => {
    const page = await browser.newPage({ viewport: desktop });
    await signIn(page, server.url, "staf.yanum");
    const year = new Date().getFullYear();
    const mine: { id: string; status: string }[] = await (
      await page.request.get(`${server.url}/api/skps/mine?year=${year}`)
    ).json();
    const approved = mine.find((s) => s.status === "disetujui");
    assert.ok(approved, "staf.yanum has an approved SKP this year");
    assert.equal((await page.request.get(`${server.url}/api/skps/${approved.id}/pdf`)).status(), 200);
    code = (await (await page.request.get(`${server.url}/api/skps/${approved.id}`)).json()).verificationCode;
    assert.match(code, /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await signOut(page);
    for (const [size, viewport] of [
      ["desktop", desktop],
      ["phone", phone],
    ] as const) {
      const visitor = await browser.newPage({ viewport });
      const violations = await watchCsp(visitor);
      await visitor.goto(`${server.url}/v/${code.toLowerCase()}`);
      await visitor.getByTestId("verify-result").waitFor();
      assert.match((await visitor.getByTestId("verify-subject").textContent()) ?? "", /^(\S\*\*\* ?)+$/);
      await visitor.getByText("Kecamatan Plaju, Pemerintah Kota Palembang").waitFor();
      assert.ok(await visitor.getByTestId("demo-banner").isVisible());
      await shot(visitor, `32-verifikasi-anonim-${size}`);
      await expectAccessible(visitor, `32-verifikasi-anonim-${size}`);
      assert.deepEqual(violations, []);
      await visitor.close();
    }
  });

  it("shows the full name once the subject signs in from the verification page", async () => {
    for (const [size, viewport] of [
      ["desktop", desktop],
      ["phone", phone],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}/v/${code}`);
      await page.getByRole("link", { name: "Masuk untuk melihat nama lengkap" }).click();
      await page.getByLabel("NIP atau nama pengguna").fill("staf.yanum");
      await page.getByLabel("Kata sandi").fill("plaju-2026");
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL(`${server.url}/v/${code}`);
      await page.getByTestId("verify-result").waitFor();
      assert.doesNotMatch((await page.getByTestId("verify-subject").textContent()) ?? "", /\*\*\*/);
      assert.equal(await page.getByTestId("verify-subject-hint").count(), 0);
      await shot(page, `33-verifikasi-masuk-${size}`);
      await expectAccessible(page, `33-verifikasi-masuk-${size}`);
      await page.close();
    }
  });

  it("keeps the name masked for a signed-in employee who may not see the document", async () => {
    const page = await browser.newPage({ viewport: phone });
    await signIn(page, server.url, "staf.talangputri");
    await page.goto(`${server.url}/v/${code}`);
    await page.getByTestId("verify-subject-hint").getByText("akun Anda tidak berhak").waitFor();
    await shot(page, "34-verifikasi-tanpa-akses-phone");
    await expectAccessible(page, "34-verifikasi-tanpa-akses-phone");
    await page.close();
  });
});
