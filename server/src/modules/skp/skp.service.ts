import {
  assertRhkLinks,
  canActOnSkp,
  defaultModelFor,
  isActiveOn,
  isSnapshotStep,
  nextSkpStatus,
  parseTarget,
  type RhkInput,
  RuleViolation,
  type SkpAction,
  type SkpContent,
  type SkpDetail,
  type SkpSummary,
  skpPeriodFor,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { AppError, ForbiddenError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import * as placements from "../org/placement.repo";
import { openYearOrFail } from "../period/year.service";
import { versionInForce } from "./berakhlak.repo";
import * as assignments from "./mph.repo";
import { describeReviewer } from "./party.repo";
import { linkContextOf } from "./rhk-links.repo";
import { type ResolvedParties, readableSkp } from "./skp.access";
import { buildDetail, currentParties, reviewSettingOf, summarize } from "./skp.detail";
import * as skps from "./skp.repo";
import { saveSignatories } from "./snapshot.repo";

export async function mySkps(ctx: RequestContext, year: number): Promise<SkpSummary[]> {
  if (!ctx.actor.employeeId) {
    return [];
  }
  const rows = await skps.listForEmployee(ctx.db, ctx.actor.employeeId, year, true);
  return Promise.all(rows.map((row) => summarize(ctx.db, row)));
}

export async function getSkp(ctx: RequestContext, id: string): Promise<SkpDetail> {
  const { skp, parties } = await readableSkp(ctx, ctx.db, id);
  return buildDetail(ctx.db, ctx, skp, parties);
}

/**
 * Starts the employee's SKP for a year in their current position (from the MPH assignments, or last year's SKP), or
 * for a seat they hold as Plt, so the staff under that seat have an SKP to cascade from (rule 5).
 */
export async function createSkp(
  ctx: RequestContext,
  input: { year: number; copyFromLastYear: boolean; positionId?: string | undefined },
) {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) {
    throw new RuleViolation("no_employee", "Akun ini tidak terhubung dengan data pegawai", {});
  }
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await openYearOrFail(trx, input.year);
    const placement = input.positionId
      ? await actingSeatForYear(trx, employeeId, input.positionId, input.year)
      : await placementForYear(trx, employeeId, input.year, ctx.now);
    const seat = placement.kind === "plt" ? placement.positionId : null;
    const period = skpPeriodFor(input.year, placement);
    const existing = (await skps.listForEmployee(trx, employeeId, input.year, true)).find(
      (s) => s.position_id === placement.positionId && s.status !== "diganti",
    );
    if (existing) {
      // The id lets the web link the existing SKP instead of a dead end (issue 11).
      throw new AppError(409, "skp_exists", `SKP tahun ${input.year} untuk jabatan ini sudah ada`, {
        skpId: existing.id,
      });
    }
    const at = ctx.now.toISOString();
    await skps.insert(trx, {
      id,
      year: input.year,
      employee_id: employeeId,
      position_id: placement.positionId,
      revision: 1,
      previous_id: null,
      status: "draft",
      model: defaultModelFor(placement.positionKind),
      approach: "kuantitatif",
      // The BerAKHLAK texts in force on the SKP's first day; the SKP keeps them when a later version is added.
      behaviour_set: await versionInForce(trx, period.start),
      period_start: period.start,
      period_end: period.end,
      return_reason: null,
      submitted_at: null,
      approved_at: null,
      approved_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
      reviewed_at: null,
      reviewed_by: null,
    });
    const copied = input.copyFromLastYear ? await copyLastYear(trx, employeeId, input.year, id, seat) : false;
    if (!copied && !seat) {
      await skps.appendRhk(trx, id, await proposalsFromMatrix(trx, employeeId, input.year), 0);
    }
    await skps.addEvent(trx, {
      skpId: id,
      at: ctx.now,
      actorId: ctx.actor.userId,
      action: copied ? "created_from_last_year" : "created",
    });
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "skp.created",
      subjectType: "skp",
      subjectId: id,
      after: { year: input.year, ...period, ...(seat ? { positionId: seat, heldAs: "plt" } : {}) },
    });
  });
  return getSkp(ctx, id);
}

/**
 * Saves the whole draft. Refuses RHK that intervene anything but the rater's approved RHK, an RHK atasan typed from
 * outside SIMKIN once the rater's SKP is in it, a penugasan marker outside JPT, another organisation's PK targets
 * (issue 9 rules 6-8), and non-numeric targets.
 */
