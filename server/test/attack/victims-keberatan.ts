import { insertEvaluationRow } from "../given-evaluation-row";
import { multipart } from "../multipart";
import { PDF, type SeededOffice } from "./seeded-office";

export type KeberatanVictim = { evaluationId: string; keberatanId: string; fileId: string };

const made = new WeakMap<SeededOffice, Promise<KeberatanVictim>>();

/**
 * staf.yanum's TW4 evaluation, set and delivered the day before the seed's "now", with a keberatan filed through the
 * API and one attachment: one per seeded office (the demo seed has no evaluation still open to a keberatan).
 */
export function keberatanVictim(office: SeededOffice): Promise<KeberatanVictim> {
  let victim = made.get(office);
  if (!victim) {
    victim = make(office);
    made.set(office, victim);
  }
  return victim;
}

async function make(office: SeededOffice): Promise<KeberatanVictim> {
  const { db } = office.t;
  const staff = office.personas["staf.yanum"];
  const rater = office.personas["kasi.yanum"];
  const skp = await db
    .selectFrom("skp")
    .innerJoin("position", "position.id", "skp.position_id")
    .select(["skp.id", "position.unit_id"])
    .where("skp.employee_id", "=", staff.employeeId ?? "")
    .where("skp.year", "=", 2026)
    .where("skp.status", "=", "disetujui")
    .executeTakeFirstOrThrow();
  const kecamatan = await db
    .selectFrom("org_unit")
    .select("id")
    .where("kind", "=", "kecamatan")
    .executeTakeFirstOrThrow();
  const at = new Date(office.t.clock.now.getTime() - 86_400_000).toISOString();
  const evaluationId = crypto.randomUUID();
  await insertEvaluationRow(db, {
    at,
    id: evaluationId,
    skp_id: skp.id,
    employee_id: staff.employeeId ?? "",
    period_code: "UJI-KEBERATAN",
    unit_id: kecamatan.id,
    rater_employee_id: rater.employeeId,
    atasan_external: 1,
    capaian: "baik",
    rating_hasil_kerja: "sesuai_ekspektasi",
    rating_perilaku: "sesuai_ekspektasi",
    predikat: "baik",
    rule_version: "permenpanrb-6-2022",
  });
  const filed = await staff.client.post(`/api/keberatan/evaluation/${evaluationId}`, {
    reasons: "Rating hasil kerja tidak sesuai dengan realisasi yang tercapai penuh.",
    version: 1,
  });
  if (filed.statusCode !== 200) {
    throw new Error(`staf.yanum could not file the keberatan: ${filed.statusCode} ${filed.body}`);
  }
  const keberatanId: string = filed.json().keberatan.id;
  const form = multipart([
    { name: "kind", value: "lampiran" },
    { name: "file", filename: "bukti.pdf", contentType: "application/pdf", content: PDF },
  ]);
  const upload = await staff.client.post(`/api/keberatan/${keberatanId}/files`, form.payload, {
    headers: form.headers,
  });
  if (upload.statusCode !== 200) {
    throw new Error(`staf.yanum could not attach a file: ${upload.statusCode} ${upload.body}`);
  }
  return { evaluationId, keberatanId, fileId: upload.json().id };
}
