import { issuingOffice, type UnitKind } from "@simkin/domain";
import type { Selectable } from "kysely";
import type { Db } from "../../db";
import type { DocumentVerificationTable } from "../../db/schema";

export type VerificationRow = Selectable<DocumentVerificationTable>;

export async function findByCode(db: Db, code: string): Promise<VerificationRow | undefined> {
  return db.selectFrom("document_verification").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function findByContent(db: Db, type: string, id: string, hash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", type)
    .where("document_id", "=", id)
    .where("content_hash", "=", hash)
    .executeTakeFirst();
  return row?.code;
}

export async function insert(db: Db, row: VerificationRow): Promise<void> {
  await db.insertInto("document_verification").values(row).execute();
}

/** Whether the same document was printed again later with other content. */
export async function hasNewerPrint(db: Db, row: VerificationRow): Promise<boolean> {
  const newer = await db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", row.document_type)
    .where("document_id", "=", row.document_id)
    .where("created_at", ">", row.created_at)
    .executeTakeFirst();
  return newer !== undefined;
}

/** The document's status now (it may have moved on since it was printed); null when it no longer exists. */
export async function liveStatus(db: Db, type: string, id: string): Promise<string | null> {
  if (type !== "report" && type !== "skp") {
    // Coaching forms and the MPH keep the status they were printed with.
    return null;
  }
  if (type === "report") {
    const report = await db.selectFrom("monthly_report").select("status").where("id", "=", id).executeTakeFirst();
    return report?.status ?? null;
  }
  const skp = await db.selectFrom("skp").select("status").where("id", "=", id).executeTakeFirst();
  return skp?.status ?? null;
}

/** The issuing office of an SKP or a monthly report, from the unit of the SKP's position up to the top. */
export async function issuerOf(db: Db, type: string, id: string): Promise<string | null> {
  const skpId =
    type === "report"
      ? (await db.selectFrom("monthly_report").select("skp_id").where("id", "=", id).executeTakeFirst())?.skp_id
      : type === "skp"
        ? id
        : undefined;
  const position = skpId
    ? await db
        .selectFrom("skp")
        .innerJoin("position", "position.id", "skp.position_id")
        .select("position.unit_id")
        .where("skp.id", "=", skpId)
        .executeTakeFirst()
    : undefined;
  return position ? issuerOfUnit(db, position.unit_id) : null;
}

/** The issuing office above a unit (its organisation and pemerintah daerah). */
export async function issuerOfUnit(db: Db, unitId: string): Promise<string | null> {
  const units = await db.selectFrom("org_unit").select(["id", "parent_id", "name", "kind"]).execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: { name: string; kind: UnitKind }[] = [];
  // The chart is a tree; the bound only guards against a corrupted cycle.
  for (let unit = byId.get(unitId); unit && path.length < 50; unit = byId.get(unit.parent_id ?? "")) {
    path.push({ name: unit.name, kind: unit.kind });
  }
  return issuingOffice(path);
}

/** The code of the document's latest print, if it was ever printed. */
export async function latestCode(db: Db, type: string, id: string): Promise<string | null> {
  const row = await db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", type)
    .where("document_id", "=", id)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row?.code ?? null;
}