export async function saveContent(ctx: RequestContext, id: string, input: SkpContent): Promise<SkpDetail> {
  return changeSkp(ctx, id, "edit", input.version, async (trx, skp, parties) => {
    assertRhkLinks(input, (await linkContextOf(trx, skp, parties)).context);
    assertTargets(input);
    await skps.replaceContent(trx, id, input.rhk, input.lampiran);
    return { values: { model: input.model, approach: input.approach }, event: null };
  });
}

export type Change = {
  values: Partial<skps.SkpRow>;
  event: string | null;
  note?: string;
  /** Extra before/after for the audit trail, e.g. the texts an ekspektasi had and has. */
  audit?: { before: Record<string, unknown>; after: Record<string, unknown> };
  /** Runs after the event is written (with its id), in the same transaction: a notice, for instance. */
  afterward?: (eventId: string | null) => Promise<void>;
};

/**
 * The shape of every SKP change: load what the caller may read, check who may act and whether the move is legal
 * under the year's review setting, apply, bump the version (409 when stale), record the event with the parties of
 * the step (issue 9 rule 3) and the audit trail, all in one transaction. `apply` returns null when nothing changes.
 */
export async function changeSkp(
  ctx: RequestContext,
  id: string,
  action: SkpAction,
  version: number,
  apply: (trx: Db, skp: skps.SkpRow, parties: ResolvedParties) => Promise<Change | null>,
): Promise<SkpDetail> {
  // The parties come from the org chart, which the write does not touch: resolved once, before the transaction.
  const { parties } = await readableSkp(ctx, ctx.db, id);
  await ctx.db.transaction().execute(async (trx) => {
    const skp = await skps.findById(trx, id);
    if (!skp) {
      throw new NotFoundError("SKP");
    }
    if (!canActOnSkp(ctx.actor, action, parties)) {
      throw new ForbiddenError(forbiddenMessages[action]);
    }
    const status = nextSkpStatus(skp.status, action, await reviewSettingOf(trx, skp.year));
    if (skp.version !== version) {
      throw new StaleVersionError("SKP");
    }
    const change = await apply(trx, skp, parties);
    if (!change) {
      return;
    }
    if (!(await skps.update(trx, id, version, { status, ...change.values }, ctx.now.toISOString()))) {
      throw new StaleVersionError("SKP");
    }
    const eventId = change.event ? await recordStep(ctx, trx, skp, parties, change) : null;
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: `skp.${action}`,
      subjectType: "skp",
      subjectId: id,
      before: { status: skp.status, version, ...change.audit?.before },
      after: { status, ...change.values, ...(change.note ? { note: change.note } : {}), ...change.audit?.after },
    });
    await change.afterward?.(eventId);
  });
  // A step's e-mail goes now, not at the outbox's next interval (issue 11); after the commit, so it is there to send.
  nudgeOutbox();
  const saved = await skps.findById(ctx.db, id);
  if (!saved) {
    throw new NotFoundError("SKP");
  }
  return buildDetail(ctx.db, ctx, saved, parties);
}

/** Writes the step into the SKP's history and, for a workflow step, who stood where that day. */
async function recordStep(ctx: RequestContext, trx: Db, skp: skps.SkpRow, parties: ResolvedParties, change: Change) {
  const action = change.event ?? "";
  const eventId = await skps.addEvent(trx, {
    skpId: skp.id,
    at: ctx.now,
    actorId: ctx.actor.userId,
    action,
    note: change.note,
  });
  if (isSnapshotStep(action)) {
    const current = await currentParties(trx, skp, parties);
    const reviewing = action === "reviewed" || action === "review_returned";
    const pengelola = reviewing ? await describeReviewer(trx, ctx.actor.userId, parties.date) : null;
    await saveSignatories(trx, eventId, { ...current, pengelola });
  }
  return eventId;
}

const forbiddenMessages: Record<SkpAction, string> = {
  edit: "Hanya pegawai pemilik SKP yang dapat mengubah SKP ini",
  submit: "Hanya pegawai pemilik SKP yang dapat mengajukan SKP ini",
  revise: "Hanya pegawai pemilik SKP yang dapat membuat revisi",
  approve: "Hanya pejabat penilai kinerja pegawai ini yang dapat menyetujui SKP",
  return: "Hanya pejabat penilai kinerja pegawai ini yang dapat mengembalikan SKP",
  set_expectations: "Hanya pejabat penilai kinerja yang dapat mengisi ekspektasi khusus pimpinan",
  review: "Hanya pengelola kinerja yang dapat mereviu SKP, dan tidak untuk SKP miliknya atau yang ia nilai",
  review_return: "Hanya pengelola kinerja yang dapat mengembalikan SKP dengan catatan perbaikan",
};

