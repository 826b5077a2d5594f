import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import type { Browser, Locator } from "playwright-core";
import { expectAccessible, launchBrowser, type RunningServer, shot, signIn, startServer } from "./harness";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Whether the element shows all of its text (nothing cut by an ellipsis or hidden overflow). */
const uncut = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  assert.ok(b, "shown");
  return b;
}

/** Issue 12's rough edges: the longest seeded name on the employee detail and the home header, phone and desktop. */
describe("long names fit on a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let db: Database.Database;
  let longest: { id: string; displayName: string };
  const open = async (who: string) => {
    const page = await browser.newPage({ viewport: desktop, baseURL: server.url });
    await signIn(page, server.url, who);
    return page;
  };
  before(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-names-")), "e2e.sqlite");
    server = await startServer({ DATABASE_URL: `file:${file}` });
    browser = await launchBrowser();
    db = new Database(file);
  });
  after(async () => {
    db.close();
    await browser.close();
    await server.stop();
  });

  it("shows the whole name on the employee detail, with Bantuan beside it and Ubah below it on a phone", async () => {
    const admin = await open("admin");
    const all: { id: string; displayName: string }[] = [];
    for (let page = 1; page < 50; page++) {
      const { items } = await (await admin.request.get(`/api/employees?page=${page}&pageSize=100`)).json();
      all.push(...items);
      if (items.length < 100) {
        break;
      }
    }
    longest = all.reduce((a, b) => (b.displayName.length > a.displayName.length ? b : a));
    console.log(`# longest seeded name: ${longest.displayName} (${longest.displayName.length} characters)`);
    await admin.goto(`/admin/employees/${longest.id}`);
    const card = admin.getByTestId("identity");
    const title = card.getByRole("heading", { name: longest.displayName });
    const edit = card.getByTestId("edit-employee");
    const help = card.getByTestId("screen-help");
    await title.waitFor();
    for (const [viewport, name] of [
      [phone, "phone"],
      [desktop, "desktop"],
    ] as const) {
      await admin.setViewportSize(viewport);
      await admin.waitForTimeout(200);
      const [t, e, h] = [await box(title), await box(edit), await box(help)];
      assert.ok(await uncut(title), "the title shows the whole name");
      assert.ok(h.y + h.height / 2 > t.y && h.y + h.height / 2 < t.y + t.height, "Bantuan on the title's line");
      if (name === "phone") {
        assert.ok(e.y >= t.y + t.height, "Ubah below the name, not squeezing it");
        assert.ok(t.width >= 180, `the name has room: ${t.width} px`);
      } else {
        assert.ok(e.y < t.y + t.height, "Ubah on the title's row on a desktop");
      }
      assert.ok(e.x + e.width <= viewport.width && h.x + h.width <= viewport.width, "nothing runs off the screen");
      await shot(admin, `70-nama-panjang-pegawai-${name}`);
    }
    await expectAccessible(admin, "70-nama-panjang-pegawai-desktop");
  });

  it("greets and names the user in full: initials and the menu on a phone, the name in the header on a desktop", async () => {
    const staff = await open("staf.yanum");
    const me = await (await staff.request.get("/api/auth/me")).json();
    // The staff persona given the longest seeded name (this journey's own demo file).
    db.prepare(
      `update employee set name = (select name from employee where id = @from),
         front_title = (select front_title from employee where id = @from),
         back_title = (select back_title from employee where id = @from) where id = @to`,
    ).run({ from: longest.id, to: me.employee.id });
    await staff.goto("/");
    const menu = staff.getByTestId("user-menu");
    await staff
      .getByRole("heading", { level: 2, name: new RegExp(longest.displayName.replace(/[.,]/g, ".")) })
      .waitFor();
    assert.equal(await menu.getAttribute("aria-label"), longest.displayName);
    assert.ok(await uncut(menu.getByText(longest.displayName)), "the desktop header shows the whole name");
    await shot(staff, "71-nama-panjang-beranda-desktop");

    await staff.setViewportSize(phone);
    await staff.waitForTimeout(200);
    const m = await box(menu);
    assert.ok(m.x + m.width <= phone.width, "the header fits the phone");
    await menu.click();
    const full = staff.getByTestId("user-menu-name");
    await full.getByText(longest.displayName).waitFor();
    assert.ok(await uncut(full), "the menu shows the whole name");
    await staff.waitForTimeout(300); // the menu's opening transition
    await shot(staff, "71-nama-panjang-beranda-phone");
    await expectAccessible(staff, "71-nama-panjang-beranda-phone");
  });
});
