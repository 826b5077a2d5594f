import {
  assertMonthInPeriod,
  assertRealisations,
  canActOnReport,
  isReportLate,
  monthsOf,
  nextReportStatus,
  type ReportAction,
  type ReportContent,
  type ReportDetail,
  type ReportParties,
  type ReportSaved,
  RuleViolation,
  reportDeadline,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import { reportCalendar } from "../period/holiday.repo";
import * as skps from "../skp/skp.repo";
import { readableReport } from "./report.access";
import { buildReportDetail, summarizeReport } from "./report.detail";
import * as reports from "./report.repo";

/** Every month of the employee's approved SKPs for the year, with its report if one was started. */
export async function myMonths(ctx: RequestContext, year: number) {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) {
    return [];
  }
  const approved = (await skps.listForEmployee(ctx.db, employeeId, year)).filter((s) => s.status === "disetujui");
  const existing = await reports.listForEmployeeYear(ctx.db, employeeId, year);
  const calendar = await reportCalendar(ctx.db, [year]);
  const months = approved.flatMap((skp) => monthsOf(skp.period_start, skp.period_end).map((month) => ({ skp, month })));
  months.sort((a, b) => a.month - b.month);
  return Promise.all(
    months.map(async ({ skp, month }) => {
      const report =
        existing.find((r) => r.month === month && r.skp_id === skp.id) ?? existing.find((r) => r.month === month);
      const deadline = reportDeadline(year, month, calendar.ruleFor(year), calendar.holidays);
      return {
        skpId: skp.id,
        year,
        month,
        deadline,
        report: report ? await summarizeReport(ctx.db, report, ctx.now, calendar) : null,
        late: isReportLate({ submittedAt: report?.submitted_at ?? null }, deadline, ctx.now),
      };
    }),
  );
}

export async function getReport(ctx: RequestContext, id: string): Promise<ReportDetail> {
  const { report, parties } = await readableReport(ctx, ctx.db, id);
  return buildReportDetail(ctx.db, ctx, report, parties);
}

/** Opens the month's report (or returns the one already open, so a double click makes one report). */
export async function openReport(
  ctx: RequestContext,
  input: { year: number; month: number; copyFromLastMonth: boolean },
) {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) {
    throw new RuleViolation("no_employee", "Akun ini tidak terhubung dengan data pegawai", {});
  }
  const approved = (await skps.listForEmployee(ctx.db, employeeId, input.year)).filter((s) => s.status === "disetujui");
  if (approved.length === 0) {
    throw new RuleViolation(
      "no_approved_skp",
      `SKP Anda tahun ${input.year} belum disetujui; laporan bulanan mengikuti SKP yang disetujui`,
      {},
      "year",
    );
  }
  const skp = approved.find((s) => monthsOf(s.period_start, s.period_end).includes(input.month));
  if (!skp) {
    const first = approved[0] as skps.SkpRow; // approved is not empty
    assertMonthInPeriod(input.month, first.period_start, first.period_end);
    throw new RuleViolation("month_outside_period", "Bulan ini berada di luar periode SKP", {}, "month");
  }
  const id = newId();
  const created = await ctx.db.transaction().execute(async (trx) => {
    const existing = await reports.findBySkpMonth(trx, skp.id, input.month);
    if (existing) {
      return existing.id;
    }
    const previous = input.copyFromLastMonth ? await reports.findBySkpMonth(trx, skp.id, input.month - 1) : undefined;
    if (input.copyFromLastMonth && !previous) {
      throw new RuleViolation(
        "no_previous_report",
        "Tidak ada laporan bulan sebelumnya untuk disalin",
        {},
        "copyFromLastMonth",
      );
    }
    const at = ctx.now.toISOString();
    await reports.insert(trx, {
      id,
      skp_id: skp.id,
      employee_id: employeeId,
      year: input.year,
      month: input.month,
      status: "draft",
      achievements: previous?.achievements ?? "",
      challenges: previous?.challenges ?? "",
      improvements: previous?.improvements ?? "",
      overall_feedback: null,
      revision_reason: null,
      submitted_at: null,
      last_submitted_at: null,
      accepted_at: null,
      acknowledged_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    if (previous) {
      const actions = await reports.actionsFor(trx, previous.id);
      await reports.replaceActions(
        trx,
        id,
        actions.map((a) => ({ rhkId: a.rhk_id, plan: a.plan, progress: a.progress })),
      );
    }
    await reports.addEvent(trx, {
      reportId: id,
      at: ctx.now,
      actorId: ctx.actor.userId,
      action: previous ? "created_from_last_month" : "created",
    });
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "report.created",
      subjectType: "monthly_report",
      subjectId: id,
      after: { year: input.year, month: input.month },
    });
    return id;
  });
  return getReport(ctx, created);
}

