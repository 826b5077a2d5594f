import {
  assertQualitativeEvidence,
  type FeedbackInput,
  type ReportDetail,
  type ReportSummary,
  RuleViolation,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { reportCalendar } from "../period/holiday.repo";
import * as skps from "../skp/skp.repo";
import { reportsAwaitingAnswer } from "./awaiting-answer";
import { readableReport } from "./report.access";
import { summarizeReport } from "./report.detail";
import { notifyReportStep } from "./report.notices";
import * as reports from "./report.repo";
import { changeReport, getReport } from "./report.service";

/**
 * Submits the month. A retry of a submit that already went through (same version, e.g. a network retry) answers
 * with the submitted report instead of an error, so nothing is sent twice. Late submissions are accepted and the
 * first submission time decides lateness.
 */
export async function submitReport(ctx: RequestContext, id: string, version: number): Promise<ReportDetail> {
  const { report } = await readableReport(ctx, ctx.db, id);
  if (report.status === "diajukan" && report.version === version + 1 && report.employee_id === ctx.actor.employeeId) {
    return getReport(ctx, id);
  }
  return changeReport(ctx, id, "submit", version, async (trx, row, parties) => {
    const realisations = await reports.realisationsFor(trx, [row.id]);
    if (realisations.length === 0 && row.achievements.trim() === "") {
      throw new RuleViolation(
        "report_empty",
        "Isi realisasi atau pencapaian sebelum mengajukan laporan",
        {},
        "achievements",
      );
    }
    await assertEvidenceForWords(trx, row, new Set(realisations.map((r) => r.iki_id)));
    const at = ctx.now.toISOString();
    return {
      values: { submitted_at: row.submitted_at ?? at, last_submitted_at: at, revision_reason: null },
      event: "submitted",
      afterward: (eventId) => notifyReportStep(ctx, trx, { name: "submitted", report: row, parties, eventId }),
    };
  });
}

/**
 * The rater's constructive feedback: per RHK what went well, what to improve, what support they give; per BerAKHLAK
 * value (issue 9 rule 10); and overall.
 */
export function giveFeedback(ctx: RequestContext, id: string, input: FeedbackInput): Promise<ReportDetail> {
  return changeReport(ctx, id, "give_feedback", input.version, async (trx, report, parties) => {
    const rhkIds = await skps.rhkIdsOf(trx, report.skp_id);
    const stray = input.perRhk.findIndex((f) => !rhkIds.has(f.rhkId));
    if (stray >= 0) {
      throw new RuleViolation(
        "rhk_not_in_skp",
        "Umpan balik hanya untuk RHK yang ada di SKP laporan ini",
        {},
        `perRhk/${stray}/rhkId`,
      );
    }
    await reports.replaceFeedback(trx, id, input.perRhk);
    await reports.replaceBehaviourFeedback(trx, id, input.perValue);
    return {
      values: { overall_feedback: input.overall },
      event: "feedback_given",
      afterward: (eventId) => notifyReportStep(ctx, trx, { name: "feedback_given", report, parties, eventId }),
    };
  });
}

export function acceptReport(ctx: RequestContext, id: string, version: number): Promise<ReportDetail> {
  return changeReport(ctx, id, "accept", version, async (trx, report, parties) => ({
    values: { accepted_at: ctx.now.toISOString(), acknowledged_at: null },
    event: "accepted",
    afterward: (eventId) => notifyReportStep(ctx, trx, { name: "accepted", report, parties, eventId }),
  }));
}

export function requestRevision(ctx: RequestContext, id: string, reason: string, version: number) {
  return changeReport(ctx, id, "request_revision", version, async (trx, report, parties) => ({
    values: { revision_reason: reason, acknowledged_at: null },
    event: "revision_requested",
    note: reason,
    afterward: (eventId) =>
      notifyReportStep(ctx, trx, { name: "revision_requested", report, parties, eventId, reason }),
  }));
}

/** The employee confirms they have read the feedback. */
export function acknowledge(ctx: RequestContext, id: string, version: number): Promise<ReportDetail> {
  return changeReport(ctx, id, "acknowledge", version, async (trx, report, parties) => {
    if (report.acknowledged_at) {
      throw new RuleViolation("already_acknowledged", "Umpan balik ini sudah Anda konfirmasi", {});
    }
    return {
      values: { acknowledged_at: ctx.now.toISOString() },
      event: "acknowledged",
      afterward: (eventId) => notifyReportStep(ctx, trx, { name: "acknowledged", report, parties, eventId }),
    };
  });
}

/** A short reply thread between the employee and the rater. */
export function addComment(ctx: RequestContext, id: string, text: string): Promise<ReportDetail> {
  return changeReport(ctx, id, "comment", null, async (trx) => {
    await reports.addComment(trx, { reportId: id, authorId: ctx.actor.userId, text, at: ctx.now });
    return { values: {}, event: null };
  });
}

/** Reports that wait for my feedback, oldest first: those of the months I was the rater of (decision 0067). */
export async function feedbackInbox(ctx: RequestContext): Promise<ReportSummary[]> {
  if (!ctx.actor.employeeId) {
    return [];
  }
  const rows = await reportsAwaitingAnswer(ctx.db, ctx.actor.employeeId, ctx.now);
  const calendar = await reportCalendar(ctx.db, [...new Set(rows.map((r) => r.year))]);
  return Promise.all(rows.map((row) => summarizeReport(ctx.db, row, ctx.now, calendar)));
}

/** A kualitatif SKP's realisations in words rest on bukti dukung (issue 9 rule 9). */
async function assertEvidenceForWords(db: Db, report: reports.ReportRow, reported: ReadonlySet<string>) {
  const skp = await skps.findById(db, report.skp_id);
  if (skp?.approach !== "kualitatif") {
    return;
  }
  const evidence = await reports.evidenceFor(db, report.id);
  const rhk = (await skps.loadRhk(db, report.skp_id)).map((r) => ({
    text: r.text,
    ikiIds: r.ikis.map((i) => i.id),
    evidenceCount: evidence.filter((e) => e.rhk_id === r.id).length,
  }));
  assertQualitativeEvidence(skp.approach, rhk, reported);
}
