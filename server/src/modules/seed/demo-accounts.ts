import type { DemoAccount } from "@simkin/domain";
import { displayName, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { placementDuring } from "../org/placement.repo";
import { isDemoDatabase } from "./demo-marker";

/** The persona accounts of the demo office, shown on the login page in demo mode only. */
export const demoPersonas = [
  { username: "camat", persona: "Pimpinan / Pejabat Penilai (Camat)" },
  { username: "sekcam", persona: "Pejabat Penilai (Sekretaris Kecamatan)" },
  { username: "kasi.yanum", persona: "Pejabat Penilai (Kasi Pelayanan Umum)" },
  { username: "lurah.talangputri", persona: "Pejabat Penilai (Lurah Talang Putri)" },
  { username: "staf.yanum", persona: "Pegawai (pelaksana Seksi Pelayanan Umum)" },
  { username: "staf.talangputri", persona: "Pegawai (staf Kelurahan Talang Putri)" },
  { username: "penata.yanum", persona: "Pegawai (Penata Layanan Operasional, SKP kualitatif)" },
  { username: "prakom", persona: "Pegawai (Pranata Komputer Ahli Pertama)" },
  { username: "pengelola", persona: "Pengelola Kinerja (Subbag Umum dan Kepegawaian)" },
  { username: "auditor", persona: "Auditor (Inspektorat Kota Palembang)" },
  { username: "admin", persona: "Super Admin" },
] as const;

/** The sign-in page's demo list: only on the database the demo seed marked, so never a production office's accounts. */
export async function demoAccountsIfSeeded(db: Db, password: string): Promise<DemoAccount[]> {
  return (await isDemoDatabase(db)) ? demoAccounts(db, password) : [];
}

async function demoAccounts(db: Db, password: string): Promise<DemoAccount[]> {
  const today = wibDate(new Date());
  const rows = await db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .leftJoin("placement", (join) =>
      join
        .onRef("placement.employee_id", "=", "employee.id")
        .on("placement.kind", "=", "definitif")
        .on((eb) => placementDuring(eb, today)),
    )
    .leftJoin("position", "position.id", "placement.position_id")
    .select([
      "user_account.username",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.name as position_name",
    ])
    .where(
      "user_account.username",
      "in",
      demoPersonas.map((p) => p.username),
    )
    .execute();
  return demoPersonas.flatMap((persona) => {
    const row = rows.find((r) => r.username === persona.username);
    if (!row) {
      return [];
    }
    const name = row.name ? displayName(row.front_title, row.name, row.back_title) : "";
    return [
      { username: persona.username, password, persona: persona.persona, name, position: row.position_name ?? "" },
    ];
  });
}