/**
 * Saves the draft whole; refuses realisations for IKI (and actions for RHK) that are not in the SKP, and realisations
 * that do not fit its approach: numbers for kuantitatif, words for kualitatif (issue 9 rule 9). Answers the new
 * version only: the form keeps what it sent, and autosaves every few seconds must not rebuild the whole report.
 */
export async function saveReport(ctx: RequestContext, id: string, input: ReportContent): Promise<ReportSaved> {
  const { saved, changedRealisations } = await applyChange(
    ctx,
    id,
    "edit",
    input.version,
    async (trx, report, parties) => {
      assertRealisations(parties.skp.approach ?? "kuantitatif", input.realisations);
      const { ikiIds, rhkIds } = await skps.rhkAndIkiIds(trx, report.skp_id);
      const strayIki = input.realisations.findIndex((r) => !ikiIds.has(r.ikiId));
      if (strayIki >= 0) {
        throw new RuleViolation(
          "iki_not_in_skp",
          "Realisasi hanya untuk IKI yang ada di SKP laporan ini",
          {},
          `realisations/${strayIki}/ikiId`,
        );
      }
      const strayRhk = input.actions.findIndex((a) => !rhkIds.has(a.rhkId));
      if (strayRhk >= 0) {
        throw new RuleViolation(
          "rhk_not_in_skp",
          "Rencana aksi hanya untuk RHK yang ada di SKP laporan ini",
          {},
          `actions/${strayRhk}/rhkId`,
        );
      }
      const realisations = await reports.syncRealisations(trx, id, input.realisations);
      const actions = await reports.syncActions(trx, id, input.actions);
      const narratives = {
        achievements: input.achievements,
        challenges: input.challenges,
        improvements: input.improvements,
      };
      return {
        values: changedOnly(report, narratives),
        event: null,
        changed: { realisations, actions },
      };
    },
  );
  return { id: saved.id, version: saved.version, updatedAt: saved.updated_at, changedRealisations };
}

/** The narratives that differ from the saved row: an unchanged column is neither written nor audited again. */
function changedOnly(
  report: reports.ReportRow,
  narratives: Pick<reports.ReportRow, "achievements" | "challenges" | "improvements">,
) {
  return Object.fromEntries(
    Object.entries(narratives).filter(([key, value]) => report[key as keyof typeof narratives] !== value),
  ) as Partial<reports.ReportRow>; // keys are a subset of the row's narrative columns
}

type Change = {
  values: Partial<reports.ReportRow>;
  event: string | null;
  note?: string | null;
  /** The SKP's RHK when the change loaded them, so the answer does not load them again. */
  rhk?: Awaited<ReturnType<typeof skps.loadRhk>>;
  /** Child rows the change rewrote (named in the audit event). */
  changed?: Record<string, boolean>;
  /** Runs after the event is written (with its id), in the same transaction: the step's notice (issue 11). */
  afterward?: (eventId: string | null) => Promise<void>;
};

/**
 * Load what the caller may read, check who may act and the move, apply, bump the version, record; one transaction.
 * Answers with the whole report detail (the reviewer's and the workflow screens show it at once).
 */
