import {
  type Accumulation,
  accumulationFor,
  berakhlakValueCodes,
  type HolidaySet,
  monthName,
  monthsOf,
  parseTarget,
  reportDeadline,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { holidaySet } from "../period/holiday.repo";
import { insertInBatches } from "./batches";
import type { Random } from "./people";
import { feedbackPhrases, phrasesFor } from "./report-phrases";
import { behaviourFeedbackPhrases, kualitatifTemplate } from "./seed-kualitatif";

type Rows = {
  monthly_report: Record<string, unknown>[];
  report_realisation: Record<string, unknown>[];
  report_action: Record<string, unknown>[];
  report_feedback: Record<string, unknown>[];
  report_behaviour_feedback: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
  report_event: Record<string, unknown>[];
};

type Fate = "missing" | "draft" | "diajukan" | "diterima" | "perlu_revisi";

/**
 * Monthly reports of every approved SKP of a year, up to `lastMonth` (the current month stays in progress):
 * mostly on time and accepted, some late, a few missing, some sent back for revision first, the last month
 * partly waiting for feedback.
 */
export async function seedReports(
  db: Db,
  r: Random,
  input: { year: number; lastMonth: number; complete: boolean; dueDay: number; at: string },
) {
  const skps = await db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "skp.id",
      "skp.employee_id",
      "skp.period_start",
      "skp.period_end",
      "skp.approved_by",
      "skp.approach",
      "employee.nip",
      "position.name as position_name",
      "org_unit.name as unit_name",
    ])
    .where("skp.year", "=", input.year)
    .where("skp.status", "=", "disetujui")
    .execute();
  const rows: Rows = {
    monthly_report: [],
    report_realisation: [],
    report_action: [],
    report_feedback: [],
    report_behaviour_feedback: [],
    evidence: [],
    report_event: [],
  };
  const holidays = await holidaySet(db, input.year, input.year);
  const rhkBySkp = await loadRhk(
    db,
    skps.map((s) => s.id),
  );
  for (const skp of skps) {
    const rater = await accountOf(db, skp.approved_by);
    const owner = await accountOf(db, skp.employee_id);
    for (const month of monthsOf(skp.period_start, skp.period_end).filter((m) => m <= input.lastMonth)) {
      const fate = input.complete ? (r.next() < 0.025 ? "missing" : "diterima") : fateFor(r, month, input.lastMonth);
      if (fate === "missing") {
        continue;
      }
      addReport(rows, r, { ...input, holidays, month, fate, skp, rhk: rhkBySkp.get(skp.id) ?? [], owner, rater });
    }
  }
  for (const table of Object.keys(rows) as (keyof Rows)[]) {
    // The row objects are built to each table's columns above.
    await insertInBatches(db, table, rows[table] as never);
  }
}

function fateFor(r: Random, month: number, lastMonth: number): Fate {
  const roll = r.next();
  if (month === lastMonth) {
    return roll < 0.35 ? "draft" : roll < 0.45 ? "missing" : "draft";
  }
  if (month === lastMonth - 1) {
    return roll < 0.3 ? "diajukan" : roll < 0.36 ? "missing" : roll < 0.4 ? "perlu_revisi" : "diterima";
  }
  return roll < 0.025 ? "missing" : "diterima";
}

type Iki = { id: string; target: string | null; unit: string | null; accumulation: Accumulation | null };
type RhkRow = { id: string; text: string; ikis: Iki[] };