function assertTargets(input: SkpContent) {
  input.rhk.forEach((rhk, i) => {
    rhk.ikis.forEach((iki, j) => {
      if (input.approach === "kuantitatif" && iki.target && parseTarget(iki.target) === null) {
        throw new RuleViolation(
          "iki_target_not_number",
          `RHK ${i + 1} IKI ${j + 1}: target pada pendekatan kuantitatif harus berupa angka, mis. 1.500 atau 95`,
          { index: i, iki: j },
          `rhk/${i}/ikis/${j}/target`,
        );
      }
    });
  });
}

async function placementForYear(db: Db, employeeId: string, year: number, now: Date) {
  const today = wibDate(now);
  const date = today.startsWith(`${year}-`) ? today : today < `${year}` ? `${year}-01-01` : `${year}-12-31`;
  const rows = await placements.heldDuringYear(db, employeeId, year, { kinds: ["definitif"] });
  const row = rows.find((r) => isActiveOn(r, date)) ?? rows[0];
  if (!row) {
    throw new RuleViolation(
      "skp_no_position",
      `Anda tidak memiliki jabatan definitif pada tahun ${year}`,
      { year },
      "year",
    );
  }
  return { ...row, kind: "definitif" as const };
}

/** The position asked for when the employee holds it during the year: his own, or a seat he holds as Plt. */
async function actingSeatForYear(db: Db, employeeId: string, positionId: string, year: number) {
  const rows = await placements.heldDuringYear(db, employeeId, year, { kinds: ["definitif", "plt"], positionId });
  const row = rows.find((r) => r.kind === "definitif") ?? rows[0];
  if (!row) {
    throw new RuleViolation(
      "skp_not_acting",
      `Anda tidak menjabat sebagai Plt pada jabatan ini pada tahun ${year}`,
      { year },
      "positionId",
    );
  }
  return { ...row, kind: row.kind === "definitif" ? ("definitif" as const) : ("plt" as const) };
}

/** Roles and results the rater assigned in the Matriks Peran Hasil become proposed RHK of the draft. */
export async function proposalsFromMatrix(db: Db, employeeId: string, year: number): Promise<RhkInput[]> {
  const rows = await assignments.listForEmployee(db, employeeId, year);
  return rows.map((a) => ({
    kind: "utama",
    text: a.text,
    parentRhkId: a.rater_rhk_id,
    perspektif: null,
    fromAssignmentId: a.id,
    ikis: [],
    externalParent: null,
    assignedBy: null,
    pkTargetIds: [],
  }));
}

/**
 * Copies last year's latest SKP (RHK, IKI, lampiran) as a starting draft; the intervened RHK (in SIMKIN or not) and
 * the PK targets, both of last year, must be chosen anew; a penugasan stays.
 * For a seat held as Plt, last year's SKP of that seat, whoever made it.
 */
async function copyLastYear(
  db: Db,
  employeeId: string,
  year: number,
  into: string,
  seat: string | null,
): Promise<boolean> {
  const lastYear = seat
    ? await skps.listForPosition(db, seat, year - 1)
    : await skps.listForEmployee(db, employeeId, year - 1);
  const source = lastYear.find((s) => s.status !== "diganti");
  if (!source) {
    throw new RuleViolation(
      "no_previous_skp",
      `Tidak ada SKP tahun ${year - 1} yang dapat disalin`,
      {},
      "copyFromLastYear",
    );
  }
  const rhk = (await skps.loadRhk(db, source.id)).map((r) => ({
    kind: r.kind,
    text: r.text,
    parentRhkId: null,
    perspektif: r.perspektif,
    fromAssignmentId: null,
    externalParent: null,
    assignedBy: r.assignedBy,
    pkTargetIds: [],
    ikis: r.ikis.map(({ aspek, indicator, target, unit, accumulation }) => ({
      aspek,
      indicator,
      target,
      unit,
      accumulation,
    })),
  }));
  await skps.replaceContent(db, into, rhk, await skps.loadLampiran(db, source.id));
  await skps.setModel(db, into, { model: source.model, approach: source.approach });
  return true;
}
