import {
  BERAKHLAK_SE_20_2021,
  defaultModelFor,
  type OrgChart,
  type PositionKind,
  type RhkInput,
  resolveRaters,
  type SkpStatus,
  skpPeriodFor,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { loadChart } from "../org/chart.repo";
import * as skps from "../skp/skp.repo";
import type { Random } from "./people";
import { kualitatifTemplate } from "./seed-kualitatif";
import { defaultLampiran, sampleExpectations, templateFor } from "./skp-templates";

type Seat = {
  employeeId: string;
  positionId: string;
  positionName: string;
  kind: PositionKind;
  start: string;
  end: string | null;
};
type Plan = { status: SkpStatus; note?: string };

/** Story of the current year in the demo: a returned SKP, a revision, drafts waiting on the Lurah, one awaiting approval. */
export type YearStory = {
  notStarted: (seat: Seat) => boolean;
  planFor: (seat: Seat) => Plan;
  /** The seat whose SKP takes the kualitatif approach (seed-kualitatif.ts). */
  kualitatif?: (seat: Seat) => boolean;
};

/**
 * SKPs for one year, created top-down so every RHK intervenes an approved RHK of the employee's rater
 * (the cascade from the Camat's Perjanjian Kinerja down to staff).
 */
export async function seedSkpsForYear(db: Db, r: Random, year: number, refDate: string, story: YearStory, at: string) {
  const chart = await loadChart(db, refDate);
  const seats = await seatsInYear(db, year);
  const depth = depthOf(chart);
  seats.sort(
    (a, b) => (depth.get(a.positionId) ?? 0) - (depth.get(b.positionId) ?? 0) || a.start.localeCompare(b.start),
  );
  const approvedRhk = new Map<string, { id: string; text: string }[]>();

  for (const seat of seats) {
    if (story.notStarted(seat)) {
      continue;
    }
    const date = seat.end && seat.end < refDate ? seat.end : refDate;
    const rater = resolveRaters(date === refDate ? chart : await loadChart(db, date), seat.employeeId, date).rater;
    const parents = rater?.employeeId ? (approvedRhk.get(rater.employeeId) ?? []) : [];
    const plan = parents.length === 0 && rater?.employeeId ? { status: "draft" as const } : story.planFor(seat);
    const period = skpPeriodFor(year, { startDate: seat.start, endDate: seat.end });
    const kualitatif = story.kualitatif?.(seat) ?? false;
    const approach = kualitatif ? "kualitatif" : "kuantitatif";
    const skpId = await insertSkp(db, { seat, year, period, plan, rater: rater?.employeeId ?? null, approach, at });
    const source: SeedRhk[] = kualitatif ? kualitatifRhk() : templateFor(seat.positionName);
    const rhk: RhkInput[] = source.map((t, i) => ({
      kind: "utama",
      text: t.text,
      parentRhkId: parentFor(parents, t.hint, i),
      perspektif: seat.kind === "jpt" ? (i === 0 ? "penerima_layanan" : "proses_bisnis") : null,
      fromAssignmentId: null,
      ikis: t.ikis,
    }));
    if (!kualitatif && r.next() < 0.3) {
      rhk.push({
        kind: "tambahan",
        text: "Melaksanakan tugas tambahan sebagai anggota tim penyusun LKjIP kecamatan",
        parentRhkId: rhk[0]?.parentRhkId ?? null,
        perspektif: null,
        fromAssignmentId: null,
        ikis: [
          {
            aspek: "kuantitas",
            indicator: "Jumlah bahan LKjIP yang disusun",
            target: "1",
            unit: "dokumen",
            accumulation: null,
          },
        ],
      });
    }
    await skps.replaceContent(db, skpId, rhk, defaultLampiran);
    await skps.replaceExpectations(db, skpId, sampleExpectations);
    if (plan.status === "disetujui") {
      const rows = await db
        .selectFrom("skp_rhk")
        .select(["id", "text"])
        .where("skp_id", "=", skpId)
        .orderBy("sort_order")
        .execute();
      approvedRhk.set(seat.employeeId, [...(approvedRhk.get(seat.employeeId) ?? []), ...rows]);
    }
  }
}

type SeedRhk = { text: string; hint?: string; ikis: RhkInput["ikis"] };

/** The kualitatif RHK as SKP content: narrative targets, no aspek or satuan (PermenPANRB 6/2022 kualitatif form). */
function kualitatifRhk(): SeedRhk[] {
  return kualitatifTemplate.map((rhk) => ({
    text: rhk.text,
    hint: rhk.hint,
    ikis: rhk.ikis.map((iki) => ({
      aspek: null,
      indicator: iki.indicator,
      target: iki.target,
      unit: null,
      accumulation: null,
    })),
  }));
}

function parentFor(parents: { id: string; text: string }[], hint: string | undefined, index: number): string | null {
  if (parents.length === 0) {
    return null;
  }
  const matching = hint ? parents.find((p) => p.text.toLowerCase().includes(hint)) : undefined;
  return (matching ?? parents[index % parents.length])?.id ?? null;
}

async function insertSkp(
  db: Db,
  input: {
    seat: Seat;
    year: number;
    period: { start: string; end: string };
    plan: Plan;
    rater: string | null;
    approach: "kuantitatif" | "kualitatif";
    at: string;
  },
) {
  const { seat, year, period, plan, rater, at } = input;
  const id = newId();
  const submitted =
    plan.status === "draft" ? null : `${year}-01-${plan.status === "diajukan" ? "28" : "20"}T02:00:00.000Z`;
  await skps.insert(db, {
    id,
    year,
    employee_id: seat.employeeId,
    position_id: seat.positionId,
    revision: 1,
    previous_id: null,
    status: plan.status,
    model: defaultModelFor(seat.kind),
    approach: input.approach,
    behaviour_set: BERAKHLAK_SE_20_2021,
    period_start: period.start,
    period_end: period.end,
    return_reason: plan.status === "dikembalikan" ? (plan.note ?? null) : null,
    submitted_at: submitted,
    approved_at: plan.status === "disetujui" ? `${year}-01-25T03:00:00.000Z` : null,
    approved_by: plan.status === "disetujui" ? rater : null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const when = new Date(`${year}-01-15T02:00:00.000Z`);
  await skps.addEvent(db, { skpId: id, at: when, actorId: null, action: "created" });
  if (submitted) {
    await skps.addEvent(db, { skpId: id, at: new Date(submitted), actorId: null, action: "submitted" });
  }
  if (plan.status === "dikembalikan" || plan.status === "disetujui") {
    const action = plan.status === "dikembalikan" ? "returned" : "approved";
    await skps.addEvent(db, {
      skpId: id,
      at: new Date(`${year}-01-25T03:00:00.000Z`),
      actorId: null,
      action,
      note: plan.note ?? null,
    });
  }
  return id;
}

async function seatsInYear(db: Db, year: number): Promise<Seat[]> {
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select([
      "placement.employee_id",
      "placement.position_id",
      "placement.start_date",
      "placement.end_date",
      "position.name",
      "position.kind",
    ])
    .where("placement.kind", "=", "definitif")
    .where("placement.start_date", "<=", `${year}-12-31`)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", `${year}-01-01`)]))
    .execute();
  return rows.map((p) => ({
    employeeId: p.employee_id,
    positionId: p.position_id,
    positionName: p.name,
    kind: p.kind,
    start: p.start_date,
    end: p.end_date,
  }));
}

function depthOf(chart: OrgChart): Map<string, number> {
  const depth = new Map<string, number>();
  const measure = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) {
      return known;
    }
    const parent = chart.positions.get(id)?.parentPositionId;
    const d = parent && !seen.has(parent) ? measure(parent, new Set([...seen, id])) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  for (const id of chart.positions.keys()) {
    measure(id, new Set());
  }
  return depth;
}
