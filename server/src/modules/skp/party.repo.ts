import {
  displayName,
  type IssuingGovernment,
  issuingGovernment,
  type Party,
  pangkatLabel,
  type UnitNode,
  unitPath,
} from "@simkin/domain";
import type { Db } from "../../db";

/** Someone to describe: an employee (or nobody, for a vacant seat) in a position, acting or not. */
export type Seat = { employeeId: string | null; positionId: string; acting: "plt" | "plh" | null };

/** The whole unit tree, by id: small (tens to a few thousand rows) and needed for every unit path. */
export async function unitTree(db: Db): Promise<Map<string, UnitNode>> {
  const rows = await db
    .selectFrom("org_unit")
    .select(["id", "parent_id", "name", "kind", "header_name", "signing_place"])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        parentId: r.parent_id,
        name: r.name,
        kind: r.kind,
        headerName: r.header_name,
        signingPlace: r.signing_place,
      },
    ]),
  );
}

/**
 * The parties as the SKP identity block prints them (REGULATIONS.md §6.1: nama, NIP, pangkat/gol. ruang, jabatan,
 * unit kerja): "Plt."/"Plh." before an acting official's jabatan, the unit as its path with the organisation.
 * A vacant seat is named by its position.
 */
export async function describeSeats(db: Db, seats: readonly (Seat | null)[]): Promise<(Party | null)[]> {
  const present = seats.filter((s): s is Seat => s !== null);
  if (present.length === 0) {
    return seats.map(() => null);
  }
  const positions = await db
    .selectFrom("position")
    .select(["id", "name", "unit_id"])
    .where("id", "in", [...new Set(present.map((s) => s.positionId))])
    .execute();
  const employeeIds = [...new Set(present.flatMap((s) => (s.employeeId ? [s.employeeId] : [])))];
  const employees =
    employeeIds.length === 0
      ? []
      : await db
          .selectFrom("employee")
          .select(["id", "nip", "name", "front_title", "back_title", "golongan"])
          .where("id", "in", employeeIds)
          .execute();
  const tree = await unitTree(db);
  return seats.map((seat) => {
    if (!seat) {
      return null;
    }
    const position = positions.find((p) => p.id === seat.positionId);
    const employee = employees.find((e) => e.id === seat.employeeId);
    const positionName = position?.name ?? "";
    const acting = seat.acting ? `${seat.acting === "plt" ? "Plt." : "Plh."} ` : "";
    return {
      employeeId: seat.employeeId,
      positionId: seat.positionId,
      name: employee ? displayName(employee.front_title, employee.name, employee.back_title) : positionName,
      nip: employee?.nip ?? null,
      pangkat: employee ? pangkatLabel(employee.golongan) : null,
      position: `${acting}${positionName}`,
      unit: position ? unitPath(tree, position.unit_id) : "",
    };
  });
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
      .where("start_date", "<=", date)
      .where((eb) => eb.or([eb("end_date", "is", null), eb("end_date", ">=", date)]))
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
  return issuingGovernment(await unitTree(db), position?.unit_id ?? "");
}
