import { loadConfig } from "../config";
import { createDb } from "../db";
import { prepareDatabase } from "../db/migrate";
import { resetAccountFromCli } from "../modules/auth/admin-reset";

// npm run admin:reset -- <username>: run on the server itself, with the same DATABASE_URL as the app.
const identifier = process.argv[2]?.trim();
if (!identifier) {
  console.error("Pemakaian: npm run admin:reset -- <nama-pengguna atau NIP>");
  process.exit(2);
}
const config = loadConfig();
const db = createDb(config.db);
try {
  await prepareDatabase(db);
  const result = await resetAccountFromCli(db, identifier, new Date());
  console.log(`Akun ${result.username} dipulihkan (${config.db.dialect}):`);
  console.log("- verifikasi dua langkah dan kode pemulihan dihapus; semua sesi diakhiri;");
  console.log("- kata sandi sementara (hanya ditampilkan sekali, wajib diganti saat masuk):");
  console.log("");
  console.log(`    ${result.temporaryPassword}`);
  console.log("");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.destroy();
}
