import type { Db } from "../../db";

const DEMO_MARKER = "demo_office";

/** Written by the demo seed in its own transaction: this database holds the fictitious Plaju office. */
export async function markDemoDatabase(db: Db, now: Date): Promise<void> {
  await db
    .insertInto("instance_marker")
    .values({ key: DEMO_MARKER, value: "seed", created_at: now.toISOString() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

export async function isDemoDatabase(db: Db): Promise<boolean> {
  const row = await db.selectFrom("instance_marker").select("key").where("key", "=", DEMO_MARKER).executeTakeFirst();
  return row !== undefined;
}

/** Whether anything was ever entered: an account, a unit or an employee. */
export async function holdsData(db: Db): Promise<boolean> {
  for (const table of ["user_account", "org_unit", "employee"] as const) {
    if (await db.selectFrom(table).select("id").limit(1).executeTakeFirst()) {
      return true;
    }
  }
  return false;
}
