import type { SkpDetail } from "@simkin/domain";
import { monthName, wibDate } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { RequestContext } from "../../http/context";
import { absoluteUrl } from "../../http/public-url";
import { codeFor, contentHash } from "../verification/verification.service";
import { governmentOf } from "./party.repo";
import { renderLampiranPdf, renderSkpPdf } from "./pdf/skp-pdf";
import { getSkp } from "./skp.service";

function printedDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${monthName(m ?? 1)} ${y}`;
}

/** The printed content that the verification hash covers: what the paper says, not database ids. */
function printedContent(skp: SkpDetail) {
  const { status, revision, year, periodStart, periodEnd, model, approach, signed, rhk, behaviours, lampiran } = skp;
  return {
    status,
    revision,
    year,
    periodStart,
    periodEnd,
    model,
    approach,
    employee: signed.employee,
    rater: signed.rater,
    partiesBasis: signed.basis,
    rhk,
    behaviours,
    lampiran,
  };
}

/** Renders the SKP or its lampiran as an attachment, with a QR code and short code that verify it online. */
export async function sendSkpPdf(ctx: RequestContext, id: string, reply: FastifyReply, part: "skp" | "lampiran") {
  const { skp, pdf } = await skpPdf(ctx, id, part);
  const name = `${part === "skp" ? "SKP" : "Lampiran-SKP"}-${skp.year}-${skp.employee.nip ?? skp.employeeId}.pdf`;
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return pdf;
}

/** The SKP the caller may see (404 otherwise) and its printout; the batch ZIP prints through this too. */
export async function skpPdf(ctx: RequestContext, id: string, part: "skp" | "lampiran") {
  const skp = await getSkp(ctx, id);
  const doc = {
    type: "skp" as const,
    id: skp.id,
    title: `Sasaran Kinerja Pegawai Tahun ${skp.year}${skp.revision > 1 ? ` (Revisi ke-${skp.revision})` : ""}`,
    subjectName: skp.employee.name,
    subjectDetail: `${skp.employee.position}, ${skp.employee.unit}`,
    period: `${printedDate(skp.periodStart)} s.d. ${printedDate(skp.periodEnd)}`,
    status: skp.status,
  };
  const code = await codeFor(ctx.db, doc, contentHash(printedContent(skp)), ctx.now);
  // The instansi and the place come from the pemerintah daerah above the SKP's unit (issue 9 rule 15).
  const government = await governmentOf(ctx.db, skp.signed.employee.positionId ?? "");
  const input = {
    skp,
    institution: government.header,
    place: government.place,
    // Signed on the approval day as the office counts it (WIB), not the UTC date.
    signedDate: wibDate(skp.approvedAt ? new Date(skp.approvedAt) : ctx.now),
    // From PUBLIC_URL, never from the request's Host header (issue 8, finding 7).
    verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) },
  };
  const pdf = part === "skp" ? await renderSkpPdf(input) : await renderLampiranPdf(input);
  return { skp, pdf };
}
