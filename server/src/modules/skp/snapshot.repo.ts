import type { Party, Signatories } from "@simkin/domain";
import type { Db } from "../../db";
import type { SkpEventPartyTable } from "../../db/schema-skp";

type Role = SkpEventPartyTable["role"];
const roles: Record<Role, keyof Signatories> = {
  pegawai: "employee",
  penilai: "rater",
  atasan: "atasanRater",
  pengelola: "pengelola",
};

/** Keeps who stood where with a workflow step (issue 9 rule 3): the printout of that step reads this, not the chart. */
export async function saveSignatories(db: Db, eventId: string, signatories: Signatories): Promise<void> {
  const rows = (Object.keys(roles) as Role[]).flatMap((role) => {
    const party = signatories[roles[role]];
    return party
      ? [
          {
            event_id: eventId,
            role,
            employee_id: party.employeeId,
            position_id: party.positionId,
            name: party.name,
            nip: party.nip,
            pangkat: party.pangkat,
            position_name: party.position,
            unit_path: party.unit,
          },
        ]
      : [];
  });
  if (rows.length > 0) {
    await db.insertInto("skp_event_party").values(rows).execute();
  }
}

/** The snapshots of the given events, by event id; events without one are absent. */
export async function loadSignatories(db: Db, eventIds: readonly string[]): Promise<Map<string, Signatories>> {
  const found = new Map<string, Signatories>();
  if (eventIds.length === 0) {
    return found;
  }
  const rows = await db
    .selectFrom("skp_event_party")
    .selectAll()
    .where("event_id", "in", [...eventIds])
    .execute();
  const byEvent = new Map<string, Partial<Signatories>>();
  for (const row of rows) {
    const party: Party = {
      employeeId: row.employee_id,
      positionId: row.position_id,
      name: row.name,
      nip: row.nip,
      pangkat: row.pangkat,
      position: row.position_name,
      unit: row.unit_path,
    };
    byEvent.set(row.event_id, { ...byEvent.get(row.event_id), [roles[row.role]]: party });
  }
  for (const [eventId, parts] of byEvent) {
    if (parts.employee) {
      const { employee, rater = null, atasanRater = null, pengelola = null } = parts;
      found.set(eventId, { employee, rater, atasanRater, pengelola });
    }
  }
  return found;
}