function addReport(
  rows: Rows,
  r: Random,
  input: {
    year: number;
    month: number;
    dueDay: number;
    holidays: HolidaySet;
    at: string;
    fate: Exclude<Fate, "missing">;
    skp: {
      id: string;
      employee_id: string;
      nip: string;
      position_name: string;
      unit_name: string;
      approach: "kuantitatif" | "kualitatif";
    };
    rhk: RhkRow[];
    owner: string | null;
    rater: string | null;
  },
) {
  const { year, month, fate, skp } = input;
  const id = newId();
  const deadline = reportDeadline(year, month, { dueDay: input.dueDay, shift: "next_working_day" }, input.holidays);
  const kualitatif = skp.approach === "kualitatif";
  const late = r.next() < 0.1;
  const submittedAt = new Date(
    new Date(deadline).getTime() + (late ? r.int(1, 4) : -r.int(1, 4)) * 86_400_000 - 3_600_000 * 8,
  ).toISOString();
  const decidedAt = new Date(new Date(submittedAt).getTime() + r.int(1, 6) * 86_400_000).toISOString();
  const revised = fate === "diterima" && r.next() < 0.06;
  const phrases = phrasesFor(skp.position_name, skp.unit_name);
  const fill = (text: string) =>
    text
      .replace(/\{bulan\}/g, monthName(month))
      .replace(/\{n\}/g, String(r.int(8, 140)))
      .replace(/\{p\}/g, String(r.int(88, 99)))
      .replace(
        /\{kelurahan\}/g,
        r.pick(["Bagus Kuning", "Komperta", "Plaju Darat", "Plaju Ilir", "Plaju Ulu", "Talang Bubuk", "Talang Putri"]),
      );
  const submitted = fate !== "draft";
  rows.monthly_report.push({
    id,
    skp_id: skp.id,
    employee_id: skp.employee_id,
    year,
    month,
    status: fate,
    achievements: [r.pick(phrases.achievements), r.pick(phrases.achievements)]
      .map(fill)
      .filter((v, i, a) => a.indexOf(v) === i)
      .join("\n"),
    challenges: fill(r.pick(phrases.challenges)),
    improvements: fill(r.pick(phrases.improvements)),
    overall_feedback: fate === "diterima" || fate === "perlu_revisi" ? r.pick(feedbackPhrases) : null,
    revision_reason: fate === "perlu_revisi" ? "Lengkapi bukti dukung berupa foto kegiatan dan daftar hadir." : null,
    submitted_at: submitted ? submittedAt : null,
    last_submitted_at: submitted ? submittedAt : null,
    accepted_at: fate === "diterima" ? decidedAt : null,
    acknowledged_at: fate === "diterima" && r.next() < 0.9 ? decidedAt : null,
    version: 1,
    created_at: input.at,
    updated_at: input.at,
  });
  for (const [i, rhk] of input.rhk.entries()) {
    for (const [j, iki] of rhk.ikis.entries()) {
      const words = kualitatifTemplate[i]?.ikis[j]?.monthly;
      const value = kualitatif && words ? fill(words[(month - 1) % words.length] ?? "") : monthlyValue(r, iki, month);
      rows.report_realisation.push({ report_id: id, iki_id: iki.id, value });
    }
    rows.report_action.push({
      report_id: id,
      rhk_id: rhk.id,
      plan: `Melaksanakan kegiatan bulan ${monthName(month)}: ${rhk.text.toLowerCase()}`,
      progress: Math.min(100, Math.round((month / 12) * 100) + r.int(-5, 5)),
    });
    // Words rest on bukti dukung (issue 9 rule 9): a kualitatif report always carries them.
    if (submitted && (kualitatif || r.next() < 0.75)) {
      rows.evidence.push({
        id: newId(),
        report_id: id,
        rhk_id: rhk.id,
        kind: "link",
        name: `Rekap ${monthName(month)} ${year} (RHK ${i + 1})`,
        url: `https://arsip.kec-plaju.example/bukti/${year}/${String(month).padStart(2, "0")}/${skp.nip}-${i + 1}.pdf`,
        mime_type: null,
        size: null,
        content_hash: null,
        created_by: input.owner,
        created_at: submittedAt,
      });
    }
    if (fate === "diterima" || fate === "perlu_revisi") {
      rows.report_feedback.push({
        report_id: id,
        rhk_id: rhk.id,
        went_well: "Pelaksanaan kegiatan sesuai rencana aksi.",
        to_improve: r.pick([
          "Lengkapi bukti dukung dengan foto dan daftar hadir.",
          "Percepat penyelesaian berkas pada awal pekan.",
          "Perbaiki kerapian rekap bulanan.",
        ]),
        support: r.pick([
          "Atasan akan mengoordinasikan dukungan sarana.",
          "Akan diikutkan bimtek terkait.",
          "Pendampingan langsung setiap Senin.",
        ]),
      });
    }
  }
  if ((fate === "diterima" || fate === "perlu_revisi") && (kualitatif || r.next() < 0.35)) {
    for (const valueCode of pickValues(r, kualitatif ? 2 : 1)) {
      rows.report_behaviour_feedback.push({
        report_id: id,
        value_code: valueCode,
        text: r.pick(behaviourFeedbackPhrases[valueCode]),
      });
    }
  }
  const event = (action: string, at: string, actor: string | null, note: string | null = null) =>
    rows.report_event.push({ id: newId(new Date(at).getTime()), report_id: id, at, actor_id: actor, action, note });
  // A draft of the running month was started now; submitted ones were started when they were sent.
  event("created", submitted ? submittedAt : input.at, input.owner);
  if (submitted) {
    event("submitted", submittedAt, input.owner);
  }
  if (revised) {
    event("revision_requested", decidedAt, input.rater, "Lengkapi bukti dukung berupa foto kegiatan dan daftar hadir.");
    event("submitted", decidedAt, input.owner);
  }
  if (fate === "perlu_revisi") {
    event("revision_requested", decidedAt, input.rater, "Lengkapi bukti dukung berupa foto kegiatan dan daftar hadir.");
  }
  if (fate === "diterima") {
    event("feedback_given", decidedAt, input.rater);
    event("accepted", decidedAt, input.rater);
  }
}

