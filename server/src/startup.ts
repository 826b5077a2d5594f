import type { Config } from "./config";
import type { Db } from "./db";
import { holdsData, isDemoDatabase } from "./modules/seed/demo-marker";
import { seedDemoOffice } from "./modules/seed/seed";

/** The server must not start: the message says why and what to run instead. */
export class StartRefused extends Error {}

const PRODUCTION_START = "NODE_ENV=production PUBLIC_URL=https://alamat-simkin-anda npm start";

/**
 * Demo mode seeds an empty database and runs only on the demo office it seeded (marked by the seed): on a database
 * with real data it would list the demo accounts and their published password. Production refuses the demo office,
 * whose accounts all share that published password. Returns whether the demo office was seeded now.
 */
export async function prepareInstance(db: Db, config: Config, now: Date): Promise<{ seeded: boolean }> {
  const demo = await isDemoDatabase(db);
  if (config.mode === "production") {
    if (demo) {
      throw new StartRefused(
        "Basis data ini berisi kantor demo (data fiktif; semua akun memakai kata sandi demo yang diketahui umum). " +
          "Mode produksi tidak dijalankan di atasnya. Gunakan basis data kosong untuk produksi (DATABASE_URL).",
      );
    }
    return { seeded: false };
  }
  if (demo) {
    return { seeded: false };
  }
  if (await holdsData(db)) {
    throw new StartRefused(
      "Basis data ini berisi data yang bukan data demo, jadi mode demo tidak dijalankan: mode demo menampilkan akun " +
        `dan kata sandi demo di halaman masuk. Jalankan mode produksi: ${PRODUCTION_START} ` +
        "(atau SIMKIN_MODE=production). Untuk mencoba demo, pakai basis data kosong lain, " +
        "mis. DATABASE_URL=file:./data/demo.sqlite npm start.",
    );
  }
  await seedDemoOffice(db, { password: config.demoPassword, now });
  return { seeded: true };
}

/** Said loudly at every start: a demo is not for real data, and where printed QR codes will point. */
export function startWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.mode === "demo") {
    warnings.push(
      "MODE DEMO: data fiktif Kecamatan Plaju. Semua akun demo memakai kata sandi yang tercantum di halaman masuk.",
      `MODE DEMO: jangan masukkan data pegawai sungguhan. Untuk produksi jalankan: ${PRODUCTION_START}`,
    );
  }
  if (!config.publicUrl) {
    warnings.push(
      `PUBLIC_URL tidak diatur: kode QR dan alamat verifikasi pada PDF yang dicetak akan mengarah ke ` +
        `http://localhost:${config.port}, yang tidak dapat dibuka dari perangkat lain.`,
    );
  }
  return warnings;
}
