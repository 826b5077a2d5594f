import {
  assertEvidenceFile,
  assertRemovalRule,
  canReadEvaluation,
  isZipSignature,
  KEBERATAN_MAX_FILES,
  type KeberatanFile,
  keberatanFileKindSchema,
  RuleViolation,
  safeFileName,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { newId } from "../../db/ids";
import { ForbiddenError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { readStoredFile, storeFile } from "../files/file-store";
import { readZipListing } from "../report/zip-listing";
import { policyParties } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";
import { can, fileRemoval, loadByKeberatan } from "./keberatan.access";
import * as repo from "./keberatan.repo";

/**
 * A file kept with a keberatan, with the evidence's storage and limits: the employee's attachments while it is
 * pending, or the scanned letter the pengelola records an external decision from.
 */
export async function uploadKeberatanFile(
  ctx: RequestContext,
  keberatanId: string,
  input: { kind: string | null; fileName: string; bytes: Buffer },
): Promise<KeberatanFile> {
  const loaded = await loadByKeberatan(ctx, ctx.db, keberatanId);
  const kind = keberatanFileKindSchema.safeParse(input.kind);
  if (!kind.success) {
    throw new RuleViolation("file_kind_required", "Pilih jenis berkas: lampiran atau surat keputusan", {}, "kind");
  }
  const mayUpload =
    kind.data === "lampiran"
      ? ctx.actor.employeeId === loaded.evaluation.employee_id
      : can(ctx, loaded, "record_external_decision");
  if (!mayUpload) {
    throw new ForbiddenError(
      kind.data === "lampiran"
        ? "Hanya pegawai yang mengajukan keberatan yang dapat melampirkan berkas"
        : "Hanya pengelola kinerja yang mencatat keputusan dari surat yang dapat mengunggah surat keputusan",
    );
  }
  if (loaded.evaluation.status === "locked" || loaded.keberatan?.status === "diputus") {
    throw new RuleViolation("keberatan_not_pending", "Keberatan ini sudah diputus");
  }
  if ((await repo.filesOf(ctx.db, keberatanId)).length >= KEBERATAN_MAX_FILES) {
    throw new RuleViolation(
      "keberatan_files_limit",
      `Paling banyak ${KEBERATAN_MAX_FILES} berkas untuk satu keberatan`,
      { max: KEBERATAN_MAX_FILES },
      "file",
    );
  }
  const zip =
    isZipSignature(input.bytes) && input.bytes.length <= ctx.config.maxUploadBytes
      ? { listing: await readZipListing(input.bytes), fileName: input.fileName }
      : null;
  const type = assertEvidenceFile(input.bytes, ctx.config.maxUploadBytes, zip);
  const hash = await storeFile(ctx.config.filesDir, input.bytes);
  const row: repo.FileRow = {
    id: newId(ctx.now.getTime()),
    owner_type: "keberatan",
    owner_id: keberatanId,
    kind: kind.data,
    name: safeFileName(input.fileName, type),
    mime_type: type.mime,
    size: input.bytes.length,
    content_hash: hash,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertFile(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "keberatan.file_added",
      subjectType: "keberatan",
      subjectId: keberatanId,
      after: repo.fileRecord(row),
    });
  });
  return repo.toFile(row, fileRemoval(ctx, loaded, row) === "allowed");
}

/** Who attached a file removes it while the keberatan is pending; the audit keeps what it was (decision 0063). */
export async function removeKeberatanFile(ctx: RequestContext, id: string): Promise<{ deleted: true }> {
  const row = await repo.findFile(ctx.db, id);
  if (!row) {
    throw new NotFoundError("berkas");
  }
  const loaded = await loadByKeberatan(ctx, ctx.db, row.owner_id).catch((error: unknown) => {
    // The file answers exactly as a random id does when its evaluation is hidden from the caller.
    throw error instanceof NotFoundError ? new NotFoundError("berkas") : error;
  });
  const removal = fileRemoval(ctx, loaded, row);
  if (removal === "forbidden") {
    throw new ForbiddenError("Hanya yang melampirkan berkas ini yang dapat menghapusnya");
  }
  assertRemovalRule(removal);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findFile(trx, id))) {
      throw new NotFoundError("berkas");
    }
    await repo.removeFile(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "keberatan.file_removed",
      subjectType: "keberatan",
      subjectId: row.owner_id,
      before: { ...repo.fileRecord(row), contentHash: row.content_hash },
    });
  });
  return { deleted: true };
}

/** Always an attachment with the type found at upload; anyone who may not read the evaluation gets a 404. */
export async function downloadKeberatanFile(ctx: RequestContext, id: string, reply: FastifyReply): Promise<Buffer> {
  const row = await repo.findFile(ctx.db, id);
  const keberatan = row ? await repo.findById(ctx.db, row.owner_id) : undefined;
  const evaluation = keberatan ? await evaluations.findById(ctx.db, keberatan.evaluation_id) : undefined;
  if (!row || !evaluation || !canReadEvaluation(ctx.actor, policyParties(evaluation))) {
    throw new NotFoundError("berkas");
  }
  const bytes = await readStoredFile(ctx.config.filesDir, row.content_hash);
  reply.header("content-type", row.mime_type);
  reply.header(
    "content-disposition",
    `attachment; filename="${row.name.replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(row.name)}`,
  );
  return bytes;
}
