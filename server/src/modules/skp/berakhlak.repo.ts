import { BERAKHLAK_SE_20_2021, type BerakhlakValueCode, berakhlakSe20of2021 } from "@simkin/domain";
import type { Db } from "../../db";

export type BehaviourValue = { code: BerakhlakValueCode; name: string; indicators: string[] };

/** Writes the SE MenPANRB 20/2021 wording as master data once; later versions are added beside it, never over it. */
export async function ensureBerakhlakMaster(db: Db): Promise<void> {
  const existing = await db
    .selectFrom("behaviour_indicator")
    .select("version_code")
    .where("version_code", "=", BERAKHLAK_SE_20_2021)
    .executeTakeFirst();
  if (existing) {
    return;
  }
  const rows = berakhlakSe20of2021.flatMap((value, valueIndex) =>
    value.indicators.map((text, i) => ({
      version_code: BERAKHLAK_SE_20_2021,
      value_code: value.code,
      value_order: valueIndex + 1,
      value_name: value.name,
      indicator_order: i + 1,
      text,
    })),
  );
  await db.insertInto("behaviour_indicator").values(rows).execute();
}

export async function listVersions(db: Db): Promise<{ version: string; values: BehaviourValue[] }[]> {
  const rows = await db
    .selectFrom("behaviour_indicator")
    .selectAll()
    .orderBy("version_code")
    .orderBy("value_order")
    .orderBy("indicator_order")
    .execute();
  const versions = [...new Set(rows.map((r) => r.version_code))];
  return versions.map((version) => ({ version, values: group(rows.filter((r) => r.version_code === version)) }));
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
