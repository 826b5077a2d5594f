// The product app on a benchmark database, listening on a random loopback port in its own process, plus two bare
// endpoints that exist only here: the baselines the product's endpoints are compared with in the same run.
// Started by the bench (server-process.ts); prints "listening <port>" when ready.
import { sql } from "kysely";
import { buildApp } from "../../src/app";
import { type DbConfig, loadConfig } from "../../src/config";
import { createDb } from "../../src/db";
import { newId } from "../../src/db/ids";
import { testConfig } from "../../test/test-app";
import { traceRequests } from "./server-trace";

const dbConfig = JSON.parse(process.env.BENCH_SERVER_DB ?? "null") as DbConfig; // written by server-process.ts
const db = createDb(dbConfig);
// The PDF pool as the server's own defaults size it for this machine (config.ts), not the tests' fixed two threads.
// Load shedding as in production too (the tests turn the lag limit off).
const { pdf, shedAfterLagMs, maxInFlight } = loadConfig({
  PDF_THREADS: process.env.PDF_THREADS,
  PDF_QUEUE: process.env.PDF_QUEUE,
  SHED_AFTER_LAG_MS: process.env.SHED_AFTER_LAG_MS,
  MAX_IN_FLIGHT: process.env.MAX_IN_FLIGHT,
});
const app = await buildApp(
  { ...testConfig(dbConfig), pdf, shedAfterLagMs, maxInFlight, mode: "demo", reminderIntervalMinutes: 0 },
  db,
);

await sql`create table if not exists bench_bare (id text primary key, at text not null, body text not null)`.execute(
  db,
);
const sample = await db.selectFrom("employee").select("id").orderBy("id").limit(1).executeTakeFirstOrThrow();

// A primary-key read: the least a read endpoint costs on this database.
app.get("/bench/bare/read", async () =>
  db.selectFrom("employee").select(["id", "nip", "name"]).where("id", "=", sample.id).executeTakeFirstOrThrow(),
);
// One committed insert: on SQLite with the product's synchronous=FULL, on PostgreSQL a plain autocommit insert.
app.post("/bench/bare/insert", async (request) => {
  const id = newId();
  await sql`insert into bench_bare (id, at, body) values (${id}, ${new Date().toISOString()}, ${JSON.stringify(request.body ?? null)})`.execute(
    db,
  );
  return { id };
});

if (process.env.BENCH_TRACE) {
  traceRequests(app);
}

const synchronous =
  dbConfig.dialect === "sqlite" ? (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0] : null;
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
console.log(`listening ${port} synchronous=${synchronous?.synchronous ?? "n/a"}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  });
}
