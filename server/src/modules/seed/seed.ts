import { nameSearchKey, parseEmployeeNumber, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import * as audit from "../audit/audit.repo";
import * as accounts from "../auth/auth.repo";
import { hashPassword } from "../auth/password";
import { loadChartHistory } from "../org/chart.repo";
import * as skps from "../skp/skp.repo";
import { markDemoDatabase } from "./demo-marker";
import { golonganFor, makeNiPppk, makeNip, makePerson, type Person, type Random, randomSource } from "./people";
import { type PositionSeed, plajuPositions, plajuUnits } from "./plaju-structure";
import { seedDialogues } from "./seed-dialogues";
import { seedEvaluations } from "./seed-evaluations";
import { KUALITATIF_SEAT } from "./seed-kualitatif";
import { seedReports } from "./seed-reports";
import { seedSkpsForYear } from "./seed-skp";
import { stepWriter } from "./seed-skp-steps";
import { sampleExpectations, templateFor } from "./skp-templates";

export type SeedOptions = { password: string; now: Date };

/** Seats left vacant in the demo, to exercise acting officials and rater resolution (SEED-VOCABULARY.md §7.3). */
const vacantSeats = new Set(["head:KEL-KMP", "head:KEL-BGK-TRANTIB"]);
/** The persona accounts and the seats their employees sit in. */
const personaSeats: Record<string, string> = {
  camat: "head:KEC",
  sekcam: "head:SEK",
  "kasi.yanum": "head:YANUM",
  "lurah.talangputri": "head:KEL-TPT",
  "staf.yanum": "staf-yanum",
  "staf.talangputri": "KEL-TPT-ops",
  "penata.yanum": KUALITATIF_SEAT,
  prakom: "prakom",
  pengelola: "pengelola",
};

/**
 * Fills an empty database with the Plaju demo office: units, positions, about 110 employees with valid NIPs,
 * their placements (with a Plt, a Plh and a mid-year move) and one account per employee plus the persona accounts.
 */
export async function seedDemoOffice(db: Db, options: SeedOptions): Promise<void> {
  const r = randomSource(20260101);
  const year = Number(options.now.toISOString().slice(0, 4));
  const at = options.now.toISOString();
  // One hash for every demo account: the password is published on the login page anyway.
  const passwordHash = await hashPassword(options.password);

  await db.transaction().execute(async (trx) => {
    const unitIds = await insertUnits(trx, at);
    const seats = await insertPositions(trx, unitIds, at);
    const holders = new Map<string, string>();
    let serial = 1;
    for (const seat of plajuPositions()) {
      if (seat.kind === "kepala_daerah" || vacantSeats.has(seat.key)) {
        continue;
      }
      const employeeId = await insertEmployee(trx, r, seat, serial++, year, at);
      holders.set(seat.key, employeeId);
      const tmt = `${r.int(year - 7, year - 1)}-${String(r.int(1, 12)).padStart(2, "0")}-01`;
      await insertPlacement(trx, employeeId, seatId(seats, seat.key), "definitif", tmt, null, at);
    }
    await insertActingAndMoves(trx, r, seats, holders, serial, year, at);
    await insertAccounts(trx, holders, passwordHash, at);
    await seedPlanning(trx, r, { seats, unitIds, year, today: wibDate(options.now), at });
    await markDemoDatabase(trx, options.now);
    await audit.record(trx, null, options.now, {
      action: "seed.demo_office",
      subjectType: "system",
      subjectId: "seed",
    });
  });
}

/** Last year complete (closed, every SKP approved); this year open, with the story told in YearStory. */
async function seedPlanning(
  db: Db,
  r: Random,
  ctx: { seats: Map<string, string>; unitIds: Map<string, string>; year: number; today: string; at: string },
) {
  const { seats, unitIds, year, at } = ctx;
  await insertYear(db, year - 1, "closed", at);
  await insertYear(db, year, "open", at);
  for (const y of [year - 1, year]) {
    await insertPkTargets(db, unitIds, y, at);
  }
  const all = { notStarted: () => false, planFor: () => ({ status: "disetujui" as const }) };
  await seedSkpsForYear(db, r, year - 1, `${year - 1}-12-31`, all, at);
  const id = (key: string) => seatId(seats, key);
  const story = {
    notStarted: (seat: { positionId: string }) => seat.positionId === id("head:KEL-TPT"),
    planFor: (seat: { positionId: string }) => {
      if (seat.positionId === id("pem-1")) {
        return {
          status: "dikembalikan" as const,
          note: "Target jumlah telaahan belum sesuai rencana kerja seksi; sesuaikan menjadi 24 dokumen dan lengkapi IKI aspek waktu.",
        };
      }
      if (seat.positionId === id("yanum-3")) {
        return { status: "diajukan" as const };
      }
      // Reviewed by the pengelola kinerja, waiting for the rater's approval.
      if (seat.positionId === id("KEL-BGK-ops")) {
        return { status: "direviu" as const };
      }
      return { status: seat.positionId === id("KEL-PJI-adm") ? ("draft" as const) : ("disetujui" as const) };
    },
    kualitatif: (seat: { positionId: string }) => seat.positionId === id(KUALITATIF_SEAT),
  };
  const today = ctx.today.startsWith(`${year}-`) ? ctx.today : `${year}-12-31`;
  await seedSkpsForYear(db, r, year, today, story, at);
  if (today >= `${year}-04-10`) {
    await reviseOnce(db, id("prakom"), year, at);
  }
  await seedReports(db, r, { year: year - 1, lastMonth: 12, complete: true, dueDay: 5, at });
  await seedReports(db, r, { year, lastMonth: Number(today.slice(5, 7)), complete: false, dueDay: 5, at });
  await seedDialogues(db, r, { year: year - 1, today });
  await seedDialogues(db, r, { year, today });
  await seedEvaluations(db, r, {
    year,
    now: new Date(at),
    story: {
      broken: { unitId: unitIds.get("KEL-PJI") ?? "", periodCode: "TW2" },
      granted: id("kesos-1"),
      rejected: id("head:TRANTIB"),
      drafts: [id("yanum-4"), id("yanum-2")],
      awaiting: id("staf-yanum"),
      favoured: [id("analis-kebijakan")],
    },
  });
}

async function insertYear(db: Db, year: number, status: "open" | "closed", at: string) {
  await db
    .insertInto("performance_year")
    .values({
      id: newId(),
      year,
      status,
      skp_deadline: `${year}-01-31`,
      cadence: "triwulan",
      report_due_day: 5,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Perjanjian Kinerja of the kecamatan (the Camat's) and of each kelurahan (the Lurah's). */
async function insertPkTargets(db: Db, unitIds: Map<string, string>, year: number, at: string) {
  const units = [...unitIds.entries()].filter(([code]) => code === "KEC" || /^KEL-[A-Z]+$/.test(code));
  for (const [code, unitId] of units) {
    const template = templateFor(code === "KEC" ? "Camat Plaju" : "Lurah");
    const rows = template.flatMap((rhk) =>
      rhk.ikis.map((iki) => ({
        id: newId(),
        year,
        unit_id: unitId,
        sasaran: rhk.text,
        indicator: iki.indicator,
        target: iki.target,
        unit: iki.unit,
        version: 1,
        created_at: at,
        updated_at: at,
      })),
    );
    await db.insertInto("pk_target").values(rows).execute();
  }
}

/** One revision in the demo: the Pranata Komputer raised a target after approval; revision 1 is kept as "diganti". */
async function reviseOnce(db: Db, positionId: string, year: number, at: string) {
  const first = await db
    .selectFrom("skp")
    .selectAll()
    .where("position_id", "=", positionId)
    .where("year", "=", year)
    .where("status", "=", "disetujui")
    .executeTakeFirst();
  if (!first) {
    return;
  }
  const revisionId = newId();
  const writer = stepWriter(db, await loadChartHistory(db));
  const skp = {
    id: revisionId,
    employeeId: first.employee_id,
    positionId: first.position_id,
    heldAs: "definitif" as const,
  };
  const approvedAt = `${year}-04-09T03:00:00.000Z`;
  await skps.insert(db, {
    ...first,
    id: revisionId,
    revision: 2,
    previous_id: first.id,
    submitted_at: `${year}-04-08T03:00:00.000Z`,
    approved_at: approvedAt,
    approved_by: writer.raterOn(skp, approvedAt),
    reviewed_at: `${year}-04-08T07:00:00.000Z`,
    created_at: at,
    updated_at: at,
  });
  const rhk = (await skps.loadRhk(db, first.id)).map(skps.rhkAsInput).map((r) => ({
    ...r,
    ikis: r.ikis.map((iki) => (iki.unit === "konten" ? { ...iki, target: "60" } : iki)),
  }));
  await skps.replaceContent(db, revisionId, rhk, await skps.loadLampiran(db, first.id));
  await skps.replaceExpectations(db, revisionId, sampleExpectations);
  await skps.copyExpectationVersions(db, first.id, revisionId);
  await skps.setStatus(db, first.id, "diganti", at);
  await skps.addEvent(db, {
    skpId: first.id,
    at: new Date(`${year}-04-09T03:00:00.000Z`),
    actorId: null,
    action: "superseded",
  });
  // The employee starts the revision and submits it; a pengelola reviews it; the rater of that day approves it.
  await skps.addEvent(db, {
    skpId: revisionId,
    at: new Date(`${year}-04-08T02:00:00.000Z`),
    actorId: await writer.accountOf(first.employee_id),
    action: "revision_started",
  });
  const takenBy = await writer.write(skp, [
    { action: "submitted", at: `${year}-04-08T03:00:00.000Z` },
    { action: "reviewed", at: `${year}-04-08T07:00:00.000Z` },
    { action: "approved", at: approvedAt },
  ]);
  await db
    .updateTable("skp")
    .set({ reviewed_by: takenBy.get("reviewed") ?? null })
    .where("id", "=", revisionId)
    .execute();
}

async function insertUnits(db: Db, at: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of plajuUnits()) {
    const id = newId();
    ids.set(unit.code, id);
    const parentId = unit.parent ? (ids.get(unit.parent) ?? null) : null;
    await db
      .insertInto("org_unit")
      .values({
        id,
        parent_id: parentId,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return ids;
}

async function insertPositions(db: Db, unitIds: Map<string, string>, at: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const seat of plajuPositions()) {
    const id = newId();
    ids.set(seat.key, id);
    const unitId = unitIds.get(seat.unit) as string; // every seat names a unit of plajuUnits()
    await db
      .insertInto("position")
      .values({
        id,
        unit_id: unitId,
        name: seat.name,
        kind: seat.kind,
        jenjang: seat.jenjang ?? null,
        eselon: seat.eselon ?? null,
        parent_position_id: seat.parent ? (ids.get(seat.parent) ?? null) : null,
        rater_position_id: null,
        leads_unit_id: seat.leads ? unitId : null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return ids;
}

function seatId(seats: Map<string, string>, key: string): string {
  const id = seats.get(key);
  if (!id) {
    throw new Error(`Seed: unknown seat ${key}`);
  }
  return id;
}

async function insertEmployee(db: Db, r: Random, seat: PositionSeed, serial: number, year: number, at: string) {
  const structural = seat.kind !== "pelaksana" && seat.kind !== "fungsional";
  const band = structural ? "pejabat" : (seat.band ?? "sma");
  // An Ahli Muda (III/c-III/d) has served a decade or more.
  const ages: [number, number] =
    structural || seat.jenjang === "ahli_muda" ? [40, 56] : seat.pppk ? [30, 50] : [26, 56];
  const person = makePerson(r, band, ages, year);
  const nip = seat.pppk ? makeNiPppk(r, person, serial, r.int(2022, 2025)) : makeNip(r, person, serial, year - 2);
  return writeEmployee(db, person, nip, seat.pppk ? "pppk" : "pns", golonganFor(r, seat, band, seat.pppk ?? false), at);
}

async function writeEmployee(
  db: Db,
  person: Person,
  nip: string,
  status: "pns" | "pppk",
  golongan: string,
  at: string,
) {
  const parsed = parseEmployeeNumber(status, nip);
  if (!parsed.ok) {
    throw new Error(`Seed produced an invalid NIP ${nip}: ${parsed.error.message}`);
  }
  const id = newId();
  await db
    .insertInto("employee")
    .values({
      id,
      nip,
      status,
      name: person.name,
      name_search: nameSearchKey(person.name),
      front_title: person.frontTitle,
      back_title: person.backTitle,
      golongan,
      gender: parsed.value.gender,
      birth_date: parsed.value.birthDate,
      email: `${person.name.toLowerCase().replace(/[^a-z]+/g, ".")}.${nip.slice(-3)}@kec-plaju.example`,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

async function insertPlacement(
  db: Db,
  employeeId: string,
  positionId: string,
  kind: "definitif" | "plt" | "plh",
  startDate: string,
  endDate: string | null,
  at: string,
  decreeNumber: string | null = null,
  mayRate = false,
) {
  await db
    .insertInto("placement")
    .values({
      id: newId(),
      employee_id: employeeId,
      position_id: positionId,
      kind,
      start_date: startDate,
      end_date: endDate,
      decree_number: decreeNumber,
      may_rate: mayRate ? 1 : null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/**
 * A Plt Lurah Komperta (the Kasi Pemerintahan) from the first working day of the year, before the SKPs are agreed; a
 * Plh Kasi Trantib Bagus Kuning (its Seklur) whose surat perintah lets him rate; a mid-year move.
 */
async function insertActingAndMoves(
  db: Db,
  r: Random,
  seats: Map<string, string>,
  holders: Map<string, string>,
  serial: number,
  year: number,
  at: string,
) {
  const kasiPem = holders.get("head:PEM") as string; // seeded above
  await insertPlacement(
    db,
    kasiPem,
    seatId(seats, "head:KEL-KMP"),
    "plt",
    `${year}-01-02`,
    null,
    at,
    `800/${year}/PLT-01`,
  );
  const seklurBgk = holders.get("head:KEL-BGK-SEK") as string; // seeded above
  const trantibBgk = seatId(seats, "head:KEL-BGK-TRANTIB");
  await insertPlacement(db, seklurBgk, trantibBgk, "plh", `${year}-10-01`, null, at, `800/${year}/PLH-01`, true);

  const mover = makePerson(r, "s1", [28, 40], year);
  const moverId = await writeEmployee(db, mover, makeNip(r, mover, serial, year - 3), "pns", "III/b", at);
  await insertPlacement(db, moverId, seatId(seats, "pem-2"), "definitif", `${year - 3}-03-01`, `${year}-06-30`, at);
  await insertPlacement(db, moverId, seatId(seats, "KEL-PJU-pem"), "definitif", `${year}-07-01`, null, at);
}

async function insertAccounts(db: Db, holders: Map<string, string>, passwordHash: string, at: string) {
  const personaOf = new Map(Object.entries(personaSeats).map(([username, seat]) => [holders.get(seat), username]));
  const employees = await db.selectFrom("employee").select(["id", "nip"]).execute();
  for (const employee of employees) {
    const username = personaOf.get(employee.id) ?? employee.nip;
    // A second pengelola kinerja in the kepegawaian subbagian reviews the SKP of the first (nobody reviews their own).
    const roles =
      username === "pengelola" || employee.id === holders.get("subuk-1") ? (["pengelola_kinerja"] as const) : [];
    await accounts.insertAccount(db, { id: newId(), username, employeeId: employee.id, passwordHash, at }, roles);
  }
  await accounts.insertAccount(db, { id: newId(), username: "auditor", employeeId: null, passwordHash, at }, [
    "auditor",
  ]);
  await accounts.insertAccount(db, { id: newId(), username: "admin", employeeId: null, passwordHash, at }, [
    "super_admin",
  ]);
}
