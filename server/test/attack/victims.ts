import { fileUpload } from "../multipart";
import { untilFinished } from "../skp-batch-helpers";
import type { SeededOffice } from "./seeded-office";
import { evaluationDocumentVictims } from "./victims-evaluation";
import { keberatanVictim } from "./victims-keberatan";

/**
 * Who attacks a record in the IDOR matrix:
 * - outsider: a pegawai of another kelurahan, with no relation to the record (staf.talangputri);
 * - other_rater: a Pejabat Penilai of another unit (lurah.talangputri);
 * - auditor: reads everything, may write nothing (writes only);
 * - subject: the record's own employee, for the actions that are never theirs (approve their own SKP …).
 */
export type Attacker = "outsider" | "other_rater" | "auditor" | "subject";

/**
 * A real record of the seeded office. `subject` is the user the record is about; `readers` are the attackers who may
 * see it (they are refused with 403 and a code; everyone else gets exactly the answer a random id gets).
 */
export type Victim = { id: string; subject: string | null; readers: readonly Attacker[] };

type Resolve = (office: SeededOffice) => Promise<Victim>;

const everyone: readonly Attacker[] = ["outsider", "other_rater", "auditor", "subject"];
const overseen: readonly Attacker[] = ["auditor", "subject"];

/** The id a query finds, failing loudly when the seed no longer has such a record. */
async function one(query: Promise<{ id: string } | undefined>, what: string) {
  const row = await query;
  if (!row) {
    throw new Error(`The seeded office has no ${what}; pick another victim in server/test/attack/victims.ts`);
  }
  return row.id;
}

const persona = (office: SeededOffice, name: keyof SeededOffice["personas"]) => office.personas[name];

/** staf.yanum: a pelaksana of Seksi Pelayanan Umum, rated by kasi.yanum, who is rated by the Camat. */
const staff = (office: SeededOffice) => persona(office, "staf.yanum");

/**
 * The victim of each path parameter, keyed by the path up to and including it: every route under
 * "/api/reports/:id" attacks the same report. The IDOR matrix fails for a parameter with no entry here.
 */
