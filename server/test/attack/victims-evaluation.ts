import { newId } from "../../src/db/ids";
import { insertEvaluationRow } from "../given-evaluation-row";
import type { SeededOffice } from "./seeded-office";
import type { Attacker, Victim } from "./victims";

type Resolve = (office: SeededOffice) => Promise<Victim>;
const overseen: readonly Attacker[] = ["auditor", "subject"];
const evaluations = new WeakMap<SeededOffice, Promise<{ evaluationId: string; scanId: string }>>();

/**
 * staf.yanum's TW3 evaluation, set by kasi.yanum, with a wet-signed scan: the demo seed's own when it has one, else
 * written here as the rating part would (the attackers never reach the file, so no bytes are stored).
 */
function staffEvaluation(office: SeededOffice) {
  let found = evaluations.get(office);
  if (!found) {
    found = (async () => {
      const { db } = office.t;
      const staff = office.personas["staf.yanum"];
      const kasi = office.personas["kasi.yanum"];
      const at = office.t.clock.now.toISOString();
      const existing = await db
        .selectFrom("evaluation")
        .select("id")
        .where("employee_id", "=", staff.employeeId ?? "")
        .where("status", "!=", "draft")
        .executeTakeFirst();
      let evaluationId = existing?.id;
      if (!evaluationId) {
        const skp = await db
          .selectFrom("skp")
          .select(["id", "position_id"])
          .where("employee_id", "=", staff.employeeId ?? "")
          .where("year", "=", 2026)
          .where("status", "=", "disetujui")
          .executeTakeFirstOrThrow();
        const unit = await db.selectFrom("org_unit").select("id").where("code", "=", "KEC").executeTakeFirstOrThrow();
        evaluationId = newId();
        await insertEvaluationRow(db, {
          at,
          id: evaluationId,
          skp_id: skp.id,
          employee_id: staff.employeeId ?? "",
          period_code: "TW3",
          unit_id: unit.id,
          rater_employee_id: kasi.employeeId,
          capaian: "baik",
          rating_hasil_kerja: "sesuai_ekspektasi",
          rating_perilaku: "sesuai_ekspektasi",
          predikat: "baik",
          parties_json: JSON.stringify({ pegawai: { name: "staf", position: "-", unit: "-" } }),
        });
      }
      const scanId = newId();
      await db
        .insertInto("evaluation_file")
        .values({
          id: scanId,
          owner_type: "evaluation",
          owner_id: evaluationId,
          kind: "scan_ekp",
          name: "ekp.pdf",
          mime_type: "application/pdf",
          size: 10,
          content_hash: "0".repeat(64),
          created_by: kasi.userId,
          created_at: at,
        })
        .execute();
      return { evaluationId, scanId };
    })();
    evaluations.set(office, found);
  }
  return found;
}

/** The evaluation documents' victims (issue 12): spread into `victims` in victims.ts. */
export const evaluationDocumentVictims: Record<string, Resolve> = {
  "/api/evaluations/:id": async (office) => ({
    id: (await staffEvaluation(office)).evaluationId,
    subject: office.personas["staf.yanum"].userId,
    readers: overseen,
  }),
  "/api/evaluation-scans/:id": async (office) => ({
    id: (await staffEvaluation(office)).scanId,
    subject: office.personas["staf.yanum"].userId,
    readers: overseen,
  }),
  // The kecamatan: its Format Penetapan is the Camat's, the Sekda's above him, the pengelola's and the auditor's.
  "/api/evaluation-units/:unitId": async (office) => ({
    id: (await office.t.db.selectFrom("org_unit").select("id").where("code", "=", "KEC").executeTakeFirstOrThrow()).id,
    subject: null,
    readers: ["auditor"],
  }),
};
