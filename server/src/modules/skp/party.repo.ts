import {
  displayName,
  type IssuingGovernment,
  issuingGovernment,
  type Party,
  type ResolvedOfficer,
  unitPath,
} from "@simkin/domain";
import type { Db } from "../../db";
import { describeOfficers } from "../org/chart.repo";
import { placementDuring } from "../org/placement.repo";
import { loadUnitsAbove } from "../org/unit-slice.repo";

/** Someone to describe: an employee (or nobody, for a vacant seat) in a position, acting or not. */
export type Seat = Pick<ResolvedOfficer, "employeeId" | "positionId" | "acting">;

/** "Plt. " or "Plh. " before an acting official's jabatan, as forms print it; "" for a definitive holder. */
export function actingPrefix(acting: Seat["acting"]): string {
  return acting ? `${acting === "plt" ? "Plt." : "Plh."} ` : "";
}

/**
 * The parties as the SKP identity block prints them (REGULATIONS.md §6.1: nama, NIP, pangkat/gol. ruang, jabatan,
 * unit kerja): "Plt."/"Plh." before an acting official's jabatan, the unit as its path with the organisation.
 * A vacant seat is named by its position. Built on describeOfficers, the one description of an officer.
 */
export async function describeSeats(db: Db, seats: readonly (Seat | null)[]): Promise<(Party | null)[]> {
  const officers = await describeOfficers(
    db,
    seats.map((seat) => (seat ? { ...seat, delegated: false } : null)),
  );
  if (officers.every((o) => o === null)) {
    return officers.map(() => null);
  }
  const tree = await loadUnitsAbove(
    db,
    officers.flatMap((o) => (o?.unitId ? [o.unitId] : [])),
  );
  return officers.map((officer) =>
    officer
      ? {
          employeeId: officer.employeeId,
          positionId: officer.positionId,
          name: officer.employeeName ?? officer.positionName,
          nip: officer.nip,
          pangkat: officer.pangkat,
          position: `${actingPrefix(officer.acting)}${officer.positionName}`,
          unit: officer.unitId ? unitPath(tree, officer.unitId) : "",
        }
      : null,
  );
}

/**
 * A pengelola kinerja as the review step names them: their definitive position on the date when they are an
 * employee, else their account name (a pengelola kinerja need not hold a position in the chart).
 */
export async function describeReviewer(db: Db, userId: string, date: string): Promise<Party> {
  const account = await db
    .selectFrom("user_account")
    .select(["username", "employee_id"])
    .where("id", "=", userId)
    .executeTakeFirst();
  const employeeId = account?.employee_id ?? null;
  if (employeeId) {
    const placement = await db
      .selectFrom("placement")
      .select("position_id")
      .where("employee_id", "=", employeeId)
      .where("kind", "=", "definitif")
      .where((eb) => placementDuring(eb, date))
      .orderBy("start_date", "desc")
      .executeTakeFirst();
    if (placement) {
      const [party] = await describeSeats(db, [{ employeeId, positionId: placement.position_id, acting: null }]);
      if (party) {
        return party;
      }
    }
  }
  return {
    employeeId,
    positionId: null,
    name: account?.username ?? "",
    nip: null,
    pangkat: null,
    position: "Pengelola Kinerja",
    unit: "",
  };
}

/** The instansi and the signing place printed for a position, from the pemerintah daerah above its unit. */
export async function governmentOf(db: Db, positionId: string): Promise<IssuingGovernment> {
  const position = await db.selectFrom("position").select("unit_id").where("id", "=", positionId).executeTakeFirst();
  return issuingGovernment(await loadUnitsAbove(db, position ? [position.unit_id] : []), position?.unit_id ?? "");
}

/** How a user account is named on screen: its employee's name with titles, else the username; null if unknown. */
export async function accountName(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("user_account")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select(["user_account.username", "employee.name", "employee.front_title", "employee.back_title"])
    .where("user_account.id", "=", userId)
    .executeTakeFirst();
  if (!row) {
    return null;
  }
  return row.name ? displayName(row.front_title, row.name, row.back_title) : row.username;
}
