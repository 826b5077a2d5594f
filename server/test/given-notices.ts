import assert from "node:assert/strict";
import { sql } from "kysely";
import type { Office } from "./given";
import type { TestApp } from "./test-app";

/** Who could wrongly be told of a step in the test office: a colleague, the rater's rater, a pengelola kinerja. */
export async function bystanders(t: TestApp, office: Office) {
  const colleague = await t.given.placedEmployee({ positionId: office.positions.staff.id });
  const seat = await t.given.position({ unitId: office.kecamatan.id, parentPositionId: office.positions.camat.id });
  const person = await t.given.employee();
  await t.given.placement({ employeeId: person.id, positionId: seat.id });
  const pengelola = { ...person, ...(await t.given.user({ roles: ["pengelola_kinerja"], employeeId: person.id })) };
  return { colleague, pengelola };
}

/** Gives everyone in the office an address, so the test sees whose e-mail is queued. */
export async function withAddresses(t: TestApp, people: readonly { id: string }[]) {
  for (const [i, person] of people.entries()) {
    await t.db
      .updateTable("employee")
      .set({ email: `orang${i}@kec-uji.example` })
      .where("id", "=", person.id)
      .execute();
  }
}

export type Told = { kind: string; title: string; body: string; link: string; email: string | null };

/** What each account was told since the start of the test: the in-app notices with the e-mail each queued. */
export async function toldTo(t: TestApp, userId: string): Promise<Told[]> {
  const rows = await t.db
    .selectFrom("notification")
    .select(["kind", "title", "body", "link"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const mails = await t.db.selectFrom("outbound_email").select(["to_address", "subject"]).execute();
  const address = await t.db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select("employee.email")
    .where("user_account.id", "=", userId)
    .executeTakeFirst();
  return rows.map((r) => ({
    ...r,
    email:
      mails.find((m) => m.to_address === address?.email && m.subject === `[SIMKIN] ${r.title}`)?.to_address ?? null,
  }));
}

/** Asserts that none of these accounts was told anything. */
export async function assertNobodyElse(t: TestApp, who: Record<string, { userId: string }>) {
  for (const [name, person] of Object.entries(who)) {
    assert.deepEqual(await toldTo(t, person.userId), [], `${name} must not be told`);
  }
}

/** Makes every e-mail insert fail, so a step that notifies fails after its notice was written (and must roll back). */
export async function refuseMail(t: TestApp) {
  if (process.env.TEST_DATABASE_URL) {
    await sql`create function refuse_mail() returns trigger as $$ begin raise exception 'mail refused'; end $$ language plpgsql`.execute(
      t.db,
    );
    await sql`create trigger refuse_mail before insert on outbound_email for each row execute function refuse_mail()`.execute(
      t.db,
    );
  } else {
    await sql`create trigger refuse_mail before insert on outbound_email begin select raise(abort, 'mail refused'); end`.execute(
      t.db,
    );
  }
}
