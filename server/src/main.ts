import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildApp } from "./app";
import { loadConfig } from "./config";
import { createDb } from "./db";
import { prepareDatabase } from "./db/migrate";
import { countAccounts } from "./modules/auth/auth.repo";
import { issueSetupToken } from "./modules/auth/setup.service";
import { lockDueEvaluations } from "./modules/evaluation/evaluation.lock";
import { dailyFilePurge } from "./modules/files/file-purge";
import { startReminderScheduler } from "./modules/notification/scheduler";
import { prepareInstance, StartRefused, startWarnings } from "./startup";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (config.db.dialect === "sqlite") {
  mkdirSync(path.dirname(config.db.file), { recursive: true });
}
const db = createDb(config.db);
await prepareDatabase(db);

try {
  await prepareInstance(db, config, new Date());
} catch (error) {
  if (!(error instanceof StartRefused)) {
    throw error;
  }
  console.error(error.message);
  await db.destroy();
  process.exit(1);
}
const empty = (await countAccounts(db)) === 0;

// Issued before listening, so the first request already needs it; SETUP_TOKEN (if set) is used instead.
const setupToken = config.mode === "production" ? await issueSetupToken(db, config.setupToken, new Date()) : null;

const app = await buildApp(config, db);
await app.listen({ port: config.port, host: config.host });
// With the reminder scan: evaluations whose keberatan window closed lock; once a day, unreferenced files go (0068).
const stopReminders = startReminderScheduler(db, config, app.log, [
  lockDueEvaluations,
  dailyFilePurge(config.filesDir),
]);
for (const warning of startWarnings(config)) {
  app.log.warn(warning);
}
const url = config.publicUrl ?? `http://localhost:${config.port}`;
if (config.mode === "production" && empty) {
  const token = setupToken ?? "(nilai SETUP_TOKEN di lingkungan server)";
  // warn, not info: the operator must see it even with LOG_LEVEL=warn.
  app.log.warn(`Belum ada administrator. Buka ${url}/setup dan masukkan token penyiapan: ${token}`);
} else {
  app.log.info(`SIMKIN (${config.mode}, ${config.db.dialect}) siap di ${url}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await stopReminders();
    await app.close();
    await db.destroy();
    process.exit(0);
  });
}
