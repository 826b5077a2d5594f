import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
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
  const port = 4300 + Math.floor(Math.random() * 500);
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

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, identifier: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("NIP atau nama pengguna").fill(identifier);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByTestId("user-menu").waitFor();
}

export async function signOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await page.getByRole("button", { name: "Masuk" }).waitFor();
}
