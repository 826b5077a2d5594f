import type { Db } from "../src/db";
import { newId } from "../src/db/ids";
import type { Office } from "./given";
import type { TestApp } from "./test-app";

/** Opens a performance year directly in the database. */
export async function openYear(db: Db, year: number, at = "2026-01-02T00:00:00.000Z") {
  await db
    .insertInto("performance_year")
    .values({
      id: newId(),
      year,
      status: "open",
      skp_deadline: `${year}-01-31`,
      cadence: "triwulan",
      report_due_day: 5,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** An approved SKP with the given RHK texts, as a rater needs before subordinates can intervene their RHK. */
export async function approvedSkp(
  db: Db,
  input: { employeeId: string; positionId: string; year: number; rhk: string[]; status?: "disetujui" | "draft" },
) {
  const skpId = newId();
  const at = "2026-01-10T00:00:00.000Z";
  await db
    .insertInto("skp")
    .values({
      id: skpId,
      year: input.year,
      employee_id: input.employeeId,
      position_id: input.positionId,
      revision: 1,
      previous_id: null,
      status: input.status ?? "disetujui",
      model: "ja_jf",
      approach: "kuantitatif",
      behaviour_set: "SE-20-2021",
      period_start: `${input.year}-01-01`,
      period_end: `${input.year}-12-31`,
      return_reason: null,
      submitted_at: at,
      approved_at: input.status === "draft" ? null : at,
      approved_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const rhkIds: string[] = [];
  for (const [i, text] of input.rhk.entries()) {
    const id = newId();
    rhkIds.push(id);
    await db
      .insertInto("skp_rhk")
      .values({
        id,
        skp_id: skpId,
        sort_order: i,
        kind: "utama",
        text,
        parent_rhk_id: null,
        perspektif: null,
        from_assignment_id: null,
      })
      .execute();
  }
  return { skpId, rhkIds };
}

/**
 * The staff member of the test office with an approved 2026 SKP intervening the Kasi's approved RHK, one RHK and two
 * IKI (a count of berkas, a percentage), ready to report on.
 */
export async function reportingStaff(db: Db, office: Office) {
  const kasi = await approvedSkp(db, {
    employeeId: office.kasi.id,
    positionId: office.positions.kasi.id,
    year: 2026,
    rhk: ["Meningkatnya kualitas pelayanan PATEN"],
  });
  const staffSkp = await approvedSkp(db, {
    employeeId: office.staff.id,
    positionId: office.positions.staff.id,
    year: 2026,
    rhk: ["Terlayaninya permohonan PATEN"],
  });
  await db
    .updateTable("skp_rhk")
    .set({ parent_rhk_id: kasi.rhkIds[0] ?? null })
    .where("skp_id", "=", staffSkp.skpId)
    .execute();
  const ikis = [
    { aspek: "kuantitas" as const, indicator: "Jumlah berkas diverifikasi", target: "1.500", unit: "berkas" },
    { aspek: "waktu" as const, indicator: "Persentase berkas ≤ 1 hari", target: "100", unit: "persen" },
  ];
  const ikiIds: string[] = [];
  for (const [i, iki] of ikis.entries()) {
    const id = newId();
    ikiIds.push(id);
    await db
      .insertInto("skp_iki")
      .values({ id, rhk_id: staffSkp.rhkIds[0] ?? "", sort_order: i, ...iki })
      .execute();
  }
  return { ...staffSkp, ikiIds };
}

/** Adds IKI to an RHK made by approvedSkp, in order; returns their ids (the columns of the leader's MPH). */
export async function addIkis(db: Db, rhkId: string, indicators: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, indicator] of indicators.entries()) {
    const id = newId();
    ids.push(id);
    await db
      .insertInto("skp_iki")
      .values({ id, rhk_id: rhkId, sort_order: i, aspek: "kuantitas", indicator, target: "100", unit: "persen" })
      .execute();
  }
  return ids;
}

/** A complete, submittable draft body intervening the given rater RHK. */
export function completeContent(parentRhkId: string | null, version: number) {
  return {
    model: "ja_jf",
    approach: "kuantitatif",
    rhk: [
      {
        kind: "utama",
        text: "Terlayaninya permohonan PATEN sesuai standar pelayanan",
        parentRhkId,
        ikis: [
          {
            aspek: "kuantitas",
            indicator: "Jumlah berkas permohonan yang diterima dan diverifikasi",
            target: "1.500",
            unit: "berkas",
          },
          { aspek: "waktu", indicator: "Persentase berkas diverifikasi ≤ 1 hari kerja", target: "100", unit: "persen" },
        ],
      },
    ],
    lampiran: {
      dukungan_sumber_daya: ["Komputer dan koneksi internet di loket PATEN"],
      skema_pertanggungjawaban: ["Hasil kerja dilaporkan setiap bulan"],
      konsekuensi: ["Apabila memenuhi ekspektasi akan diberikan penghargaan"],
    },
    version,
  };
}

/**
 * A pengelola kinerja (a fresh one) reviews a submitted SKP, as the year's review setting requires before the rater
 * may approve it (issue 9 rule 1); returns the SKP's new version.
 */
export async function reviewedByPengelola(t: TestApp, skpId: string, version: number): Promise<number> {
  const pengelola = await t.given.admin();
  const res = await (await t.as(pengelola)).post(`/api/skps/${skpId}/review`, { version });
  if (res.statusCode !== 200) {
    throw new Error(`review failed: ${res.statusCode} ${res.body}`);
  }
  return JSON.parse(res.body).version;
}
