import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { createDb } from "../db";
import { prepareDatabase } from "../db/migrate";
import { countAccounts } from "../modules/auth/auth.repo";
import { seedDemoOffice } from "../modules/seed/seed";

const config = loadConfig();
if (config.mode !== "demo") {
  console.error("Seed demo hanya untuk mode demo (SIMKIN_MODE=demo).");
  process.exit(1);
}
if (config.db.dialect === "sqlite") {
  mkdirSync(path.dirname(config.db.file), { recursive: true });
}
const db = createDb(config.db);
await prepareDatabase(db);
if ((await countAccounts(db)) > 0) {
  console.error("Basis data sudah berisi data; seed demo hanya untuk basis data kosong.");
  process.exit(1);
}
await seedDemoOffice(db, { password: config.demoPassword, now: new Date() });
await db.destroy();
console.log("Kantor demo Kecamatan Plaju sudah diisi.");
