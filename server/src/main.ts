import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildApp } from "./app";
import { loadConfig } from "./config";
import { createDb } from "./db";
import { prepareDatabase } from "./db/migrate";
import { countAccounts } from "./modules/auth/auth.repo";
import { issueSetupToken } from "./modules/auth/setup.service";
import { startReminderScheduler } from "./modules/notification/scheduler";
import { seedDemoOffice } from "./modules/seed/seed";

const config = loadConfig();
if (config.db.dialect === "sqlite") {
  mkdirSync(path.dirname(config.db.file), { recursive: true });
}
const db = createDb(config.db);
await prepareDatabase(db);

const empty = (await countAccounts(db)) === 0;
if (config.mode === "demo" && empty) {
  await seedDemoOffice(db, { password: config.demoPassword, now: new Date() });
}

// Issued before listening, so the first request already needs it; SETUP_TOKEN (if set) is used instead.
const setupToken = config.mode === "production" ? await issueSetupToken(db, config.setupToken, new Date()) : null;

const app = await buildApp(config, db);
await app.listen({ port: config.port, host: config.host });
const stopReminders = startReminderScheduler(db, config, app.log);
const url = `http://localhost:${config.port}`;
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
