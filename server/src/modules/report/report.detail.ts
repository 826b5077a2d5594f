import {
  accumulationFor,
  canActOnReport,
  cumulativeFor,
  formatVerificationCode,
  isReportLate,
  legalReportActions,
  type ReportDetail,
  type ReportParties,
  type ReportSummary,
  reportDeadline,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import * as employees from "../org/employee.repo";
import { type ReportCalendar, reportCalendar } from "../period/holiday.repo";
import * as skps from "../skp/skp.repo";
import { latestCode } from "../verification/verification.repo";
import { behavioursOf } from "./behaviour-feedback";
import * as reports from "./report.repo";

/** The report's deadline and whether it is late, with the one meaning of late (issue 9 rule 18). */
export async function summarizeReport(
  db: Db,
  report: reports.ReportRow,
  now: Date,
  calendar?: ReportCalendar,
): Promise<ReportSummary> {
  const holder = await skps.holderOf(db, report.skp_id);
  const known = calendar ?? (await reportCalendar(db, [report.year]));
  const deadline = reportDeadline(report.year, report.month, known.ruleFor(report.year), known.holidays);
  return {
    id: report.id,
    skpId: report.skp_id,
    employeeId: report.employee_id,
    employeeName: holder.employeeName,
    positionName: holder.positionName,
    year: report.year,
    month: report.month,
    status: report.status,
    deadline,
    submittedAt: report.submitted_at,
    lastSubmittedAt: report.last_submitted_at,
    late: isReportLate({ submittedAt: report.submitted_at }, deadline, now),
    acceptedAt: report.accepted_at,
    acknowledgedAt: report.acknowledged_at,
    version: report.version,
  };
}

/** Each IKI's realisation this month and so far: the months in order, added up the IKI's way (issue 9 rule 11). */
async function ikiLines(db: Db, report: reports.ReportRow, rhk: Awaited<ReturnType<typeof skps.loadRhk>>) {
  const earlier = (await reports.listForSkps(db, [report.skp_id])).filter((r) => r.month <= report.month);
  const monthOf = new Map(earlier.map((r) => [r.id, r.month]));
  const realisations = (
    await reports.realisationsFor(
      db,
      earlier.map((r) => r.id),
    )
  ).sort((a, b) => (monthOf.get(a.report_id) ?? 0) - (monthOf.get(b.report_id) ?? 0));
  const thisMonth = new Map(realisations.filter((r) => r.report_id === report.id).map((r) => [r.iki_id, r.value]));
  return (ikis: (typeof rhk)[number]["ikis"]) =>
    ikis.map((iki) => {
      const accumulation = accumulationFor(iki);
      const values = realisations.filter((v) => v.iki_id === iki.id).map((v) => v.value);
      return {
        ikiId: iki.id,
        aspek: iki.aspek,
        indicator: iki.indicator,
        target: iki.target,
        unit: iki.unit,
        value: thisMonth.get(iki.id) ?? "",
        ...cumulativeFor(values, iki.target, accumulation),
        accumulation,
      };
    });
}

/** The report with each RHK's IKI realisation this month and so far, its evidence, feedback and what may be done. */
export async function buildReportDetail(
  db: Db,
  ctx: Pick<RequestContext, "actor" | "now">,
  report: reports.ReportRow,
  parties: ReportParties & { skp: skps.SkpRow },
  // A save has just loaded the RHK to check the realisations against them.
  loadedRhk?: Awaited<ReturnType<typeof skps.loadRhk>>,
): Promise<ReportDetail> {
  const { skp } = parties;
  const rhk = loadedRhk ?? (await skps.loadRhk(db, report.skp_id));
  const linesOf = await ikiLines(db, report, rhk);
  const actions = new Map((await reports.actionsFor(db, report.id)).map((a) => [a.rhk_id, a]));
  const feedback = new Map((await reports.feedbackFor(db, report.id)).map((f) => [f.rhk_id, f]));
  const evidence = await reports.evidenceFor(db, report.id);
  const rater = parties.raterEmployeeId ? await employees.findById(db, parties.raterEmployeeId) : undefined;
  const verification = await latestCode(db, "report", report.id);
  return {
    ...(await summarizeReport(db, report, ctx.now)),
    approach: skp.approach ?? "kuantitatif",
    rhk: rhk.map((r) => ({
      rhkId: r.id,
      kind: r.kind,
      text: r.text,
      ikis: linesOf(r.ikis),
      plan: actions.get(r.id)?.plan ?? "",
      progress: actions.get(r.id)?.progress ?? null,
      evidence: evidence
        .filter((e) => e.rhk_id === r.id)
        .map((e) => ({
          id: e.id,
          rhkId: e.rhk_id,
          kind: e.kind,
          name: e.name,
          url: e.url,
          mimeType: e.mime_type,
          size: e.size,
          createdAt: e.created_at,
        })),
      feedback: feedbackOf(feedback.get(r.id)),
    })),
    behaviours: await behavioursOf(db, skp, report.id),
    achievements: report.achievements,
    challenges: report.challenges,
    improvements: report.improvements,
    overallFeedback: report.overall_feedback,
    revisionReason: report.status === "perlu_revisi" ? report.revision_reason : null,
    raterName: rater?.displayName ?? null,
    comments: await reports.listComments(db, report.id),
    events: await reports.listEvents(db, report.id),
    allowed: legalReportActions(report.status).filter(
      (a) => canActOnReport(ctx.actor, a, parties) && !(a === "acknowledge" && report.acknowledged_at !== null),
    ),
    verificationCode: verification ? formatVerificationCode(verification) : null,
  };
}

function feedbackOf(row: { went_well: string; to_improve: string; support: string } | undefined) {
  return row ? { wentWell: row.went_well, toImprove: row.to_improve, support: row.support } : null;
}
