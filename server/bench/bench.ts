// Measures request handling in-process (app.inject, no network) as ratios against a bare baseline endpoint
// measured in the same run, so results compare across machines. Run: npm run bench
import { performance } from "node:perf_hooks";
import { buildApp } from "../src/app";
import { createDb } from "../src/db";
import { prepareDatabase } from "../src/db/migrate";
import { SESSION_COOKIE } from "../src/http/session";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { testConfig } from "../test/test-app";

const ROUNDS = 200;

const db = createDb({ dialect: "sqlite", file: ":memory:" });
await prepareDatabase(db);
await seedDemoOffice(db, { password: "plaju-2026", now: new Date() });
const app = await buildApp({ ...testConfig({ dialect: "sqlite", file: ":memory:" }), mode: "demo" }, db);

async function cookieFor(username: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { identifier: username, password: "plaju-2026" },
  });
  const token = String(res.headers["set-cookie"]).match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
  return `${SESSION_COOKIE}=${token}`;
}

async function measure(url: string, cookie: string): Promise<number> {
  for (let i = 0; i < 20; i++) {
    await app.inject({ method: "GET", url, headers: { cookie } });
  }
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const res = await app.inject({ method: "GET", url, headers: { cookie } });
    if (res.statusCode !== 200) {
      throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    }
  }
  return (performance.now() - start) / ROUNDS;
}

const admin = await cookieFor("pengelola");
const camat = await cookieFor("camat");
const someone = await db.selectFrom("employee").select("id").executeTakeFirstOrThrow();
const cases: [string, string, string][] = [
  ["baseline GET /api/health", "/api/health", ""],
  ["GET /api/auth/me (Camat: resolves who they rate)", "/api/auth/me", camat],
  ["GET /api/profile (Camat)", "/api/profile", camat],
  ["GET /api/employees page 1", "/api/employees?page=1&pageSize=20", admin],
  ["GET /api/employees?q=", "/api/employees?q=siti", admin],
  ["GET /api/employees/:id (raters)", `/api/employees/${someone.id}`, admin],
  ["GET /api/positions (all, with holders)", "/api/positions", admin],
];

const baseline = await measure("/api/health", "");
console.log(`${ROUNDS} requests each, in-process, SQLite in memory, demo office seeded\n`);
for (const [label, url, cookie] of cases) {
  const ms = await measure(url, cookie);
  console.log(`${label.padEnd(52)} ${ms.toFixed(3).padStart(8)} ms   ×${(ms / baseline).toFixed(1)} baseline`);
}
await app.close();
await db.destroy();
