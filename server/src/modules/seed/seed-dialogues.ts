import { coachingFeedbackStatements, type OrgChart, resolveSeatRaters } from "@simkin/domain";
import type { Insertable } from "kysely";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { Database } from "../../db/schema";
import { loadChartHistory } from "../org/chart.repo";
import { isOwnPositionSkp } from "../skp/skp.repo";
import { insertInBatches } from "./batches";
import type { Random } from "./people";

// Dialogue and coaching phrases (REGULATIONS.md §2.3, §6.6), composed in the register of SEED-VOCABULARY §4.
const dialogueTopics = [
  "Capaian realisasi triwulan ini dibandingkan target IKI; kendala penyelesaian berkas dan pembagian tugas di seksi.",
  "Tindak lanjut umpan balik laporan bulanan: kelengkapan bukti dukung (foto, daftar hadir, register).",
  "Ketepatan waktu penyampaian laporan bulanan dan rekap data ke kecamatan.",
  "Pelayanan di loket: waktu tunggu pemohon, keluhan warga, dan penerapan standar pelayanan.",
  "Pemutakhiran data warga (DTSEN, posyandu, kependudukan) dan koordinasi dengan kelurahan.",
  "Rencana aksi triwulan berikutnya dan dukungan sarana yang dibutuhkan.",
];
const dialogueAgreements = [
  "Pegawai menyusun jadwal kerja mingguan dan melaporkan progresnya setiap Senin.",
  "Bukti dukung diunggah paling lambat tanggal 3 setiap bulan.",
  "Berkas yang tertunda diselesaikan sebelum akhir bulan; atasan membantu koordinasi dengan kelurahan.",
  "Rekap data diverifikasi bersama sebelum dikirim ke Dinas.",
];
const followUpActions = [
  "Menyusun jadwal kerja mingguan",
  "Melengkapi bukti dukung laporan bulan lalu",
  "Merapikan register pelayanan dan arsip berkas",
  "Memutakhirkan rekap data warga bersama operator kelurahan",
  "Mengikuti e-learning Aktualisasi Nilai Dasar BerAKHLAK",
  "Menyampaikan usulan kebutuhan sarana ke Subbagian Umum",
];
const coachingTopics = [
  "Penyusunan laporan bulanan dan bukti dukung yang baik",
  "Pelayanan prima di loket PATEN: menyapa, menjelaskan persyaratan, menangani keluhan",
  "Penggunaan aplikasi SRIKANDI untuk surat dinas dan arsip",
  "Pengolahan data dengan lembar kerja: rekap, validasi, grafik",
  "Penyusunan telaahan staf dan nota dinas",
];
const competencies = [
  ["Pelayanan publik", "Sudah menerapkan standar pelayanan; perlu konsisten saat antrean ramai."],
  ["Pengelolaan data dan informasi", "Rekap sudah rapi; validasi silang dengan data kelurahan masih perlu dibiasakan."],
  ["Komunikasi", "Menyampaikan informasi dengan jelas kepada warga dan rekan kerja."],
  ["Penggunaan teknologi informasi", "Mampu mengoperasikan aplikasi; perlu latihan fitur laporan otomatis."],
  ["Kerja sama", "Aktif membantu rekan saat beban kerja tinggi."],
] as const;

type Pair = {
  employeeId: string;
  /** Who approved the SKP: the team it counts in when choosing whom to meet regularly. */
  raterId: string;
  start: string;
  end: string;
  /** Whoever rates the employee on a date: the one who holds the dialogue or the coaching that day. */
  raterOn: (date: string) => string | null;
};

type Rows = {
  performance_dialogue: Insertable<Database["performance_dialogue"]>[];
  dialogue_follow_up: Insertable<Database["dialogue_follow_up"]>[];
  coaching_session: Insertable<Database["coaching_session"]>[];
};

/**
 * Dialog kinerja and bimbingan kinerja of a year, up to `today`: each rater holds a quarterly dialogue with the first
 * of their team and with some of the others, with follow-ups mostly done once due; a few coaching sessions each, the
 * employee's Format B.1.8 and the rater's Format B.1.9 filled in after, except for the most recent ones.
 */
export async function seedDialogues(db: Db, r: Random, input: { year: number; today: string }) {
  const pairs = await approvedPairs(db, input.year, await loadChartHistory(db));
  const firstByRater = new Map<string, string>();
  for (const pair of pairs) {
    firstByRater.set(pair.raterId, firstByRater.get(pair.raterId) ?? pair.employeeId);
  }
  const firstOfTeam = new Set(firstByRater.values());
  // Sessions are held up to today in the running year, up to its last day in a past one.
  const until = input.today < `${input.year}-12-31` ? input.today : `${input.year}-12-31`;
  const held = (pair: Pair, date: string) => date >= pair.start && date <= pair.end && date <= until;
  const rows: Rows = { performance_dialogue: [], dialogue_follow_up: [], coaching_session: [] };
  for (const pair of pairs) {
    const regular = firstOfTeam.has(pair.employeeId);
    for (const month of [2, 5, 8, 11]) {
      const date = `${input.year}-${String(month).padStart(2, "0")}-${String(r.int(10, 20))}`;
      if (held(pair, date) && (regular || r.next() < 0.3)) {
        addDialogue(rows, r, pair, date, input.today);
      }
    }
    const coachingDate = regular ? daysBefore(until, 12) : `${input.year}-${r.pick(["03", "06", "09"])}-14`;
    if (held(pair, coachingDate) && (regular || r.next() < 0.2)) {
      addCoaching(rows, r, pair, coachingDate, input.today);
    }
  }
  await insertInBatches(db, "performance_dialogue", rows.performance_dialogue);
  await insertInBatches(db, "dialogue_follow_up", rows.dialogue_follow_up);
  await insertInBatches(db, "coaching_session", rows.coaching_session);
}