export async function changeReport(
  ctx: RequestContext,
  id: string,
  action: ReportAction,
  version: number | null,
  apply: (trx: Db, report: reports.ReportRow, parties: ReportParties & { skp: skps.SkpRow }) => Promise<Change>,
): Promise<ReportDetail> {
  const { saved, parties, change } = await applyChange(ctx, id, action, version, apply);
  return buildReportDetail(ctx.db, ctx, saved, parties, change.rhk);
}

/**
 * The change itself. The parties are resolved once, before the transaction: they come from the org chart, which the
 * write does not touch.
 */
async function applyChange(
  ctx: RequestContext,
  id: string,
  action: ReportAction,
  version: number | null,
  apply: (trx: Db, report: reports.ReportRow, parties: ReportParties & { skp: skps.SkpRow }) => Promise<Change>,
) {
  const { report: read, parties } = await readableReport(ctx, ctx.db, id);
  const { change, saved } = await ctx.db.transaction().execute(async (trx) => {
    // With the caller's version the row read for access serves: the update below is guarded by that version, so a
    // change in between fails it as stale, exactly as a fresh read would (one round trip less per autosave).
    const report = version === null ? await reports.findById(trx, id) : read;
    if (!report) {
      throw new NotFoundError("laporan");
    }
    if (!canActOnReport(ctx.actor, action, parties)) {
      throw new ForbiddenError(forbidden[action]);
    }
    const status = nextReportStatus(report.status, action);
    if (version !== null && report.version !== version) {
      throw new StaleVersionError("laporan");
    }
    const change = await apply(trx, report, parties);
    const values = status === report.status ? change.values : { status, ...change.values };
    const at = ctx.now.toISOString();
    if (!(await reports.update(trx, id, report.version, values, at))) {
      throw new StaleVersionError("laporan");
    }
    const eventId = change.event
      ? await reports.addEvent(trx, {
          reportId: id,
          at: ctx.now,
          actorId: ctx.actor.userId,
          action: change.event,
          note: change.note,
        })
      : null;
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: `report.${action}`,
      subjectType: "monthly_report",
      subjectId: id,
      before: { status: report.status, version: report.version, ...pick(report, Object.keys(change.values)) },
      after: { status, ...change.values, ...changedParts(change.changed) },
    });
    await change.afterward?.(eventId);
    return { change, saved: { ...report, ...values, version: report.version + 1, updated_at: at } };
  });
  if (change.afterward) {
    // A step's e-mail goes now, not at the outbox's next interval (issue 11); after the commit, so it is there to send.
    nudgeOutbox();
  }
  return { saved, parties, change, changedRealisations: change.changed?.realisations ?? false };
}

/** The saved values of the columns a change writes, for the audit's "before". */
function pick(report: reports.ReportRow, keys: string[]) {
  return Object.fromEntries(keys.filter((k) => k in report).map((k) => [k, report[k as keyof reports.ReportRow]]));
}

/** `{ realisations: "diubah" }` for each child list the change rewrote. */
function changedParts(changed: Record<string, boolean> | undefined) {
  return Object.fromEntries(
    Object.entries(changed ?? {})
      .filter(([, yes]) => yes)
      .map(([part]) => [part, "diubah"]),
  );
}

const forbidden: Record<ReportAction, string> = {
  edit: "Hanya pegawai pemilik laporan yang dapat mengubahnya",
  submit: "Hanya pegawai pemilik laporan yang dapat mengajukannya",
  acknowledge: "Hanya pegawai pemilik laporan yang dapat mengonfirmasi umpan balik",
  give_feedback: "Hanya pejabat penilai kinerja pegawai ini yang dapat memberi umpan balik",
  accept: "Hanya pejabat penilai kinerja pegawai ini yang dapat menerima laporan",
  request_revision: "Hanya pejabat penilai kinerja pegawai ini yang dapat meminta revisi",
  comment: "Hanya pegawai dan pejabat penilainya yang dapat menulis balasan",
};
