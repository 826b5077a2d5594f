import { berakhlakValueCodes, type Capaian, type EvaluationStatus, type Predikat, type Rating } from "@simkin/domain";
import type { Db } from "../src/db";
import { newId } from "../src/db/ids";
import type { Office } from "./given";
import { insertEvaluationRow } from "./given-evaluation-row";
import { openYear, reportingStaff } from "./given-skp";
import { createTestApp } from "./test-app";

const AT = "2026-04-06T03:00:00.000Z";

const party = (p: { name: string; nip: string }, position: string, unit: string) => ({
  employeeId: null,
  positionId: null,
  name: p.name,
  nip: p.nip,
  pangkat: "Penata Muda, III/a",
  position,
  unit,
});

/** The capaian kinerja organisasi of a unit for a period, recorded from a letter unless set by someone in SIMKIN. */
export async function givenCapaian(
  db: Db,
  input: { unitId: string; period?: string; capaian?: Capaian; recordedBy: string; setBy?: string | null },
) {
  const id = newId();
  const external = !input.setBy;
  await db
    .insertInto("org_capaian")
    .values({
      id,
      unit_id: input.unitId,
      year: 2026,
      period_code: input.period ?? "TW1",
      capaian: input.capaian ?? "baik",
      reason: "Rencana aksi triwulan I tercapai sesuai target yang disepakati",
      source: external ? "external" : "internal",
      set_by_employee_id: input.setBy ?? null,
      recorded_by: input.recordedBy,
      letter_number: external ? "800/123/BKPSDM/2026" : null,
      letter_date: external ? "2026-04-03" : null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

export type GivenEvaluation = {
  skpId: string;
  employee: { id: string; name: string; nip: string };
  rater: { id: string; name: string; nip: string } | null;
  atasan: { id: string; name: string; nip: string } | null;
  unitId: string;
  capaianId: string | null;
  capaian?: Capaian | null;
  status?: EvaluationStatus;
  ratings?: [Rating, Rating, Predikat] | null;
  period?: string;
  positions?: [string, string, string];
};

/** An evaluation row with its snapshot, as the rating part writes it (issue 12 "Data kept"). */
export async function givenEvaluation(db: Db, input: GivenEvaluation) {
  const id = newId();
  const [hasil, perilaku, predikat] = input.ratings ?? [null, null, null];
  const status = input.status ?? "ditetapkan";
  const [pegawaiPos, penilaiPos, atasanPos] = input.positions ?? [
    "Pengelola Layanan Operasional",
    "Kepala Seksi",
    "Camat",
  ];
  const unit = "Seksi Pelayanan Umum, Kecamatan Uji";
  const parties = {
    pegawai: party(input.employee, pegawaiPos, unit),
    penilai: input.rater ? party(input.rater, penilaiPos, unit) : null,
    atasan: input.atasan ? party(input.atasan, atasanPos, "Kecamatan Uji") : null,
  };
  await insertEvaluationRow(db, {
    at: AT,
    id,
    skp_id: input.skpId,
    employee_id: input.employee.id,
    period_code: input.period ?? "TW1",
    unit_id: input.unitId,
    status,
    rater_employee_id: input.rater?.id ?? null,
    atasan_employee_id: input.atasan?.id ?? null,
    capaian_id: input.capaianId,
    capaian: input.capaian === undefined ? "baik" : input.capaian,
    rating_hasil_kerja: hasil,
    rating_perilaku: perilaku,
    predikat,
    rule_version: predikat ? "permenpanrb-6-2022" : null,
    catatan: "Pertahankan ketepatan waktu verifikasi berkas.",
    rekomendasi: "Diikutsertakan pelatihan pelayanan prima.",
    parties_json: JSON.stringify(parties),
    acknowledged_at: status === "diterima" || status === "locked" ? "2026-04-07T02:00:00.000Z" : null,
    locked_at: status === "locked" ? "2026-04-21T02:00:00.000Z" : null,
  });
  return id;
}

/** The rater's realisation and umpan balik per RHK and IKI and per BerAKHLAK value. */
export async function givenEvaluationContent(db: Db, evaluationId: string, rhkId: string, ikiIds: string[]) {
  await db
    .insertInto("evaluation_rhk")
    .values({
      evaluation_id: evaluationId,
      rhk_id: rhkId,
      realisation: "",
      feedback: "Verifikasi berkas konsisten dan tepat waktu; pertahankan register harian.",
      monthly_feedback: "Januari: baik. Februari: baik. Maret: sangat baik.",
    })
    .execute();
  const realisations = ["412 berkas", "98 persen"];
  for (const [i, ikiId] of ikiIds.entries()) {
    await db
      .insertInto("evaluation_iki")
      .values({ evaluation_id: evaluationId, iki_id: ikiId, realisation: realisations[i] ?? "-" })
      .execute();
  }
  for (const code of berakhlakValueCodes) {
    await db
      .insertInto("evaluation_behaviour")
      .values({ evaluation_id: evaluationId, value_code: code, feedback: `Umpan balik ${code.replace(/_/g, " ")}` })
      .execute();
  }
}

export async function givenKeberatan(
  db: Db,
  evaluationId: string,
  decided: { outcome: "dikabulkan" | "ditolak"; external: boolean } | null,
) {
  await db
    .insertInto("keberatan")
    .values({
      id: newId(),
      evaluation_id: evaluationId,
      status: decided ? "diputus" : "diajukan",
      reasons: "Realisasi verifikasi berkas bulan Maret belum diperhitungkan.",
      filed_at: "2026-04-08T02:00:00.000Z",
      explanation: decided ? "Realisasi Maret tercatat setelah evaluasi ditetapkan." : null,
      explained_at: decided ? "2026-04-10T02:00:00.000Z" : null,
      explained_by: null,
      outcome: decided?.outcome ?? null,
      decision: decided ? "Rating hasil kerja diubah menjadi di atas ekspektasi." : null,
      decided_at: decided ? "2026-04-15T02:00:00.000Z" : null,
      decided_by: null,
      source: decided ? (decided.external ? "external" : "internal") : null,
      recorded_by: null,
      letter_number: decided?.external ? "800/77/SETDA/2026" : null,
      letter_date: decided?.external ? "2026-04-14" : null,
      before_json: null,
      after_json: null,
      version: 1,
      updated_at: "2026-04-15T02:00:00.000Z",
    })
    .execute();
}

export async function givenUnitFinalised(db: Db, unitId: string, finalisedBy: string, justification: string | null) {
  const id = newId();
  await db
    .insertInto("unit_evaluation")
    .values({
      id,
      unit_id: unitId,
      year: 2026,
      period_code: "TW1",
      finalised_by: finalisedBy,
      finalised_at: "2026-04-09T03:00:00.000Z",
      justification,
      violations_json: "[]",
      counts_json: "{}",
      version: 1,
    })
    .execute();
  return id;
}

/**
 * 10 April 2026 in the test office: the kecamatan's TW1 capaian (Baik, from a letter), the staff's evaluation set by
 * the Kasi (atasan: the Camat) with its content, and the Kasi's own evaluation by the Camat, both counted in the
 * kecamatan's curve.
 */
export async function evaluationPdfWorld() {
  const t = await createTestApp({ now: "2026-04-10T03:00:00.000Z" });
  const office: Office = await t.given.office();
  await openYear(t.db, 2026);
  const staffSkp = await reportingStaff(t.db, office);
  const kasiSkp = await t.db
    .selectFrom("skp")
    .select("id")
    .where("employee_id", "=", office.kasi.id)
    .executeTakeFirstOrThrow();
  const pengelola = await t.given.admin();
  const auditor = await t.given.user({ roles: ["auditor"] });
  const unitId = office.kecamatan.id;
  const capaianId = await givenCapaian(t.db, { unitId, recordedBy: pengelola.userId });
  const base = { unitId, capaianId };
  const staffEvaluation = await givenEvaluation(t.db, {
    ...base,
    skpId: staffSkp.skpId,
    employee: office.staff,
    rater: office.kasi,
    atasan: office.camat,
    ratings: ["sesuai_ekspektasi", "sesuai_ekspektasi", "baik"],
  });
  await givenEvaluationContent(t.db, staffEvaluation, staffSkp.rhkIds[0] ?? "", staffSkp.ikiIds);
  const kasiEvaluation = await givenEvaluation(t.db, {
    ...base,
    skpId: kasiSkp.id,
    employee: office.kasi,
    rater: office.camat,
    atasan: null,
    ratings: ["di_bawah_ekspektasi", "sesuai_ekspektasi", "butuh_perbaikan"],
    positions: ["Kepala Seksi Pelayanan Umum", "Camat", "-"],
  });
  return { t, office, staffSkp, pengelola, auditor, unitId, capaianId, staffEvaluation, kasiEvaluation };
}