export const victims: Record<string, Resolve> = {
  "/api/units/:id": async (office) => ({
    id: await one(
      office.t.db.selectFrom("org_unit").select("id").where("code", "=", "YANUM").executeTakeFirst(),
      "Seksi Pelayanan Umum",
    ),
    subject: null,
    readers: everyone,
  }),
  "/api/positions/:id": async (office) => ({
    id: await one(
      placementOf(office, staff(office).employeeId).select("position_id as id").executeTakeFirst(),
      "position of staf.yanum",
    ),
    subject: null,
    readers: ["auditor"],
  }),
  "/api/employees/:id": async (office) => ({
    id: staff(office).employeeId ?? "",
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/placements/:id": async (office) => ({
    id: await one(
      placementOf(office, staff(office).employeeId).select("placement.id").executeTakeFirst(),
      "placement of staf.yanum",
    ),
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/accounts/:id": async (office) => ({
    id: staff(office).userId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/years/:id": async (office) => ({
    id: await one(
      office.t.db.selectFrom("performance_year").select("id").where("year", "=", 2026).executeTakeFirst(),
      "year 2026",
    ),
    subject: null,
    readers: everyone,
  }),
  // A national holiday of the calendar everyone reads; only the pengelola kinerja changes it.
  "/api/holidays/:id": async (office) => ({
    id: await one(
      office.t.db.selectFrom("holiday").select("id").where("date", "like", "2026-%").orderBy("date").executeTakeFirst(),
      "holiday in 2026",
    ),
    subject: null,
    readers: everyone,
  }),
  // The Perjanjian Kinerja of the kecamatan is shown to everyone signed in; only its head and the pengelola change it.
  "/api/pk-targets/:id": async (office) => ({
    id: await one(
      office.t.db
        .selectFrom("pk_target")
        .innerJoin("org_unit", "org_unit.id", "pk_target.unit_id")
        .select("pk_target.id")
        .where("org_unit.code", "=", "KEC")
        .where("pk_target.year", "=", 2026)
        .executeTakeFirst(),
      "PK target of the kecamatan",
    ),
    subject: null,
    readers: everyone,
  }),
  // The pengelola's own SKP: they may read every SKP, but never approve or review their own.
  "/api/skps/:id": async (office) => {
    const owner = persona(office, "pengelola");
    const id = await one(
      office.t.db
        .selectFrom("skp")
        .select("id")
        .where("employee_id", "=", owner.employeeId ?? "")
        .where("year", "=", 2026)
        .where("status", "=", "disetujui")
        .executeTakeFirst(),
      "approved SKP of the pengelola",
    );
    return { id, subject: owner.userId, readers: overseen };
  },
  "/api/reports/:id": async (office) => ({
    id: office.draftReportId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/reports/:id/evidence/:evidenceId": async (office) => ({
    id: office.fileEvidenceId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/evidence/:id": async (office) => ({
    id: office.fileEvidenceId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/coaching/:id": async (office) => ({
    id: await one(
      office.t.db
        .selectFrom("coaching_session")
        .select("id")
        .where("employee_id", "=", staff(office).employeeId ?? "")
        .executeTakeFirst(),
      "coaching session of staf.yanum",
    ),
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/dialogues/follow-ups/:id": async (office) => ({
    id: await one(
      office.t.db
        .selectFrom("dialogue_follow_up as f")
        .innerJoin("performance_dialogue as d", "d.id", "f.dialogue_id")
        .select("f.id")
        .where("d.employee_id", "=", staff(office).employeeId ?? "")
        .where("f.done_at", "is", null)
        .executeTakeFirst(),
      "open follow-up of staf.yanum",
    ),
    subject: staff(office).userId,
    readers: overseen,
  }),
  // A reminder addressed to kasi.yanum: nobody else may mark it read, whatever their role.
  "/api/notifications/:id": async (office) => ({
    id: await one(
      office.t.db
        .selectFrom("notification")
        .select("id")
        .where("user_id", "=", persona(office, "kasi.yanum").userId)
        .executeTakeFirst(),
      "notification of kasi.yanum",
    ),
    subject: persona(office, "kasi.yanum").userId,
    readers: [],
  }),
  // Kasi Yanum's assignment to staf.yanum: only the Kasi withdraws it.
  "/api/mph/assignments/:id": async (office) => ({
    id: office.mphAssignmentId,
    subject: staff(office).userId,
    readers: [],
  }),
  // The pengelola's finished SKP ZIP of Seksi Pelayanan Umum: a batch is its starter's alone, auditor included.
  "/api/skps/batch/:id": async (office) => ({ id: await pengelolaBatch(office), subject: null, readers: [] }),
  // The pengelola's refused import: only the admin roles reach the route, and only its runner may dismiss it.
  "/api/employee-imports/runs/:id": async (office) => ({ id: await failedImport(office), subject: null, readers: [] }),
  // staf.yanum's keberatan (victims-keberatan.ts): its evaluation, the keberatan, and its attachment.
  "/api/keberatan/evaluation/:evaluationId": async (office) => ({
    id: (await keberatanVictim(office)).evaluationId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/keberatan/:id": async (office) => ({
    id: (await keberatanVictim(office)).keberatanId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  "/api/keberatan-files/:id": async (office) => ({
    id: (await keberatanVictim(office)).fileId,
    subject: staff(office).userId,
    readers: overseen,
  }),
  ...evaluationDocumentVictims,
  // A pangkat entry of staf.yanum's history: read on their profile, only the pengelola kinerja removes it.
  "/api/employee-ranks/:id": async (office) => ({
    id: await rankEntry(office),
    subject: staff(office).userId,
    readers: overseen,
  }),
};

const imports = new WeakMap<SeededOffice, Promise<string>>();

/** One refused employee import by the pengelola per seeded office (an unreadable file is kept as a failed run). */
function failedImport(office: SeededOffice): Promise<string> {
  let run = imports.get(office);
  if (!run) {
    run = (async () => {
      const body = fileUpload("bukan berkas excel", "pegawai.xlsx");
      const client = persona(office, "pengelola").client;
      const res = await client.post("/api/employee-imports", body.payload, { headers: body.headers });
      if (res.statusCode !== 422) {
        throw new Error(`The pengelola's unreadable import was not refused: ${res.statusCode} ${res.body}`);
      }
      return one(office.t.db.selectFrom("import_run").select("id").executeTakeFirst(), "import run");
    })();
    imports.set(office, run);
  }
  return run;
}

const rankEntries = new WeakMap<SeededOffice, Promise<string>>();

/** One pangkat entry of staf.yanum per seeded office, recorded by the pengelola through the API. */
function rankEntry(office: SeededOffice): Promise<string> {
  let entry = rankEntries.get(office);
  if (!entry) {
    entry = (async () => {
      const client = persona(office, "pengelola").client;
      const body = { kind: "pangkat", value: "II/c", tmt: "2019-04-01", decreeNumber: null };
      const res = await client.post(`/api/employees/${staff(office).employeeId}/ranks`, body);
      if (res.statusCode !== 200) {
        throw new Error(`The pengelola could not record a pangkat entry: ${res.statusCode} ${res.body}`);
      }
      const id: string = res.json().id;
      return id;
    })();
    rankEntries.set(office, entry);
  }
  return entry;
}

const batches = new WeakMap<SeededOffice, Promise<string>>();

/** One batch per seeded office (a second start would be refused while the first runs), finished before attacks. */
function pengelolaBatch(office: SeededOffice): Promise<string> {
  let batch = batches.get(office);
  if (!batch) {
    batch = (async () => {
      const client = persona(office, "pengelola").client;
      const unit = await office.t.db.selectFrom("org_unit").select("id").where("code", "=", "YANUM").executeTakeFirst();
      const res = await client.post("/api/skps/batch", { unitId: unit?.id, year: 2026 });
      if (res.statusCode !== 200) {
        throw new Error(`The pengelola could not start an SKP batch: ${res.statusCode} ${res.body}`);
      }
      const id: string = res.json().id;
      await untilFinished(client, id, 60_000);
      return id;
    })();
    batches.set(office, batch);
  }
  return batch;
}

function placementOf(office: SeededOffice, employeeId: string | null) {
  return office.t.db
    .selectFrom("placement")
    .where("placement.employee_id", "=", employeeId ?? "")
    .where("placement.end_date", "is", null)
    .where("placement.kind", "=", "definitif");
}

/**
 * Routes whose action is never the subject's own, with the record above: approving, returning, reviewing or setting
 * expectations of one's own SKP; giving feedback on, accepting or returning one's own report; evaluating one's own
 * coaching. The subject sees the record, so the answer is 403 with a code, and nothing is written.
 */
export const forbiddenToSubject = new Set([
  "POST /api/skps/:id/approve",
  "POST /api/skps/:id/return",
  "POST /api/skps/:id/review",
  "PUT /api/skps/:id/expectations",
  "PUT /api/reports/:id/feedback",
  "POST /api/reports/:id/accept",
  "POST /api/reports/:id/revision",
  "PUT /api/coaching/:id/evaluation",
  "PUT /api/evaluations/:id/rating",
  "POST /api/evaluations/:id/finalise",
  "PUT /api/evaluations/:id/peer-input",
  "POST /api/keberatan/:id/explanation",
  "POST /api/keberatan/:id/decision",
  "POST /api/keberatan/:id/external-decision",
  "POST /api/evaluations/:id/scans",
  "DELETE /api/evaluation-scans/:id",
]);

/** Path parameters that are not record ids: the public verification code is a capability, tested by its own suite. */
export const notIds = new Set(["/api/verify/:code"]);
