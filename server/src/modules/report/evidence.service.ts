import {
  assertEvidenceFile,
  canActOnReport,
  canDownloadEvidence,
  type Evidence,
  isZipSignature,
  nextReportStatus,
  RuleViolation,
  safeFileName,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { readStoredFile, storeFile } from "../files/file-store";
import * as skps from "../skp/skp.repo";
import * as evidence from "./evidence.repo";
import { partiesOfReport, readableReport } from "./report.access";
import { readZipListing } from "./zip-listing";

/** Only the employee adds or removes evidence, and only while the report can still be edited. */
async function editableReport(ctx: RequestContext, db: Db, reportId: string, rhkId: string | null) {
  const { report, parties } = await readableReport(ctx, db, reportId);
  if (!canActOnReport(ctx.actor, "edit", parties)) {
    throw new ForbiddenError("Hanya pegawai pemilik laporan yang dapat mengelola bukti dukung");
  }
  nextReportStatus(report.status, "edit");
  if (rhkId && !(await skps.rhkIdsOf(db, report.skp_id)).has(rhkId)) {
    throw new RuleViolation("rhk_not_in_skp", "Bukti dukung hanya untuk RHK yang ada di SKP laporan ini", {}, "rhkId");
  }
  return report;
}

export async function uploadEvidence(
  ctx: RequestContext,
  reportId: string,
  input: { rhkId: string | null; fileName: string; bytes: Buffer },
): Promise<Evidence> {
  if (!input.rhkId) {
    throw new RuleViolation(
      "rhk_required",
      "Pilih RHK untuk bukti dukung ini (kirim kolom rhkId sebelum berkas)",
      {},
      "rhkId",
    );
  }
  const rhkId = input.rhkId;
  await editableReport(ctx, ctx.db, reportId, rhkId);
  // A ZIP is an Office candidate: its central directory is read (within the size limit) for the rule to judge.
  const zip =
    isZipSignature(input.bytes) && input.bytes.length <= ctx.config.maxUploadBytes
      ? { listing: await readZipListing(input.bytes), fileName: input.fileName }
      : null;
  const type = assertEvidenceFile(input.bytes, ctx.config.maxUploadBytes, zip);
  const hash = await storeFile(ctx.config.filesDir, input.bytes);
  const row: evidence.EvidenceRow = {
    id: newId(),
    report_id: reportId,
    rhk_id: rhkId,
    kind: "file",
    name: safeFileName(input.fileName, type),
    url: null,
    mime_type: type.mime,
    size: input.bytes.length,
    content_hash: hash,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await insertEvidence(ctx, row);
  return evidence.toEvidence(row);
}

export async function addLink(
  ctx: RequestContext,
  reportId: string,
  input: { rhkId: string; url: string; title: string },
) {
  await editableReport(ctx, ctx.db, reportId, input.rhkId);
  const row: evidence.EvidenceRow = {
    id: newId(),
    report_id: reportId,
    rhk_id: input.rhkId,
    kind: "link",
    name: input.title || input.url,
    url: input.url,
    mime_type: null,
    size: null,
    content_hash: null,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await insertEvidence(ctx, row);
  return evidence.toEvidence(row);
}

async function insertEvidence(ctx: RequestContext, row: evidence.EvidenceRow) {
  await ctx.db.transaction().execute(async (trx) => {
    await evidence.insert(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evidence.added",
      subjectType: "evidence",
      subjectId: row.id,
      after: evidence.toEvidence(row),
    });
  });
}

export async function removeEvidence(ctx: RequestContext, reportId: string, evidenceId: string) {
  await editableReport(ctx, ctx.db, reportId, null);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await evidence.findOnReport(trx, reportId, evidenceId);
    if (!row) {
      throw new NotFoundError("bukti dukung");
    }
    await evidence.remove(trx, evidenceId);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evidence.removed",
      subjectType: "evidence",
      subjectId: evidenceId,
      before: evidence.toEvidence(row),
    });
    return { ok: true as const };
  });
}

/** Always an attachment, with the type found at upload; anyone not entitled is told it does not exist. */
export async function downloadEvidence(ctx: RequestContext, id: string, reply: FastifyReply): Promise<Buffer> {
  const row = await evidence.findForDownload(ctx.db, id);
  if (row?.kind !== "file" || !row.content_hash) {
    throw new NotFoundError("bukti dukung");
  }
  const parties = await partiesOfReport(ctx.db, row, ctx.now);
  if (!canDownloadEvidence(ctx.actor, parties)) {
    throw new NotFoundError("bukti dukung");
  }
  const bytes = await readStoredFile(ctx.config.filesDir, row.content_hash);
  reply.header("content-type", row.mime_type ?? "application/octet-stream");
  reply.header(
    "content-disposition",
    `attachment; filename="${row.name.replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(row.name)}`,
  );
  return bytes;
}