/** Distinct BerAKHLAK values the rater commented on this month. */
function pickValues(r: Random, count: number) {
  const picked = new Set<(typeof berakhlakValueCodes)[number]>();
  while (picked.size < count) {
    picked.add(r.pick(berakhlakValueCodes));
  }
  return [...picked];
}

/** A count is a month's share of the target; a stock grows towards it through the year; a rate hovers below it. */
function monthlyValue(r: Random, iki: Iki, month: number): string {
  const target = parseTarget(iki.target) ?? 10;
  const way = accumulationFor(iki);
  if (way === "latest") {
    const sofar = Math.min(target * 1.02, target * (month / 12) * (0.85 + r.next() * 0.2));
    return sofar.toFixed(1).replace(".", ",").replace(/,0$/, "");
  }
  if (way === "average") {
    const value = Math.min(target * (0.88 + r.next() * 0.17), iki.unit === "persen" ? 100 : target * 1.05);
    return value.toFixed(1).replace(".", ",").replace(/,0$/, "");
  }
  return String(Math.max(0, Math.round((target / 12) * (0.7 + r.next() * 0.6))));
}

async function loadRhk(db: Db, skpIds: string[]): Promise<Map<string, RhkRow[]>> {
  const map = new Map<string, RhkRow[]>();
  if (skpIds.length === 0) {
    return map;
  }
  const rhk = await db
    .selectFrom("skp_rhk")
    .select(["id", "skp_id", "text"])
    .where("skp_id", "in", skpIds)
    .orderBy("sort_order")
    .execute();
  const ikis = await db
    .selectFrom("skp_iki")
    .select(["id", "rhk_id", "target", "unit", "accumulation"])
    .where(
      "rhk_id",
      "in",
      rhk.map((x) => x.id),
    )
    .orderBy("sort_order")
    .execute();
  for (const row of rhk) {
    const list = map.get(row.skp_id) ?? [];
    list.push({ id: row.id, text: row.text, ikis: ikis.filter((i) => i.rhk_id === row.id) });
    map.set(row.skp_id, list);
  }
  return map;
}

async function accountOf(db: Db, employeeId: string | null): Promise<string | null> {
  if (!employeeId) {
    return null;
  }
  const row = await db.selectFrom("user_account").select("id").where("employee_id", "=", employeeId).executeTakeFirst();
  return row?.id ?? null;
}
