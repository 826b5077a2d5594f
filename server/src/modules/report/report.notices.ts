import type { ReportParties } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyStep } from "../notification/notify";
import { awaitingFeedbackText } from "../notification/reminder-texts";
import * as texts from "../notification/step-texts";
import * as employees from "../org/employee.repo";
import type { ReportRow } from "./report.repo";

export type ReportStep = "submitted" | "feedback_given" | "accepted" | "revision_requested" | "acknowledged";

/**
 * Tells the other party of a monthly report's step, in the step's transaction (issue 11): the rater resolved for the
 * report's month (a Plt/Plh rater included) when it is submitted or the feedback read; the employee otherwise.
 * Once per step event; feedback, which the rater may save several times, once per submission.
 */
export async function notifyReportStep(
  ctx: RequestContext,
  trx: Db,
  step: { name: ReportStep; report: ReportRow; parties: ReportParties; eventId: string | null; reason?: string },
): Promise<void> {
  const { name, report, parties, eventId } = step;
  const occasion = name === "feedback_given" ? `${report.id}:${report.last_submitted_at}` : eventId;
  const base = { subjectId: report.id, link: `/reports/${report.id}`, key: `report_${name}:${occasion}` };
  const { year, month } = report;
  const nameOf = async (employeeId: string | null, fallback: string) =>
    (employeeId && (await employees.findById(trx, employeeId))?.displayName) || fallback;
  const rater = () => nameOf(ctx.actor.employeeId, "Pejabat penilai kinerja");
  const employee = () => nameOf(report.employee_id, "Pegawai");
  const toRater = { ...base, to: parties.raterEmployeeId };
  const toEmployee = { ...base, to: report.employee_id };
  switch (name) {
    case "submitted":
      await notifyStep(ctx, trx, {
        ...toRater,
        kind: "report_awaiting_feedback",
        ...awaitingFeedbackText(year, month, await employee()),
      });
      return;
    case "acknowledged":
      await notifyStep(ctx, trx, {
        ...toRater,
        kind: "feedback_acknowledged",
        ...texts.feedbackAcknowledgedText(year, month, await employee()),
      });
      return;
    case "feedback_given":
      await notifyStep(ctx, trx, {
        ...toEmployee,
        kind: "report_feedback_given",
        ...texts.reportFeedbackText(year, month, await rater()),
      });
      return;
    case "accepted":
      await notifyStep(ctx, trx, {
        ...toEmployee,
        kind: "report_accepted",
        ...texts.reportAcceptedText(year, month, await rater()),
      });
      return;
    case "revision_requested":
      await notifyStep(ctx, trx, {
        ...toEmployee,
        kind: "report_revision_requested",
        ...texts.reportRevisionText(year, month, await rater(), step.reason ?? ""),
      });
      return;
  }
}
