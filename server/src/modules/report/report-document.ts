import { monthName, type Party, type ReportDetail, reportRaterDate, wibDate } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { absoluteUrl } from "../../http/public-url";
import { governmentOf } from "../skp/party.repo";
import { partiesOf } from "../skp/skp.access";
import { buildDetail } from "../skp/skp.detail";
import * as skps from "../skp/skp.repo";
import { codeFor, contentHash } from "../verification/verification.service";
import { renderReportPdf } from "./pdf/report-pdf";
import { getReport } from "./report.service";

/** The printed content that the verification hash covers: what the paper says, not ids, comments or history. */
function printedContent(report: ReportDetail, employee: Party, rater: Party | null) {
  const { status, year, month, deadline, submittedAt, lastSubmittedAt, late, acceptedAt, acknowledgedAt } = report;
  const { achievements, challenges, improvements, overallFeedback, revisionReason } = report;
  const rhk = report.rhk.map((r) => ({
    kind: r.kind,
    text: r.text,
    ikis: r.ikis.map(({ ikiId: _id, ...iki }) => iki),
    plan: r.plan,
    progress: r.progress,
    evidence: r.evidence.map((e) => ({ kind: e.kind, name: e.name, url: e.url })),
    feedback: r.feedback,
  }));
  const behaviours = report.behaviours.map(({ code, expectation, feedback }) => ({ code, expectation, feedback }));
  return {
    approach: report.approach,
    behaviours,
    status,
    year,
    month,
    deadline,
    submittedAt,
    lastSubmittedAt,
    late,
    acceptedAt,
    acknowledgedAt,
    employee,
    rater,
    rhk,
    achievements,
    challenges,
    improvements,
    overallFeedback,
    revisionReason,
  };
}

/**
 * The employee and the rater as the identity block prints them (NIP, pangkat, jabatan, unit), read from the report's
 * SKP with the rater of the report's month. getReport already checked access, so getSkp's own check is not repeated.
 */
async function partiesFor(ctx: RequestContext, report: ReportDetail) {
  const skp = await skps.findById(ctx.db, report.skpId);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  // Midday WIB of the report's date, so that the SKP resolves the same rater as the report did.
  const at = new Date(
    `${reportRaterDate(report, { start: skp.period_start, end: skp.period_end }, ctx.now)}T05:00:00.000Z`,
  );
  const detail = await buildDetail(ctx.db, { actor: ctx.actor, now: at }, skp, await partiesOf(ctx.db, skp, at));
  return { employee: detail.employee, rater: detail.rater };
}

/** Renders the monthly report as an attachment, with a QR code and short code that verify it online. */
export async function sendReportPdf(ctx: RequestContext, id: string, reply: FastifyReply) {
  const report = await getReport(ctx, id);
  const { employee, rater } = await partiesFor(ctx, report);
  const period = `${monthName(report.month)} ${report.year}`;
  const doc = {
    type: "report" as const,
    id: report.id,
    title: `Laporan Kinerja Bulanan ${period}`,
    subjectName: employee.name,
    subjectDetail: `${employee.position}, ${employee.unit}`,
    period: `Bulan ${period}`,
    status: report.status,
  };
  const code = await codeFor(ctx.db, doc, contentHash(printedContent(report, employee, rater)), ctx.now);
  // The instansi and the place come from the pemerintah daerah above the employee's unit (issue 9 rule 15).
  const government = await governmentOf(ctx.db, employee.positionId ?? "");
  const pdf = await renderReportPdf({
    report,
    employee,
    rater,
    institution: government.header,
    place: government.place,
    // Signed the day the rater accepted it (WIB); a report not yet accepted is dated the day it is printed.
    signedDate: wibDate(report.acceptedAt ? new Date(report.acceptedAt) : ctx.now),
    // From PUBLIC_URL, never from the request's Host header (issue 8, finding 7).
    verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) },
  });
  const month = String(report.month).padStart(2, "0");
  const name = `Laporan-${report.year}-${month}-${employee.nip ?? report.employeeId}.pdf`;
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return pdf;
}
