import type { Rating } from "@simkin/domain";
import { predikatFor } from "@simkin/domain";
import type { Db } from "../src/db";
import type { Office } from "./given";
import { insertEvaluationRow } from "./given-evaluation-row";
import { approvedSkp, openYear } from "./given-skp";
import { multipart } from "./multipart";
import { createTestApp } from "./test-app";

/** A one-page PDF's first bytes: enough for the upload's type sniffing. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/**
 * The staff member's TW1 evaluation, rated by the Kasi and set (ditetapkan) with its result delivered at
 * `receivedAt`: the state the rating helper's finalise leaves it in. The Camat is the atasan penilai.
 */
export async function deliveredEvaluation(
  db: Db,
  office: Office,
  input: {
    receivedAt: string;
    ratings?: [Rating, Rating];
    status?: "ditetapkan" | "diterima" | "draft" | "locked";
    atasanExternal?: boolean;
    periodCode?: string;
    /** Another period of an SKP already made. */
    skpId?: string;
  },
) {
  const skpId =
    input.skpId ??
    (
      await approvedSkp(db, {
        employeeId: office.staff.id,
        positionId: office.positions.staff.id,
        year: 2026,
        rhk: ["Terlayaninya permohonan administrasi kependudukan"],
      })
    ).skpId;
  const [hasil, perilaku] = input.ratings ?? ["sesuai_ekspektasi", "sesuai_ekspektasi"];
  const id = await insertEvaluationRow(db, {
    at: input.receivedAt,
    skp_id: skpId,
    employee_id: office.staff.id,
    period_code: input.periodCode ?? "TW1",
    unit_id: office.kecamatan.id,
    status: input.status ?? "ditetapkan",
    rater_employee_id: office.kasi.id,
    atasan_employee_id: office.camat.id,
    atasan_external: input.atasanExternal ? 1 : 0,
    capaian: "baik",
    rating_hasil_kerja: hasil,
    rating_perilaku: perilaku,
    predikat: predikatFor(hasil, perilaku),
    rule_version: "permenpanrb-6-2022",
    acknowledged_at: input.status === "diterima" ? input.receivedAt : null,
  });
  return { id, skpId };
}

/** Monday 6 April 2026, 10:00 WIB: the staff member's TW1 result delivered that morning; a pengelola kinerja. */
export async function keberatanWorld() {
  const t = await createTestApp({ now: "2026-04-06T03:00:00.000Z" });
  const office = await t.given.office();
  await openYear(t.db, 2026);
  const evaluation = await deliveredEvaluation(t.db, office, { receivedAt: "2026-04-06T03:00:00.000Z" });
  const pengelola = await t.given.admin();
  const outsider = await t.given.placedEmployee({ positionId: (await t.given.position()).id });
  return { t, office, evaluation, pengelola, outsider };
}

export const reasons =
  "Target RHK saya tercapai 100% dan bukti dukung lengkap, namun rating ditetapkan sesuai ekspektasi.";
export const explanation =
  "Realisasi memang tercapai, tetapi dua laporan bulanan terlambat dan kualitas berkas perlu diperbaiki.";
export const decision =
  "Setelah mendengar penjelasan kedua pihak, rating hasil kerja diubah menjadi di atas ekspektasi.";

/** A multipart upload of a keberatan file of this kind. */
export function keberatanUpload(kind: string, content: Buffer = PDF, filename = "surat.pdf") {
  return multipart([
    { name: "kind", value: kind },
    { name: "file", filename, contentType: "application/pdf", content },
  ]);
}
