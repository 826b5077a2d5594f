import type { EmailChoiceKind, EmailPreference, NotificationKind } from "@simkin/domain";
import type { Db } from "../../db";

/** The user's stored choices; kinds without a row are on. */
export async function choicesOf(db: Db, userId: string): Promise<Map<NotificationKind, boolean>> {
  const rows = await db
    .selectFrom("notification_email_pref")
    .select(["kind", "email"])
    .where("user_id", "=", userId)
    .execute();
  return new Map(rows.map((r) => [r.kind, r.email === 1]));
}

/** Whether the user wants this kind by e-mail (on unless they turned it off). */
export async function wantsEmail(db: Db, userId: string, kind: EmailChoiceKind): Promise<boolean> {
  const row = await db
    .selectFrom("notification_email_pref")
    .select("email")
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .executeTakeFirst();
  return row?.email !== 0;
}

/** Stores each choice sent, replacing the one before; kinds not sent keep theirs. */
export async function save(db: Db, userId: string, items: readonly EmailPreference[], at: string): Promise<void> {
  for (const item of items) {
    await db
      .insertInto("notification_email_pref")
      .values({ user_id: userId, kind: item.kind, email: item.email ? 1 : 0, updated_at: at })
      .onConflict((oc) => oc.columns(["user_id", "kind"]).doUpdateSet({ email: item.email ? 1 : 0, updated_at: at }))
      .execute();
  }
}
