import {
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
import { placementDuring } from "../org/placement.repo";
import { versionInForce } from "../skp/berakhlak.repo";
import { latestReturn, saveReturnSnapshot } from "../skp/return-snapshot.repo";
import * as skps from "../skp/skp.repo";
import { contentSnapshot } from "../skp/skp-changes.service";
import type { Random } from "./people";
import { kualitatifTemplate } from "./seed-kualitatif";
import { externalParentsFor, pkTargetsBySasaran, skpOutsideSimkin } from "./seed-rhk-links";
import { type SeedStep, stepWriter } from "./seed-skp-steps";
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
  /** The seat's unit is the government's (the Sekda's Setda), whose SKPs the BKPSDM's pengelola reviews, not ours. */
  outsideOffice: boolean;
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
 * SKPs for one year, created top-down so every RHK intervenes an approved RHK of the SKP of the rater's seat (the
 * cascade from the Camat's Perjanjian Kinerja down to staff). Each step is dated, reviewed by a pengelola kinerja
 * before the rater decides, and made by whoever held the seat that acts on that date, with the snapshot of who stood
 * where; a step after `refDate` (today) has not happened yet.
 */
export async function seedSkpsForYear(db: Db, r: Random, year: number, refDate: string, story: YearStory, at: string) {
  const chart = await loadChartHistory(db);
  const seats = await seatsInYear(db, year);
  const depth = depthOf(chart);
  seats.sort(
    (a, b) => (depth.get(a.positionId) ?? 0) - (depth.get(b.positionId) ?? 0) || a.start.localeCompare(b.start),
  );
  const approvedBySeat = new Map<string, { id: string; text: string }[]>();
  const steps = stepWriter(db, chart);
  const outside = new Map(seats.filter((s) => skpOutsideSimkin(s.positionName)).map((s) => [s.positionId, s]));

  for (const seat of seats) {
    const period = skpPeriodFor(year, { startDate: seat.start, endDate: seat.end });
    const days = stepDays(year, period.start);
    if (story.notStarted(seat) || days.created.slice(0, 10) > refDate || outside.has(seat.positionId)) {
      continue;
    }
    const wanted = story.planFor(seat);
    const decides = wanted.status === "disetujui" || wanted.status === "dikembalikan";
    const actOn = decides ? days.decided.slice(0, 10) : clamp(refDate, period);
    const rater = resolveSeatRaters(chart, seat.positionId, seat.employeeId, actOn).rater;
    const parents = rater ? (approvedBySeat.get(rater.positionId) ?? []) : [];
    // A rater whose SKP is outside SIMKIN: the RHK atasan are typed from it, and the SKP goes ahead (rule 6).
    const raterOutside = rater ? outside.get(rater.positionId) : undefined;
    const externals = raterOutside ? externalParentsFor(raterOutside.positionName, year) : [];
    const plan: Plan = parents.length === 0 && rater?.employeeId && !raterOutside ? { status: "draft" } : wanted;
    const pkTargets = await pkTargetsBySasaran(db, seat.positionId, year);
    const kualitatif = story.kualitatif?.(seat) ?? false;
    const approach = kualitatif ? "kualitatif" : "kuantitatif";
    const inserted = await insertSkp(db, { seat, year, period, plan, refDate, approach, at, steps });
    const { id: skpId, status, expectationsBy, written } = inserted;
    const source: SeedRhk[] = kualitatif ? kualitatifRhk() : templateFor(seat.positionName);
    const rhk: RhkInput[] = source.map((t, i) => ({
      kind: "utama",
      text: t.text,
      parentRhkId: parentFor(parents, t.hint, i),
      perspektif: seat.kind === "jpt" ? (i === 0 ? "penerima_layanan" : "proses_bisnis") : null,
      fromAssignmentId: null,
      ikis: t.ikis,
      externalParent: externals[i % Math.max(externals.length, 1)] ?? null,
      assignedBy: null,
      pkTargetIds: pkTargets.get(t.text) ?? [],
    }));
    if (!kualitatif && r.next() < 0.3) {
      rhk.push({
        kind: "tambahan",
        text: "Melaksanakan tugas tambahan sebagai anggota tim penyusun LKjIP kecamatan",
        parentRhkId: rhk[0]?.parentRhkId ?? null,
        perspektif: null,
        fromAssignmentId: null,
        externalParent: rhk[0]?.externalParent ?? null,
        assignedBy: null,
        pkTargetIds: [],
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
    if (status === "dikembalikan") {
      await keepSeededReturn(db, { id: skpId, model: defaultModelFor(seat.kind), approach });
    }
    if (status === "disetujui") {
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

function clamp(date: string, period: { start: string; end: string }): string {
  return date < period.start ? period.start : date > period.end ? period.end : date;
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

/**
 * The seed's workflow moments: made a fortnight into the year (or on the first day of a seat taken up later),
 * submitted 5 days later, reviewed 2 days after that, decided 5 days after submission; a late submission on day 13.
 */
function stepDays(year: number, periodStart: string) {
  const base = Date.parse(`${periodStart > `${year}-01-15` ? periodStart : `${year}-01-15`}T00:00:00.000Z`);
  const day = (offset: number, hour: number) => new Date(base + offset * DAY_MS + hour * 3_600_000).toISOString();
  return { created: day(0, 2), submitted: day(5, 2), reviewed: day(7, 3), decided: day(10, 3), late: day(13, 2) };
}

/** The workflow steps a plan goes through: review by the pengelola kinerja before the rater decides. */
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

const statusAfter: Record<SeedStep["action"], SkpStatus> = {
  submitted: "diajukan",
  reviewed: "direviu",
  review_returned: "dikembalikan",
  returned: "dikembalikan",
  approved: "disetujui",
};

/** What the rater sent back, kept as the app keeps it (decision 0050): the resubmission is compared with it. */
async function keepSeededReturn(db: Db, skp: Parameters<typeof contentSnapshot>[1]) {
  const returned = await latestReturn(db, skp.id);
  if (returned) {
    await saveReturnSnapshot(db, returned.eventId, await contentSnapshot(db, skp));
  }
}

async function insertSkp(
  db: Db,
  input: {
    seat: Seat;
    year: number;
    period: { start: string; end: string };
    plan: Plan;
    /** Today: the steps after it have not happened yet, so the SKP stands where the last step before it left it. */
    refDate: string;
    approach: "kuantitatif" | "kualitatif";
    at: string;
    steps: ReturnType<typeof stepWriter>;
  },
) {
  const { seat, year, period, plan, at, steps: writer } = input;
  const id = newId();
  const skp = {
    id,
    employeeId: seat.employeeId,
    positionId: seat.positionId,
    heldAs: seat.heldAs,
    reviewedOutside: seat.outsideOffice,
  };
  const days = stepDays(year, period.start);
  const steps = stepsFor(plan, days).filter((s) => s.at.slice(0, 10) <= input.refDate);
  const last = steps[steps.length - 1];
  const status = last ? statusAfter[last.action] : "draft";
  const stepAt = (action: SeedStep["action"]) => steps.find((s) => s.action === action)?.at ?? null;
  const approvedAt = stepAt("approved");
  const returned = status === "dikembalikan";
  await skps.insert(db, {
    id,
    year,
    employee_id: seat.employeeId,
    position_id: seat.positionId,
    revision: 1,
    previous_id: null,
    status,
    model: defaultModelFor(seat.kind),
    approach: input.approach,
    behaviour_set: await versionInForce(db, period.start),
    period_start: period.start,
    period_end: period.end,
    return_reason: returned ? (plan.note ?? null) : null,
    submitted_at: stepAt("submitted"),
    approved_at: approvedAt,
    // Whoever held the rater's seat on the approval day, as the approval snapshot names them.
    approved_by: approvedAt ? writer.raterOn(skp, approvedAt) : null,
    reviewed_at: stepAt("reviewed"),
    reviewed_by: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const owner = await writer.accountOf(seat.employeeId);
  await skps.addEvent(db, { skpId: id, at: new Date(days.created), actorId: owner, action: "created" });
  const takenBy = await writer.write(skp, steps);
  if (takenBy.has("reviewed")) {
    await db
      .updateTable("skp")
      .set({ reviewed_by: takenBy.get("reviewed") ?? null })
      .where("id", "=", id)
      .execute();
  }
  // The rater of the submission day wrote the ekspektasi khusus pimpinan, before the review.
  const written = stepAt("submitted") ?? days.created;
  return { id, status, expectationsBy: await writer.accountOf(writer.raterOn(skp, written)), written };
}

/**
 * Definitive placements touching the year, and seats held as Plt while no one holds them definitively (the Plt
 * makes the seat's SKP so its staff have RHK to intervene).
 */
async function seatsInYear(db: Db, year: number): Promise<Seat[]> {
  const rows = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "org_unit.kind as unit_kind",
      "placement.employee_id",
      "placement.position_id",
      "placement.kind",
      "placement.start_date",
      "placement.end_date",
      "position.name",
      "position.kind as position_kind",
    ])
    .where("placement.kind", "in", ["definitif", "plt"])
    .where((eb) => placementDuring(eb, `${year}-01-01`, `${year}-12-31`))
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
      outsideOffice: p.unit_kind === "pemerintah_daerah" || p.unit_kind === "perangkat_daerah",
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
