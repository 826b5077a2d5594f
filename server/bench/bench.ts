// Measures request handling in-process (app.inject, no network) as ratios against a bare baseline endpoint
// measured in the same run, so results compare across machines. Run: npm run bench
import { performance } from "node:perf_hooks";
import { rateesOf } from "@simkin/domain";
import { buildApp } from "../src/app";
import { createDb } from "../src/db";
import { prepareDatabase } from "../src/db/migrate";
import { SESSION_COOKIE } from "../src/http/session";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { testConfig } from "../test/test-app";
import { largeChart } from "./large-chart";

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

const approvedSkp = await db
  .selectFrom("skp")
  .innerJoin("user_account", "user_account.employee_id", "skp.employee_id")
  .select("skp.id")
  .where("user_account.username", "=", "staf.yanum")
  .where("skp.year", "=", new Date().getFullYear())
  .executeTakeFirstOrThrow();
const staff = await cookieFor("staf.yanum");
cases.push(
  ["GET /api/skps/:id (detail, problems, options)", `/api/skps/${approvedSkp.id}`, staff],
  ["GET /api/skps/inbox (Camat)", `/api/skps/inbox?year=${new Date().getFullYear()}`, camat],
);

const baseline = await measure("/api/health", "");
console.log(`${ROUNDS} requests each, in-process, SQLite in memory, demo office seeded\n`);
for (const [label, url, cookie] of cases) {
  const ms = await measure(url, cookie);
  console.log(`${label.padEnd(52)} ${ms.toFixed(3).padStart(8)} ms   ×${(ms / baseline).toFixed(1)} baseline`);
}

// One SKP PDF end to end (load, hash, verification code, render), the budget is 500 ms on this machine.
const PDF_ROUNDS = 20;
await measureOnce(`/api/skps/${approvedSkp.id}/pdf`, staff);
const pdfStart = performance.now();
for (let i = 0; i < PDF_ROUNDS; i++) {
  await measureOnce(`/api/skps/${approvedSkp.id}/pdf`, staff);
}
const pdfMs = (performance.now() - pdfStart) / PDF_ROUNDS;
console.log(
  `${"GET /api/skps/:id/pdf (one SKP as PDF)".padEnd(52)} ${pdfMs.toFixed(1).padStart(8)} ms   ×${(pdfMs / baseline).toFixed(0)} baseline   budget 500 ms: ${pdfMs < 500 ? "OK" : "OVER"}`,
);

// Who a Kasi rates, in a chart thirty-odd times the demo office (loaded fresh each time, as per request).
const RATEE_ROUNDS = 20;
const rateeStart = performance.now();
for (let i = 0; i < RATEE_ROUNDS; i++) {
  rateesOf(largeChart(), "e-u3k2", "2026-03-01");
}
const rateeMs = (performance.now() - rateeStart) / RATEE_ROUNDS;
console.log(
  `${"rateesOf in a 4,241-person chart (pure, no I/O)".padEnd(52)} ${rateeMs.toFixed(1).padStart(8)} ms   ×${(rateeMs / baseline).toFixed(0)} baseline`,
);

await app.close();
await db.destroy();

async function measureOnce(url: string, cookie: string) {
  const res = await app.inject({ method: "GET", url, headers: { cookie } });
  if (res.statusCode !== 200) {
    throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
}
