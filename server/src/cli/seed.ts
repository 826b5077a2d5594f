import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createDb } from "../db";
import { prepareDatabase } from "../db/migrate";
import { countAccounts } from "../modules/auth/auth.repo";
import { MAX_COPIES, seedScaleOffices } from "../modules/seed/scale/scale-seed";
import { seedDemoOffice } from "../modules/seed/seed";
import { duration, progressBar } from "./progress-bar";

// `npm run db:seed -- --scale 926`: 926 kecamatan like the demo office under one Pemerintah Kota (about 100,000 people).
const { values } = parseArgs({ options: { scale: { type: "string" } } });
const copies = values.scale === undefined ? null : Number(values.scale);
if (copies !== null && (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES)) {
  console.error(`--scale memerlukan jumlah kecamatan 1-${MAX_COPIES}, mis. --scale 926`);
  process.exit(1);
}

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
const options = { password: config.demoPassword, now: new Date() };
if (copies === null) {
  await seedDemoOffice(db, options);
  await db.destroy();
  console.log("Kantor demo Kecamatan Plaju sudah diisi.");
} else {
  const started = Date.now();
  const bar = progressBar();
  const { employees } = await seedScaleOffices(db, {
    ...options,
    copies,
    onProgress: (p) => bar(p.done, p.copies, `${p.employees.toLocaleString("id-ID")} pegawai`),
  });
  await db.destroy();
  const took = duration((Date.now() - started) / 1000);
  console.log(`${copies} kecamatan (${employees.toLocaleString("id-ID")} pegawai) sudah diisi dalam ${took}.`);
}
