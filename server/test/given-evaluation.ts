import type { Capaian } from "@simkin/domain";
import type { Db } from "../src/db";
import { newId } from "../src/db/ids";
import { approvedSkp, openYear, reportingStaff } from "./given-skp";
import type { TestApp } from "./test-app";

/**
 * The evaluation world (issue 12): the test office with its staff's approved 2026 SKP, January and February reported
 * (March not yet: "rating before the reports exist"), three colleagues of the staff in the same seksi, and a kelurahan
 * under the kecamatan with its Lurah (rated by the Camat, heads the kelurahan) and a staff member of its own.
 */
export async function evaluationWorld(t: TestApp) {
  await openYear(t.db, 2026);
  const office = await t.given.office();
  const skp = await reportingStaff(t.db, office);
  const [rhkId] = skp.rhkIds;
  const [countIki, percentIki] = skp.ikiIds;
  await submittedReport(t.db, {
    skpId: skp.skpId,
    employeeId: office.staff.id,
    month: 1,
    realisations: { [countIki ?? ""]: "400", [percentIki ?? ""]: "100" },
    feedback: { rhkId: rhkId ?? "", wentWell: "Verifikasi berkas tepat waktu" },
    behaviour: { kolaboratif: "Membantu rekan di loket saat antrean panjang" },
  });
  await submittedReport(t.db, {
    skpId: skp.skpId,
    employeeId: office.staff.id,
    month: 2,
    realisations: { [countIki ?? ""]: "380", [percentIki ?? ""]: "95" },
    feedback: { rhkId: rhkId ?? "", wentWell: "Rekap bulanan rapi" },
    behaviour: {},
  });
  const colleagues = [];
  for (let i = 0; i < 4; i++) {
    const position = await t.given.position({ unitId: office.seksi.id, parentPositionId: office.positions.kasi.id });
    colleagues.push(await t.given.placedEmployee({ positionId: position.id }));
  }
  const kelurahan = await t.given.unit({ kind: "kelurahan", parentId: office.kecamatan.id, name: "Kelurahan Uji" });
  const lurahPos = await t.given.position({
    unitId: kelurahan.id,
    kind: "pengawas",
    name: "Lurah Uji",
    parentPositionId: office.positions.camat.id,
    leads: true,
  });
  const lurah = await t.given.placedEmployee({ positionId: lurahPos.id });
  const kelurahanStaffPos = await t.given.position({ unitId: kelurahan.id, parentPositionId: lurahPos.id });
  const kelurahanStaff = await t.given.placedEmployee({ positionId: kelurahanStaffPos.id });
  const lurahSkp = await approvedSkp(t.db, {
    employeeId: lurah.id,
    positionId: lurahPos.id,
    year: 2026,
    rhk: ["Meningkatnya kualitas pelayanan kelurahan"],
  });
  return {
    office,
    skp,
    colleagues,
    kelurahan,
    lurah,
    lurahPos,
    lurahSkp,
    kelurahanStaff,
    as: {
      kasi: await t.as(office.kasi),
      staff: await t.as(office.staff),
      camat: await t.as(office.camat),
      lurah: await t.as(lurah),
    },
  };
}

export type EvaluationWorld = Awaited<ReturnType<typeof evaluationWorld>>;

/** A submitted monthly report with its realisations, the rater's feedback on one RHK and per BerAKHLAK value. */
export async function submittedReport(
  db: Db,
  input: {
    skpId: string;
    employeeId: string;
    month: number;
    realisations: Record<string, string>;
    feedback: { rhkId: string; wentWell: string };
    behaviour: Record<string, string>;
  },
) {
  const id = newId();
  const at = `2026-0${input.month + 1}-03T02:00:00.000Z`;
  await db
    .insertInto("monthly_report")
    .values({
      id,
      skp_id: input.skpId,
      employee_id: input.employeeId,
      year: 2026,
      month: input.month,
      status: "diajukan",
      achievements: "",
      challenges: "",
      improvements: "",
      overall_feedback: null,
      revision_reason: null,
      submitted_at: at,
      last_submitted_at: at,
      accepted_at: null,
      acknowledged_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [ikiId, value] of Object.entries(input.realisations)) {
    await db.insertInto("report_realisation").values({ report_id: id, iki_id: ikiId, value }).execute();
  }
  await db
    .insertInto("report_feedback")
    .values({
      report_id: id,
      rhk_id: input.feedback.rhkId,
      went_well: input.feedback.wentWell,
      to_improve: "",
      support: "",
    })
    .execute();
  for (const [valueCode, text] of Object.entries(input.behaviour)) {
    await db
      .insertInto("report_behaviour_feedback")
      // The keys are BerAKHLAK value codes written by the tests themselves.
      .values({ report_id: id, value_code: valueCode as "kolaboratif", text })
      .execute();
  }
  return id;
}

/** The head one level up's capaian for a unit and period, straight in the table (the capaian screens are another part). */
export async function givenCapaian(t: TestApp, unitId: string, capaian: Capaian, recordedBy: string) {
  const at = t.clock.now.toISOString();
  await t.db
    .insertInto("org_capaian")
    .values({
      id: newId(),
      unit_id: unitId,
      year: 2026,
      period_code: "TW1",
      capaian,
      reason: "Target kinerja kelurahan tercapai",
      source: "internal",
      set_by_employee_id: null,
      recorded_by: recordedBy,
      letter_number: null,
      letter_date: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** A complete rating body for the staff's SKP. */
export function ratingBody(
  world: EvaluationWorld,
  version: number,
  ratings: { hk?: string | null; pk?: string | null } = {},
) {
  return {
    rhk: world.skp.rhkIds.map((rhkId) => ({
      rhkId,
      realisation: "780 berkas",
      feedback: "Layanan PATEN cepat dan rapi",
    })),
    ikis: world.skp.ikiIds.map((ikiId) => ({ ikiId, realisation: "780" })),
    behaviours: [{ code: "kolaboratif", feedback: "Sigap membantu rekan" }],
    ratingHasilKerja: ratings.hk === undefined ? "di_atas_ekspektasi" : ratings.hk,
    ratingPerilaku: ratings.pk === undefined ? "sesuai_ekspektasi" : ratings.pk,
    catatan: "Pertahankan",
    rekomendasi: "Diikutkan pelatihan pelayanan prima",
    version,
  };
}
