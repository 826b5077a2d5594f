/**
 * The full IDOR sweep, run by `npm run test:full` (not by `npm test`: it sends some six thousand requests). It is the
 * matrix of idor.test.ts with every account of the seven kelurahan as the attacker (each staff member, Seklur,
 * Kasi and Lurah) instead of one outsider and one rater. None of them is a party to the kecamatan's records the
 * victims are, and none holds an assigned role, so each must get exactly the random id's answer (or 403 where
 * everyone signed in may read the record), and nothing may be written.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Client } from "../test-app";
import { attackedRoutes, attackRoute, resolveVictims } from "./idor-attack";
import { type SeededOffice, seededOffice, WRITE_HINT } from "./seeded-office";
import type { Attacker } from "./victims";

describe("full IDOR sweep: every kelurahan account against every record route", () => {
  let office: SeededOffice;
  let attackers: (readonly [Attacker, string, Client])[] = [];
  before(async () => {
    office = await seededOffice();
    attackers = await kelurahanAccounts(office);
  });
  after(() => office?.t.close());

  it("attacks with most of the office", () => {
    assert.ok(attackers.length >= 50, `only ${attackers.length} kelurahan accounts`);
  });

  for (const endpoint of attackedRoutes()) {
    it(`${endpoint.key} (${endpoint.name})`, async () => {
      const { values, victim } = await resolveVictims(office, endpoint);
      const before = await office.writes();
      const problems = await attackRoute(office, endpoint, victim, values, attackers);
      assert.equal(await office.writes(), before, `${endpoint.key} wrote to the database for an attacker${WRITE_HINT}`);
      assert.deepEqual(problems, [], endpoint.key);
    });
  }
});

/** Signed-in clients of the accounts placed today in a kelurahan unit and holding no assigned role. */
async function kelurahanAccounts(office: SeededOffice) {
  const { db, clock } = office.t;
  const today = clock.now.toISOString().slice(0, 10);
  const rows = await db
    .selectFrom("user_account")
    .innerJoin("placement", "placement.employee_id", "user_account.employee_id")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .leftJoin("user_role", "user_role.user_id", "user_account.id")
    .select(["user_account.id", "user_account.username"])
    .where("org_unit.code", "like", "KEL-%")
    .where("user_role.role", "is", null)
    .where("placement.start_date", "<=", today)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", today)]))
    .distinct()
    .execute();
  return Promise.all(
    rows.map(async (row) => ["outsider", row.username, await office.t.as({ userId: row.id })] as const),
  );
}
