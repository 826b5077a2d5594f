import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const root = path.resolve(import.meta.dirname, "..");
export const screenshotDir = path.join(root, "e2e", "screenshots");
export const DEMO_PASSWORD = "plaju-2026";

export type RunningServer = { url: string; stop: () => Promise<void> };

/** Starts the built server (npm run build first) in demo mode on a fresh SQLite file and a free port. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "simkin-e2e-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "server", "dist", "main.js")], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      SIMKIN_MODE: "demo",
      DATABASE_URL: `file:${path.join(dataDir, "e2e.sqlite")}`,
      DEMO_PASSWORD,
      FILES_DIR: path.join(dataDir, "files"),
      // Printed QR codes point here; a demo start on this fresh file seeds it and marks it as the demo office.
      PUBLIC_URL: url,
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(url, child);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A port nobody listens on now: journeys may run side by side, each with its own server. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy in 30 s");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function shot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** What the screen shows (a dialog over a long page reads badly in a full-page shot). */
export async function viewShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

// The sign-in page and the user menu look the same in every journey: each journey checks them once (axe-core).
let signInChecked = false;
let userMenuChecked = false;

/** Signs in through the login form, as a person would (and checks the page's accessibility the first time). */
export async function signIn(page: Page, baseUrl: string, identifier: string) {
  await page.goto(`${baseUrl}/login`);
  if (!signInChecked) {
    await page.getByRole("button", { name: "Masuk" }).waitFor();
    await expectAccessible(page, "masuk");
    signInChecked = true;
  }
  await page.getByLabel("NIP atau nama pengguna").fill(identifier);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByTestId("user-menu").waitFor();
}

export async function signOut(page: Page) {
  await page.getByTestId("user-menu").click();
  if (!userMenuChecked) {
    await page.getByRole("menuitem", { name: "Keluar" }).waitFor();
    await expectAccessible(page, "menu pengguna");
    userMenuChecked = true;
  }
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await page.getByRole("button", { name: "Masuk" }).waitFor();
}

/**
 * Ends the page's session on the server, as a sign-out in another browser would; the cookie stays. Waits for the
 * bell's stream first: an open stream ends at once and its check opens the session dialog by itself (decision 0064).
 */
export async function signOutElsewhere(page: Page, baseUrl: string) {
  await page.locator('[data-testid="notification-bell"][data-live="true"]').first().waitFor({ state: "attached" });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const out = await fetch(`${baseUrl}/api/auth/logout`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken, origin: baseUrl, "content-type": "application/json" },
    body: "{}",
  });
  if (!out.ok) {
    throw new Error(`logout answered ${out.status}`);
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
type AxeNode = { target: unknown[]; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

/** WCAG 2.1 A/AA violations axe-core finds on the page as shown now (or inside `include`), one line per rule. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Modals and popovers fade in: colours read mid-transition are not the ones a person sees.
  // Only the finite ones (a spinner turns forever), and never longer than a second.
  await page.evaluate(async () => {
    // A transition begins a frame or two after the element appears: wait for it to be listed before waiting on it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY)));
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
  // Evaluated through the DevTools protocol, which the page's CSP (no eval, nonce scripts) does not govern.
  if (!(await page.evaluate(() => "axe" in globalThis))) {
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      // axe is the global axe.min.js defines; this is the part of its API used here.
      const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return JSON.stringify((result as { violations: unknown }).violations);
    },
    { include, tags: wcagTags },
  );
  // The JSON came from axe.run's violations array, whose shape AxeViolation describes.
  return (JSON.parse(violations) as AxeViolation[]).map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? ""})`);
    return `${v.id} [${v.impact}] ${v.help}: ${v.nodes.length} element(s): ${targets.join("; ")}`;
  });
}

/** Fails with each WCAG 2.1 A/AA rule broken on the screen (id, impact, first targets); `name` says which screen. */
export async function expectAccessible(page: Page, name: string, include?: string) {
  const found = await axeViolations(page, include);
  if (found.length > 0) {
    throw new Error(
      `axe-core: ${found.length} WCAG 2.1 A/AA rule(s) broken on "${name}" (${page.url()}):\n${found.join("\n")}`,
    );
  }
}
