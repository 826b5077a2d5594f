import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { repoRoot } from "../../src/config";
import { createDb } from "../../src/db";
import { newId } from "../../src/db/ids";
import { prepareDatabase } from "../../src/db/migrate";
import { createTestApp, json, type TestApp } from "../test-app";

/** Starts the real server from source and reports how it ended, or that it came up (then stops it). */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string; started: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), "simkin-start-"));
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "server", "src", "main.ts")], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      REMINDER_INTERVAL_MINUTES: "0",
      FILES_DIR: path.join(dir, "files"),
      DATABASE_URL: `file:${path.join(dir, "simkin.sqlite")}`,
      ...env,
    },
  });
  let output = "";
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/siap di|Belum ada administrator/.test(output)) {
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, started: /siap di|Belum ada administrator/.test(output) });
    });
  });
}

/** A SQLite file holding one real (non-demo) account, as a production install has. */
async function productionDatabase(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "simkin-prod-")), "simkin.sqlite");
  const db = createDb({ dialect: "sqlite", file });
  await prepareDatabase(db);
  const at = new Date().toISOString();
  await db
    .insertInto("user_account")
    .values({
      id: newId(),
      employee_id: null,
      username: "admin",
      password_hash: null,
      password_reset_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.destroy();
  return file;
}

describe("attack: demo mode on real data (issue 8, finding 11)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ mode: "demo" });
  });
  afterEach(() => t.close());

  it("publishes no account and no password when a demo runs on a database it did not seed", async () => {
    await t.given.user({ username: "admin", roles: ["super_admin"] });
    const status = json(await t.anonymous().get("/api/auth/status"));
    assert.equal(status.mode, "demo");
    assert.deepEqual(status.demoAccounts, []);
  });

  it("never publishes demo passwords in production, even on a demo office", async () => {
    await t.db
      .insertInto("instance_marker")
      .values({ key: "demo_office", value: "seed", created_at: t.clock.now.toISOString() })
      .execute();
    await t.given.user({ username: "admin", roles: ["super_admin"] });
    const production = await createTestApp();
    try {
      await production.db
        .insertInto("instance_marker")
        .values({ key: "demo_office", value: "seed", created_at: t.clock.now.toISOString() })
        .execute();
      await production.given.user({ username: "admin", roles: ["super_admin"] });
      const status = json(await production.anonymous().get("/api/auth/status"));
      assert.equal(status.mode, "production");
      assert.deepEqual(status.demoAccounts, []);
      const demo = json(await t.anonymous().get("/api/auth/status"));
      assert.deepEqual(
        demo.demoAccounts.map((a: { username: string; password: string }) => [a.username, a.password]),
        [["admin", "plaju-2026"]],
        "while the demo on its own office lists them",
      );
    } finally {
      await production.close();
    }
  });

  it("refuses a demo start (the default of npm start) on a database with real accounts", async () => {
    const result = await start({ SIMKIN_MODE: "demo", DATABASE_URL: `file:${await productionDatabase()}` });
    assert.equal(result.started, false, result.output);
    assert.equal(result.code, 1);
    assert.match(result.output, /bukan data demo/);
    assert.match(result.output, /NODE_ENV=production PUBLIC_URL=/);
  });

  it("refuses a production start without PUBLIC_URL, which printed QR codes need", async () => {
    const result = await start({ NODE_ENV: "production" });
    assert.equal(result.started, false, result.output);
    assert.equal(result.code, 1);
    assert.match(result.output, /PUBLIC_URL wajib diisi/);
  });
});