/**
 * Employees with an approved SKP of their own position this year and the rater who approved it, in a stable order
 * (an SKP a Plt made for his seat adds no second round of dialogues).
 */
async function approvedPairs(db: Db, year: number, chart: OrgChart): Promise<Pair[]> {
  const rows = await db
    .selectFrom("skp")
    .select(["employee_id", "position_id", "approved_by", "period_start", "period_end"])
    .where("year", "=", year)
    .where("status", "=", "disetujui")
    .where("approved_by", "is not", null)
    .where(isOwnPositionSkp)
    .orderBy("employee_id")
    .orderBy("period_start")
    .execute();
  return rows.map((s) => ({
    employeeId: s.employee_id,
    raterId: s.approved_by ?? "",
    start: s.period_start,
    end: s.period_end,
    raterOn: (date) => resolveSeatRaters(chart, s.position_id, s.employee_id, date).rater?.employeeId ?? null,
  }));
}

function addDialogue(rows: Rows, r: Random, pair: Pair, date: string, today: string) {
  const rater = pair.raterOn(date);
  if (!rater) {
    return;
  }
  const id = newId(new Date(`${date}T03:00:00.000Z`).getTime());
  rows.performance_dialogue.push({
    id,
    employee_id: pair.employeeId,
    rater_employee_id: rater,
    date,
    topics: r.pick(dialogueTopics),
    agreements: r.pick(dialogueAgreements),
    created_at: `${date}T08:00:00.000Z`,
  });
  const actions = new Set([r.pick(followUpActions), r.pick(followUpActions)]);
  for (const action of actions) {
    const due = daysBefore(date, -r.int(14, 30));
    // Most follow-ups are done by their due date; one still open now and then; none done after today.
    const doneOn = due < today ? daysBefore(due, r.int(0, 7)) : daysBefore(date, -r.int(3, 8));
    const done = doneOn < today && r.next() < (due < today ? 0.85 : 0.4);
    rows.dialogue_follow_up.push({
      id: newId(),
      dialogue_id: id,
      action,
      due_date: due,
      done_at: done ? `${doneOn}T07:00:00.000Z` : null,
    });
  }
}

function addCoaching(rows: Rows, r: Random, pair: Pair, date: string, today: string) {
  // The forms follow the session by five days; a session of the last fortnight still waits for both.
  const formsDue = daysBefore(date, -5);
  const formsFilled = date < daysBefore(today, 14);
  const rater = pair.raterOn(date);
  if (!rater) {
    return;
  }
  rows.coaching_session.push({
    id: newId(new Date(`${date}T03:00:00.000Z`).getTime()),
    employee_id: pair.employeeId,
    rater_employee_id: rater,
    date,
    topic: r.pick(coachingTopics),
    notes: "Praktik langsung bersama atasan dengan contoh berkas bulan berjalan; pegawai mencatat langkah-langkahnya.",
    feedback_json: formsFilled ? JSON.stringify(coachingFeedback(r)) : null,
    feedback_at: formsFilled ? `${formsDue}T06:00:00.000Z` : null,
    evaluation_json: formsFilled ? JSON.stringify(competencyEvaluation(r)) : null,
    evaluation_at: formsFilled ? `${formsDue}T09:00:00.000Z` : null,
    created_at: `${date}T08:00:00.000Z`,
  });
}

/** Format B.1.8: mostly agreeing answers to the nine statements. */
function coachingFeedback(r: Random) {
  const scale = [
    [5, 3],
    [4, 5],
    [3, 1],
  ] as const;
  return {
    answers: coachingFeedbackStatements.map(() => r.weighted(scale)),
    comment: r.pick(["", "Bimbingan sangat membantu pekerjaan sehari-hari.", "Mohon bimbingan lanjutan bulan depan."]),
  };
}

/** Format B.1.9: three different competencies, consecutive in the list from a random one, scored 3-5. */
function competencyEvaluation(r: Random) {
  const first = r.int(0, competencies.length - 1);
  const rows = [0, 1, 2].map((i) => competencies[(first + i) % competencies.length] ?? competencies[0]);
  return { rows: rows.map(([competency, reason]) => ({ competency, score: r.int(3, 5), reason })) };
}

/** The ISO date `days` days before `date` (after it, when negative). */
function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
