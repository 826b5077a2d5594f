import {
  BERAKHLAK_SE_20_2021,
  BERAKHLAK_SE_20_2021_FROM,
  type BerakhlakValueCode,
  type BerakhlakVersion,
  berakhlakSe20of2021,
  berakhlakVersionFor,
  type CreateBerakhlakVersion,
} from "@simkin/domain";
import type { Db } from "../../db";

export type BehaviourValue = { code: BerakhlakValueCode; name: string; indicators: string[] };

/**
 * Writes the SE MenPANRB 20/2021 wording as master data once, with the date it is in force from; later versions are
 * added beside it, never over it.
 */
export async function ensureBerakhlakMaster(db: Db): Promise<void> {
  const existing = await db
    .selectFrom("behaviour_indicator")
    .select("version_code")
    .where("version_code", "=", BERAKHLAK_SE_20_2021)
    .executeTakeFirst();
  if (!existing) {
    await insertTexts(db, BERAKHLAK_SE_20_2021, berakhlakSe20of2021);
  }
  const dated = await db
    .selectFrom("behaviour_version")
    .select("version_code")
    .where("version_code", "=", BERAKHLAK_SE_20_2021)
    .executeTakeFirst();
  if (!dated) {
    await db
      .insertInto("behaviour_version")
      .values({
        version_code: BERAKHLAK_SE_20_2021,
        title: "SE Menteri PANRB Nomor 20 Tahun 2021 (PermenPANRB 6/2022)",
        effective_from: BERAKHLAK_SE_20_2021_FROM,
        // The master data is older than any database: the row's own time is the first day it is in force.
        created_at: `${BERAKHLAK_SE_20_2021_FROM}T00:00:00.000Z`,
        created_by: null,
      })
      .execute();
  }
}

async function insertTexts(
  db: Db,
  version: string,
  values: readonly { code: BerakhlakValueCode; name: string; indicators: readonly string[] }[],
) {
  const rows = values.flatMap((value, valueIndex) =>
    value.indicators.map((text, i) => ({
      version_code: version,
      value_code: value.code,
      value_order: valueIndex + 1,
      value_name: value.name,
      indicator_order: i + 1,
      text,
    })),
  );
  await db.insertInto("behaviour_indicator").values(rows).execute();
}

/** Every master version with its texts, the newest in force first. */
export async function listVersions(db: Db): Promise<BerakhlakVersion[]> {
  const versions = await db.selectFrom("behaviour_version").selectAll().orderBy("effective_from", "desc").execute();
  const rows = await db
    .selectFrom("behaviour_indicator")
    .selectAll()
    .orderBy("version_code")
    .orderBy("value_order")
    .orderBy("indicator_order")
    .execute();
  return versions.map((v) => ({
    version: v.version_code,
    title: v.title,
    effectiveFrom: v.effective_from,
    values: group(rows.filter((r) => r.version_code === v.version_code)),
  }));
}

export async function findVersion(db: Db, version: string) {
  return db.selectFrom("behaviour_version").selectAll().where("version_code", "=", version).executeTakeFirst();
}

export async function listDates(db: Db): Promise<{ version: string; effectiveFrom: string }[]> {
  const rows = await db.selectFrom("behaviour_version").select(["version_code", "effective_from"]).execute();
  return rows.map((r) => ({ version: r.version_code, effectiveFrom: r.effective_from }));
}

export async function insertVersion(db: Db, input: CreateBerakhlakVersion, actorId: string, at: Date) {
  await db
    .insertInto("behaviour_version")
    .values({
      version_code: input.version,
      title: input.title,
      effective_from: input.effectiveFrom,
      created_at: at.toISOString(),
      created_by: actorId,
    })
    .execute();
  // The values in the order of the acronym, whatever order they were sent in.
  const ordered = berakhlakSe20of2021.flatMap((known) => input.values.filter((v) => v.code === known.code));
  await insertTexts(db, input.version, ordered);
}

/** The version a new SKP starting on `date` takes (the SE MenPANRB 20/2021 wording when nothing else is known). */
export async function versionInForce(db: Db, date: string): Promise<string> {
  return berakhlakVersionFor(await listDates(db), date) ?? BERAKHLAK_SE_20_2021;
}

export async function valuesOf(db: Db, version: string): Promise<BehaviourValue[]> {
  const rows = await db
    .selectFrom("behaviour_indicator")
    .selectAll()
    .where("version_code", "=", version)
    .orderBy("value_order")
    .orderBy("indicator_order")
    .execute();
  return group(rows);
}

function group(rows: { value_code: BerakhlakValueCode; value_name: string; text: string }[]): BehaviourValue[] {
  const values: BehaviourValue[] = [];
  for (const row of rows) {
    const last = values[values.length - 1];
    if (last && last.code === row.value_code) {
      last.indicators.push(row.text);
    } else {
      values.push({ code: row.value_code, name: row.value_name, indicators: [row.text] });
    }
  }
  return values;
}
