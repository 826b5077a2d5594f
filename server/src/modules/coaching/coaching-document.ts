import { type Coaching, ownPositionOn, type Party, resolveRaters, wibDate } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { ConflictError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { absoluteUrl } from "../../http/public-url";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as positions from "../org/position.repo";
import { describeSeats, governmentOf, type Seat } from "../skp/party.repo";
import { formatDateId } from "../skp/pdf/pdf-format";
import { issuerOfUnit } from "../verification/verification.repo";
import { codeFor, contentHash } from "../verification/verification.service";
import { getCoaching, readable } from "./coaching.service";
import { renderB18Pdf, renderB19Pdf } from "./coaching-pdf";

export type CoachingForm = "b18" | "b19";

/**
 * The pegawai and the penilai as they stood on the session's date: the pegawai in their own post, the penilai in the
 * seat the chart resolved for the pegawai (so a Plt prints "Plt."), else in the recorder's own post.
 */
async function partiesOn(db: Db, session: Coaching): Promise<{ employee: Party; rater: Party | null }> {
  // Both people's posts and the posts above the pegawai's: all the rules read here (chart-slice.repo.ts).
  const chart = await loadChartAbove(db, session.date, { employeeIds: [session.employeeId, session.raterEmployeeId] });
  const ownSeat = (employeeId: string): Seat | null => {
    const positionId = ownPositionOn(chart, employeeId, session.date);
    return positionId ? { employeeId, positionId, acting: null } : null;
  };
  const resolved = resolveRaters(chart, session.employeeId, session.date).rater;
  const raterSeat = resolved?.employeeId === session.raterEmployeeId ? resolved : ownSeat(session.raterEmployeeId);
  const [employee, rater] = await describeSeats(db, [ownSeat(session.employeeId), raterSeat]);
  return {
    // Someone who has left every post since still prints by name.
    employee: employee ?? unplaced(session.employeeId, session.employeeName),
    rater: rater ?? unplaced(session.raterEmployeeId, session.raterName),
  };
}

function unplaced(employeeId: string, name: string): Party {
  return { employeeId, positionId: null, name, nip: null, pangkat: null, position: "-", unit: "-" };
}

const titles: Record<CoachingForm, string> = {
  b18: "Umpan Balik Pelaksanaan Bimbingan Kinerja (Format B.1.8)",
  b19: "Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja (Format B.1.9)",
};

/** What the paper says, which the verification hash covers: the parties, the session and the filled form. */
function printedContent(form: CoachingForm, session: Coaching, employee: Party, rater: Party | null) {
  const filled = form === "b18" ? session.feedback : session.evaluation;
  return { form, date: session.date, topic: session.topic, employee, rater, filled };
}

/**
 * Format B.1.8 or B.1.9 of a coaching session as an A4 PDF with the verification QR code. Whoever may read the session
 * may print it (the pegawai, the rater, the atasan, the pengelola kinerja, the auditor); anyone else gets a 404.
 */
export async function sendCoachingPdf(ctx: RequestContext, id: string, form: CoachingForm, reply: FastifyReply) {
  await readable(ctx, ctx.db, id);
  const session = await getCoaching(ctx.db, id);
  const filledAt = form === "b18" ? session.feedback?.at : session.evaluation?.at;
  if (!filledAt) {
    // A code on an empty form would certify answers nobody gave.
    throw new ConflictError(
      "coaching_form_empty",
      form === "b18"
        ? "Format B.1.8 belum diisi pegawai, sehingga belum dapat dicetak"
        : "Format B.1.9 belum diisi pejabat penilai, sehingga belum dapat dicetak",
    );
  }
  const { employee, rater } = await partiesOn(ctx.db, session);
  const unitId = employee.positionId ? (await positions.findById(ctx.db, employee.positionId))?.unitId : undefined;
  const doc = {
    type: form === "b18" ? ("coaching_b18" as const) : ("coaching_b19" as const),
    id: session.id,
    title: titles[form],
    subjectName: employee.name,
    subjectDetail: `${employee.position}, ${employee.unit}`,
    period: `Bimbingan kinerja ${formatDateId(session.date)}`,
    status: `Diisi ${formatDateId(wibDate(new Date(filledAt)))}`,
    issuer: unitId ? await issuerOfUnit(ctx.db, unitId) : null,
  };
  const code = await codeFor(ctx.db, doc, contentHash(printedContent(form, session, employee, rater)), ctx.now);
  const government = await governmentOf(ctx.db, employee.positionId ?? "");
  const input = {
    session,
    employee,
    rater,
    institution: government.header,
    place: government.place,
    // Signed the day the form was filled, as the office counts it (WIB).
    signedDate: wibDate(new Date(filledAt)),
    // From PUBLIC_URL, never from the request's Host header (issue 8, finding 7).
    verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) },
  };
  const pdf = form === "b18" ? await renderB18Pdf(input) : await renderB19Pdf(input);
  const name = `${form === "b18" ? "B.1.8" : "B.1.9"}-${session.date}-${employee.nip ?? session.employeeId}.pdf`;
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return pdf;
}
