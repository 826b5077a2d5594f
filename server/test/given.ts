import { randomBytes } from "node:crypto";
import type { Jenjang, PlacementKind, PositionKind, Role, UnitKind } from "@simkin/domain";
import { nameSearchKey } from "@simkin/domain";
import type { Db } from "../src/db";
import { newId } from "../src/db/ids";
import * as accounts from "../src/modules/auth/auth.repo";
import { hashPassword } from "../src/modules/auth/password";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`;

/** A valid NIP PNS for a random birth date, unique per call. */
export function validNip(gender: 1 | 2 = 1): string {
  const year = 1970 + Math.floor(Math.random() * 25);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const serial = String(1 + Math.floor(Math.random() * 999)).padStart(3, "0");
  return `${year}${month}${day}${year + 25}03${gender}${serial}`;
}

/** Factories that build the smallest valid world straight in the database, with fresh ids and codes. */
/** The small test office `given.office()` builds: Camat > Kasi > staff, with their positions and units. */
export type Office = Awaited<ReturnType<ReturnType<typeof givenFor>["office"]>>;

export function givenFor(db: Db, clock: () => Date) {
  const at = () => clock().toISOString();

  async function unit(input: { parentId?: string | null; kind?: UnitKind; name?: string; code?: string } = {}) {
    const id = newId();
    const code = input.code ?? `U-${unique().toUpperCase()}`;
    const row = {
      id,
      parent_id: input.parentId ?? null,
      code,
      name: input.name ?? `Unit ${code}`,
      kind: input.kind ?? "seksi",
      version: 1,
      created_at: at(),
      updated_at: at(),
    };
    await db.insertInto("org_unit").values(row).execute();
    return { id, code, name: row.name, kind: row.kind };
  }

  async function position(
    input: {
      unitId?: string;
      kind?: PositionKind;
      jenjang?: Jenjang | null;
      name?: string;
      parentPositionId?: string | null;
      raterPositionId?: string | null;
      leads?: boolean;
    } = {},
  ) {
    const unitId = input.unitId ?? (await unit()).id;
    const id = newId();
    const row = {
      id,
      unit_id: unitId,
      name: input.name ?? `Jabatan ${unique()}`,
      kind: input.kind ?? "pelaksana",
      jenjang: input.jenjang ?? null,
      eselon: null,
      parent_position_id: input.parentPositionId ?? null,
      rater_position_id: input.raterPositionId ?? null,
      leads_unit_id: input.leads ? unitId : null,
      version: 1,
      created_at: at(),
      updated_at: at(),
    };
    await db.insertInto("position").values(row).execute();
    return { id, unitId, name: row.name, kind: row.kind };
  }

  async function employee(input: { name?: string; golongan?: string; nip?: string; email?: string } = {}) {
    const id = newId();
    const nip = input.nip ?? validNip();
    const row = {
      id,
      nip,
      status: "pns" as const,
      name: input.name ?? `Pegawai ${unique()}`.replace(/[0-9]/g, "x"),
      front_title: null,
      back_title: null,
      golongan: input.golongan ?? "III/a",
      gender: nip[14] === "2" ? ("wanita" as const) : ("pria" as const),
      birth_date: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      email: input.email ?? null,
      version: 1,
      created_at: at(),
      updated_at: at(),
    };
    await db
      .insertInto("employee")
      .values({ ...row, name_search: nameSearchKey(row.name) })
      .execute();
    return { id, nip, name: row.name };
  }

  async function placement(input: {
    employeeId: string;
    positionId: string;
    kind?: PlacementKind;
    startDate?: string;
    endDate?: string | null;
    mayRate?: boolean;
  }) {
    const id = newId();
    await db
      .insertInto("placement")
      .values({
        id,
        employee_id: input.employeeId,
        position_id: input.positionId,
        kind: input.kind ?? "definitif",
        start_date: input.startDate ?? "2020-01-01",
        end_date: input.endDate ?? null,
        decree_number: null,
        may_rate: input.mayRate ? 1 : null,
        version: 1,
        created_at: at(),
        updated_at: at(),
      })
      .execute();
    return { id };
  }

  /** An account; with an employee it signs in by NIP as well. A password is hashed only when asked for. */
  async function user(
    input: { roles?: Role[]; employeeId?: string | null; username?: string; password?: string } = {},
  ) {
    const userId = newId();
    const username = input.username ?? `user.${unique()}`;
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    await accounts.insertAccount(
      db,
      { id: userId, username, employeeId: input.employeeId ?? null, passwordHash, at: at() },
      input.roles ?? [],
    );
    return { userId, username };
  }

  const admin = () => user({ roles: ["pengelola_kinerja"] });

  /** An employee placed in a new position, with an account. */
  async function placedEmployee(input: { positionId: string; kind?: PlacementKind; startDate?: string }) {
    const person = await employee();
    await placement({
      employeeId: person.id,
      positionId: input.positionId,
      kind: input.kind,
      startDate: input.startDate,
    });
    const account = await user({ employeeId: person.id, username: person.nip });
    return { ...person, ...account };
  }

  /** A small kecamatan: Camat (administrator) > Kasi (pengawas) > staff (pelaksana), each held and with an account. */
  async function office() {
    const kecamatan = await unit({ kind: "kecamatan", name: "Kecamatan Uji" });
    const seksi = await unit({ kind: "seksi", parentId: kecamatan.id, name: "Seksi Pelayanan Umum" });
    const camatPos = await position({ unitId: kecamatan.id, kind: "administrator", name: "Camat", leads: true });
    const kasiPos = await position({
      unitId: seksi.id,
      kind: "pengawas",
      name: "Kepala Seksi Pelayanan Umum",
      parentPositionId: camatPos.id,
      leads: true,
    });
    const staffPos = await position({
      unitId: seksi.id,
      name: "Pengelola Layanan Operasional",
      parentPositionId: kasiPos.id,
    });
    return {
      kecamatan,
      seksi,
      positions: { camat: camatPos, kasi: kasiPos, staff: staffPos },
      camat: await placedEmployee({ positionId: camatPos.id }),
      kasi: await placedEmployee({ positionId: kasiPos.id }),
      staff: await placedEmployee({ positionId: staffPos.id }),
    };
  }

  return { unit, position, employee, placement, user, admin, placedEmployee, office };
}
