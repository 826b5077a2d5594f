import {
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
import { versionInForce } from "../skp/berakhlak.repo";
import * as skps from "../skp/skp.repo";
import type { Random } from "./people";
import { kualitatifTemplate } from "./seed-kualitatif";
import { accountOf, raterOn, type SeedStep, stepWriter } from "./seed-skp-steps";
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
  const writeSteps = stepWriter(db);

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
    const inserted = await insertSkp(db, { seat, year, period, plan, approach, at, writeSteps });
    const { id: skpId, expectationsBy, written } = inserted;
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
    await skps.addExpectationVersions(db, skpId, sampleExpectations, expectationsBy, new Date(written));
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

const DAY_MS = 86_400_000;

/** The seed's workflow days: from 15 January, or from the first day of a seat taken up later in the year. */
function stepDays(year: number, periodStart: string) {
  const base = Date.parse(`${periodStart > `${year}-01-15` ? periodStart : `${year}-01-15`}T00:00:00.000Z`);
  const day = (offset: number, hour: number) => new Date(base + offset * DAY_MS + hour * 3_600_000).toISOString();
  return { created: day(0, 2), submitted: day(5, 2), reviewed: day(7, 3), decided: day(10, 3), late: day(13, 2) };
}

/** The workflow steps a plan has gone through: review by the pengelola kinerja before the rater decides. */
function stepsFor(plan: Plan, days: ReturnType<typeof stepDays>): SeedStep[] {
  switch (plan.status) {
    case "draft":
    case "diganti":
      return [];
    case "diajukan":
      return [{ action: "submitted", at: days.late }];
    case "direviu":
      return [
        { action: "submitted", at: days.submitted },
        { action: "reviewed", at: days.reviewed },
      ];
    case "dikembalikan":
    case "disetujui":
      return [
        { action: "submitted", at: days.submitted },
        { action: "reviewed", at: days.reviewed },
        {
          action: plan.status === "dikembalikan" ? "returned" : "approved",
          at: days.decided,
          note: plan.note ?? null,
        },
      ];
  }
}

async function insertSkp(
  db: Db,
  input: {
    seat: Seat;
    year: number;
    period: { start: string; end: string };
    plan: Plan;
    approach: "kuantitatif" | "kualitatif";
    at: string;
    writeSteps: ReturnType<typeof stepWriter>;
  },
) {
  const { seat, year, period, plan, at } = input;
  const id = newId();
  const days = stepDays(year, period.start);
  const steps = stepsFor(plan, days);
  const stepAt = (action: SeedStep["action"]) => steps.find((s) => s.action === action)?.at ?? null;
  const approvedAt = stepAt("approved");
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
    behaviour_set: await versionInForce(db, period.start),
    period_start: period.start,
    period_end: period.end,
    return_reason: plan.status === "dikembalikan" ? (plan.note ?? null) : null,
    submitted_at: stepAt("submitted"),
    approved_at: approvedAt,
    // Whoever held the rater's seat on the approval day, as the approval snapshot names them.
    approved_by: approvedAt ? await raterOn(db, seat.employeeId, approvedAt.slice(0, 10)) : null,
    reviewed_at: plan.status === "direviu" ? stepAt("reviewed") : null,
    reviewed_by: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await skps.addEvent(db, { skpId: id, at: new Date(days.created), actorId: null, action: "created" });
  const takenBy = await input.writeSteps({ id, employeeId: seat.employeeId, positionId: seat.positionId }, steps);
  if (plan.status === "direviu") {
    await db
      .updateTable("skp")
      .set({ reviewed_by: takenBy.get("reviewed") ?? null })
      .where("id", "=", id)
      .execute();
  }
  // The rater of the submission day wrote the ekspektasi khusus pimpinan, before the review.
  const written = stepAt("submitted") ?? days.created;
  return { id, expectationsBy: await accountOf(db, await raterOn(db, seat.employeeId, written.slice(0, 10))), written };
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
