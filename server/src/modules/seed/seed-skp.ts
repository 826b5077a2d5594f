import {
  BERAKHLAK_SE_20_2021,
  defaultModelFor,
  type OrgChart,
  type PositionKind,
  type RhkInput,
  resolveSeatRaters,
  type SkpStatus,
  skpPeriodFor,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { loadChartHistory } from "../org/chart.repo";
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
  /** A seat held as Plt with no definitive holder: its SKP is made by the Plt for the seat (issue 9 rule 5). */
  heldAs: "definitif" | "plt";
};
type Plan = { status: SkpStatus; note?: string };

/** Story of the current year in the demo: a returned SKP, a revision, drafts waiting on the Lurah, one awaiting approval. */
export type YearStory = {
  notStarted: (seat: Seat) => boolean;
  planFor: (seat: Seat) => Plan;
  /** The seat whose SKP takes the kualitatif approach (seed-kualitatif.ts). */
  kualitatif?: (seat: Seat) => boolean;
};

/** When each step of an SKP happened: made a fortnight into its period, submitted 5 days later, decided 5 after. */
type Timeline = { created: string; submitted: string; decided: string };

/**
 * SKPs for one year, created top-down so every RHK intervenes an approved RHK of the SKP of the rater's seat (the
 * cascade from the Camat's Perjanjian Kinerja down to staff). Each step is dated, and made by whoever held the seat
 * that acts on that date; a step after `refDate` (today) has not happened yet.
 */
export async function seedSkpsForYear(db: Db, r: Random, year: number, refDate: string, story: YearStory, at: string) {
  const chart = await loadChartHistory(db);
  const accounts = await accountsByEmployee(db);
  const seats = await seatsInYear(db, year);
  const depth = depthOf(chart);
  seats.sort(
    (a, b) => (depth.get(a.positionId) ?? 0) - (depth.get(b.positionId) ?? 0) || a.start.localeCompare(b.start),
  );
  const approvedBySeat = new Map<string, { id: string; text: string }[]>();

  for (const seat of seats) {
    const period = skpPeriodFor(year, { startDate: seat.start, endDate: seat.end });
    const timeline = timelineOf(year, period.start);
    if (story.notStarted(seat) || timeline.created > refDate) {
      continue;
    }
    const wanted = story.planFor(seat);
    const decides = wanted.status === "disetujui" || wanted.status === "dikembalikan";
    const actOn = decides ? timeline.decided : clamp(refDate, period);
    const rater = resolveSeatRaters(chart, seat.positionId, seat.employeeId, actOn).rater;
    const parents = rater ? (approvedBySeat.get(rater.positionId) ?? []) : [];
    const plan = fitToDate(parents.length === 0 && rater?.employeeId ? { status: "draft" } : wanted, timeline, refDate);
    const raterId = rater?.employeeId ?? null;
    const kualitatif = story.kualitatif?.(seat) ?? false;
    const skpId = await insertSkp(db, {
      seat,
      year,
      period,
      plan,
      timeline,
      rater: raterId,
      owner: accounts.get(seat.employeeId) ?? null,
      raterAccount: raterId ? (accounts.get(raterId) ?? null) : null,
      approach: kualitatif ? "kualitatif" : "kuantitatif",
      at,
    });
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
      approvedBySeat.set(seat.positionId, rows);
    }
  }
}

function timelineOf(year: number, periodStart: string): Timeline {
  const created = periodStart > `${year}-01-15` ? periodStart : `${year}-01-15`;
  return { created, submitted: addDays(created, 5), decided: addDays(created, 10) };
}

/** The plan as far as it got by `today`: not decided before it is due, not submitted before it is made. */
function fitToDate(plan: Plan, timeline: Timeline, today: string): Plan {
  if (plan.status === "draft" || timeline.submitted > today) {
    return { status: "draft" };
  }
  return plan.status !== "diajukan" && timeline.decided > today ? { status: "diajukan" } : plan;
}

function clamp(date: string, period: { start: string; end: string }): string {
  return date < period.start ? period.start : date > period.end ? period.end : date;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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
    timeline: Timeline;
    rater: string | null;
    owner: string | null;
    raterAccount: string | null;
    approach: "kuantitatif" | "kualitatif";
    at: string;
  },
) {
  const { seat, year, period, plan, timeline, at } = input;
  const id = newId();
  const submitted = plan.status === "draft" ? null : `${timeline.submitted}T02:00:00.000Z`;
  const decided = `${timeline.decided}T03:00:00.000Z`;
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
    approved_at: plan.status === "disetujui" ? decided : null,
    approved_by: plan.status === "disetujui" ? input.rater : null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const owner = input.owner;
  await skps.addEvent(db, {
    skpId: id,
    at: new Date(`${timeline.created}T02:00:00.000Z`),
    actorId: owner,
    action: "created",
  });
  if (submitted) {
    await skps.addEvent(db, { skpId: id, at: new Date(submitted), actorId: owner, action: "submitted" });
  }
  if (plan.status === "dikembalikan" || plan.status === "disetujui") {
    const action = plan.status === "dikembalikan" ? "returned" : "approved";
    await skps.addEvent(db, {
      skpId: id,
      at: new Date(decided),
      actorId: input.raterAccount,
      action,
      note: plan.note ?? null,
    });
  }
  return id;
}

/**
 * Definitive placements touching the year, and seats held as Plt while no one holds them definitively (the Plt
 * makes the seat's SKP so its staff have RHK to intervene).
 */
async function seatsInYear(db: Db, year: number): Promise<Seat[]> {
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select([
      "placement.employee_id",
      "placement.position_id",
      "placement.kind",
      "placement.start_date",
      "placement.end_date",
      "position.name",
      "position.kind as position_kind",
    ])
    .where("placement.kind", "in", ["definitif", "plt"])
    .where("placement.start_date", "<=", `${year}-12-31`)
    .where((eb) => eb.or([eb("placement.end_date", "is", null), eb("placement.end_date", ">=", `${year}-01-01`)]))
    .execute();
  const heldDefinitively = new Set(rows.filter((p) => p.kind === "definitif").map((p) => p.position_id));
  return rows
    .filter((p) => p.kind === "definitif" || !heldDefinitively.has(p.position_id))
    .map((p) => ({
      employeeId: p.employee_id,
      positionId: p.position_id,
      positionName: p.name,
      kind: p.position_kind,
      start: p.start_date,
      end: p.end_date,
      heldAs: p.kind === "plt" ? ("plt" as const) : ("definitif" as const),
    }));
}

async function accountsByEmployee(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("user_account")
    .select(["id", "employee_id"])
    .where("employee_id", "is not", null)
    .execute();
  return new Map(rows.flatMap((a) => (a.employee_id ? [[a.employee_id, a.id] as const] : [])));
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
