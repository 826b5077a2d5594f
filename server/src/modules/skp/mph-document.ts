import { isOverseer, ownPositionOn, wibDate } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { ConflictError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { absoluteUrl } from "../../http/public-url";
import { loadChartAbove } from "../org/chart-slice.repo";
import * as positions from "../org/position.repo";
import { issuerOfUnit } from "../verification/verification.repo";
import { codeFor, contentHash } from "../verification/verification.service";
import { matrix } from "./mph.service";
import { describeSeats, governmentOf } from "./party.repo";
import { renderMphPdf } from "./pdf/mph-pdf";
import * as skps from "./skp.repo";

/** A printed matrix is identified by its leader and year: "<employee id>:<year>". */
const documentId = (leaderId: string, year: number) => `${leaderId}:${year}`;

/**
 * Who may see a printed matrix on the verification page: its leader, the pengelola kinerja and the auditor. Anyone
 * else is told it does not exist.
 */
export async function readableMatrix(ctx: RequestContext, id: string): Promise<void> {
  const [leaderId] = id.split(":");
  const overseer = isOverseer(ctx.actor.roles);
  if (!overseer && ctx.actor.employeeId !== leaderId) {
    throw new NotFoundError("matriks peran hasil");
  }
}

/** The caller's own Matriks Peran Hasil for a year as an A4 landscape PDF with the verification QR code. */
export async function sendMphPdf(ctx: RequestContext, year: number, reply: FastifyReply) {
  const me = ctx.actor.employeeId;
  const date = wibDate(ctx.now);
  const skp = me ? await skps.approvedFor(ctx.db, me, year, date) : undefined;
  if (!me || !skp) {
    throw new ConflictError(
      "mph_not_ready",
      `Matriks Peran Hasil tahun ${year} belum dapat dicetak: SKP Anda tahun itu belum disetujui`,
    );
  }
  const data = await matrix(ctx, year);
  // The seat of the approved SKP: "Plt." when it is not the leader's own post today.
  const own = ownPositionOn(await loadChartAbove(ctx.db, date, { employeeIds: [me] }), me, date);
  const acting = own === skp.position_id ? null : ("plt" as const);
  const [leader] = await describeSeats(ctx.db, [{ employeeId: me, positionId: skp.position_id, acting }]);
  if (!leader) {
    throw new NotFoundError("pegawai");
  }
  const position = await positions.findById(ctx.db, skp.position_id);
  const printed = { year, leader, rhk: data.rhk, subordinates: data.subordinates, assignments: data.assignments };
  const code = await codeFor(
    ctx.db,
    {
      type: "mph",
      id: documentId(me, year),
      title: `Matriks Peran Hasil Tahun ${year}`,
      subjectName: leader.name,
      subjectDetail: `${leader.position}, ${leader.unit}`,
      period: `Tahun ${year}`,
      status: `Dicetak ${date}`,
      issuer: position ? await issuerOfUnit(ctx.db, position.unitId) : null,
    },
    contentHash(printed),
    ctx.now,
  );
  const government = await governmentOf(ctx.db, skp.position_id);
  const pdf = await renderMphPdf({
    ...printed,
    institution: government.header,
    place: government.place,
    signedDate: date,
    // From PUBLIC_URL, never from the request's Host header (issue 8, finding 7).
    verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) },
  });
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="Matriks-Peran-Hasil-${year}-${leader.nip ?? me}.pdf"`);
  return pdf;
}
