import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, signOut, startServer } from "./harness";

describe("personas see their own navigation and Profil saya", () => {
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

  it("shows the demo accounts on the login page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByText("Akun demo").waitFor();
    assert.ok(await page.getByRole("button", { name: "staf.talangputri" }).isVisible());
    await shot(page, "01-login");
    await expectAccessible(page, "01-login");
    await page.close();
  });

  it("gives a staff member of Kelurahan Talang Putri their Seklur as rater and the Lurah above", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "staf.talangputri");
    const nav = page.getByRole("navigation");
    assert.equal(await nav.getByText("Pegawai", { exact: true }).count(), 0, "no admin menu for a pegawai");
    await nav.getByText("Profil Saya").click();
    await page.getByTestId("rater").getByText("Sekretaris Lurah Talang Putri").waitFor();
    assert.match((await page.getByTestId("atasan-rater").textContent()) ?? "", /Lurah Talang Putri/);
    assert.match((await page.getByTestId("unit-path").textContent()) ?? "", /Kecamatan Plaju › Kelurahan Talang Putri/);
    await shot(page, "02-profil-staf-talangputri");
    await expectAccessible(page, "02-profil-staf-talangputri");
    await signOut(page);
    await page.close();
  });

  it("shows the Camat as pimpinan with the Sekda as rater and the Wali Kota above", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "camat");
    await page.getByTestId("roles").getByText("Pimpinan").waitFor();
    await expectAccessible(page, "beranda camat");
    await page.getByRole("navigation").getByText("Profil Saya").click();
    await page.getByTestId("rater").getByText("Sekretaris Daerah Kota Palembang").waitFor();
    assert.match((await page.getByTestId("atasan-rater").textContent()) ?? "", /Wali Kota Palembang/);
    await signOut(page);
    await page.close();
  });

  it("works on a phone: the menu opens from the burger", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, server.url, "staf.yanum");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("navigation").getByText("Profil Saya").waitFor();
    await expectAccessible(page, "menu navigasi di ponsel");
    await page.getByRole("navigation").getByText("Profil Saya").click();
    await page.getByTestId("rater").getByText("Kepala Seksi Pelayanan Umum").waitFor();
    await shot(page, "03-profil-phone");
    await expectAccessible(page, "03-profil-phone");
    await page.close();
  });

  it("switches the interface to English and back", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, "prakom");
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("navigation").getByText("My Profile").waitFor();
    await expectAccessible(page, "beranda dalam bahasa Inggris");
    await page.getByText("ID", { exact: true }).click();
    await page.getByRole("navigation").getByText("Profil Saya").waitFor();
    await page.close();
  });
});
