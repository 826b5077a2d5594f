import type { ExternalParent } from "@simkin/domain";
import type { Db } from "../../db";
import { templateFor } from "./skp-templates";

/**
 * The seats whose SKP is kept outside SIMKIN: the Sekda's, in the Pemkot's e-Kinerja. The Camat, whom she rates,
 * copies the RHK atasan he intervenes from her signed SKP (issue 9 rule 6).
 */
export function skpOutsideSimkin(positionName: string): boolean {
  return /^Sekretaris Daerah/.test(positionName);
}

/** The Sekda's RHK as the Camat types them from her official SKP, with the SKP's number. */
export function externalParentsFor(raterPositionName: string, year: number): ExternalParent[] {
  return templateFor(raterPositionName).map((rhk) => ({
    text: rhk.text,
    reference: `SKP Sekretaris Daerah Kota Palembang Tahun ${year}, Nomor 800/${String(year).slice(2)}/SETDA`,
  }));
}

/**
 * A unit head's RHK carry the Perjanjian Kinerja targets he signed for the unit (issue 9 rule 7): by RHK text, the
 * PK targets whose sasaran it is (the demo's PK was drawn up from the same texts). Empty for anyone else.
 */
export async function pkTargetsBySasaran(db: Db, positionId: string, year: number): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom("position")
    .innerJoin("pk_target", "pk_target.unit_id", "position.leads_unit_id")
    .select(["pk_target.id", "pk_target.sasaran"])
    .where("position.id", "=", positionId)
    .where("pk_target.year", "=", year)
    .orderBy("pk_target.created_at")
    .orderBy("pk_target.id")
    .execute();
  const bySasaran = new Map<string, string[]>();
  for (const row of rows) {
    bySasaran.set(row.sasaran, [...(bySasaran.get(row.sasaran) ?? []), row.id]);
  }
  return bySasaran;
}
