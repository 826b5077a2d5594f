import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { createDb } from "../db";
import { prepareDatabase } from "../db/migrate";

const config = loadConfig();
if (config.db.dialect === "sqlite") {
  mkdirSync(path.dirname(config.db.file), { recursive: true });
}
const db = createDb(config.db);
await prepareDatabase(db);
await db.destroy();
console.log(`Migrasi selesai (${config.db.dialect}).`);
