import {
  assertEvidenceFile,
  assertScanType,
  canActOnEvaluation,
  canUploadPenetapanScan,
  type EvaluationScan,
  type EvaluationScans,
  evaluationScanKindSchema,
  RuleViolation,
  type ScanKind,
  safeFileName,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ForbiddenError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { readStoredFile, storeFile } from "../files/file-store";
import * as capaians from "./capaian.repo";
import { type PenetapanScope, readablePenetapan } from "./document.access";
import { policyParties, readableEvaluation, stateOf } from "./evaluation.access";
import * as kurva from "./kurva.repo";
import { readableScan } from "./scan.access";
import { notifyEvaluationScan, notifyPenetapanScan } from "./scan.notices";
import { evaluationScanRemoval, penetapanScanRemoval } from "./scan.removal";
import * as scans from "./scan.repo";

export type ScanUpload = { kind: string | null; fileName: string; bytes: Buffer };
/** Reads the multipart body: called only once the caller may upload, so nobody else's bytes are read or buffered. */
export type ReadUpload = () => Promise<ScanUpload>;

/** A scan is a PDF, JPEG or PNG within the upload limit, recognised from its content, not its name. */
function checkedType(ctx: RequestContext, bytes: Buffer) {
  const type = assertEvidenceFile(bytes, ctx.config.maxUploadBytes, null);
  assertScanType(type.mime);
  return type;
}

/** Tells the people of the record inside the upload's transaction (scan.notices.ts). */
type Announce = (trx: Db, row: scans.FileRow) => Promise<void>;

async function keep(
  ctx: RequestContext,
  owner: { type: "evaluation" | "unit_evaluation"; id: string },
  kind: ScanKind,
  upload: ScanUpload,
  announce: Announce,
  canDelete: (row: scans.FileRow, all: readonly scans.FileRow[]) => boolean,
): Promise<EvaluationScan> {
  const type = checkedType(ctx, upload.bytes);
  const hash = await storeFile(ctx.config.filesDir, upload.bytes);
  const row: scans.FileRow = {
    id: newId(),
    owner_type: owner.type,
    owner_id: owner.id,
    kind,
    name: safeFileName(upload.fileName, type),
    mime_type: type.mime,
    size: upload.bytes.length,
    content_hash: hash,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await scans.insert(trx, row);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evaluation_scan.uploaded",
      subjectType: "evaluation_file",
      subjectId: row.id,
      after: { ownerType: row.owner_type, ownerId: row.owner_id, kind, name: row.name, contentHash: hash },
    });
    await announce(trx, row);
  });
  const all = await scans.listOf(ctx.db, owner.type, owner.id);
  const [scan] = await scans.toScans(ctx.db, [row], (r) => canDelete(r, all));
  if (!scan) {
    throw new Error("A scan just stored could not be read back");
  }
  return scan;
}

/** The wet-signed EKP or Dokumen of a finalised evaluation, kept by its rater or the pengelola kinerja. */
export async function uploadEvaluationScan(ctx: RequestContext, id: string, read: ReadUpload) {
  const row = await readableEvaluation(ctx, ctx.db, id);
  const state = await stateOf(ctx.db, row, ctx.now);
  if (!canActOnEvaluation(ctx.actor, "upload_scan", policyParties(row), state)) {
    throw new ForbiddenError(
      row.status === "draft"
        ? "Pindaian dapat diunggah setelah evaluasi ditetapkan"
        : "Hanya pejabat penilai atau pengelola kinerja yang dapat mengunggah pindaian",
    );
  }
  const upload = await read();
  const kind = evaluationScanKindSchema.safeParse(upload.kind);
  if (!kind.success) {
    throw new RuleViolation(
      "scan_kind_required",
      "Pilih jenis dokumen yang dipindai (Evaluasi Kinerja Pegawai atau Dokumen Evaluasi) sebelum berkas",
      {},
      "kind",
    );
  }
  const removal = (file: scans.FileRow, all: readonly scans.FileRow[]) =>
    evaluationScanRemoval(ctx, row, state, file, all) === "allowed";
  return keep(
    ctx,
    { type: "evaluation", id: row.id },
    kind.data,
    upload,
    (trx, file) => notifyEvaluationScan(ctx, trx, row, file),
    removal,
  );
}

export async function listEvaluationScans(ctx: RequestContext, id: string): Promise<EvaluationScans> {
  const row = await readableEvaluation(ctx, ctx.db, id);
  const state = await stateOf(ctx.db, row, ctx.now);
  const files = await scans.listOf(ctx.db, "evaluation", row.id);
  return {
    scans: await scans.toScans(
      ctx.db,
      files,
      (file) => evaluationScanRemoval(ctx, row, state, file, files) === "allowed",
    ),
    canUpload: canActOnEvaluation(ctx.actor, "upload_scan", policyParties(row), state),
    printable: row.status !== "draft",
  };
}

/** The signed Format Penetapan of a finalised unit period, kept by the unit's head or the pengelola kinerja. */
export async function uploadPenetapanScan(ctx: RequestContext, scope: PenetapanScope, read: ReadUpload) {
  const { heads, unit } = await readablePenetapan(ctx, scope);
  if (!canUploadPenetapanScan(ctx.actor, heads)) {
    throw new ForbiddenError("Hanya pimpinan unit kerja atau pengelola kinerja yang dapat mengunggah pindaian ini");
  }
  const finalised = await kurva.findUnitEvaluation(ctx.db, unit.id, scope.year, scope.period);
  if (!finalised) {
    throw new RuleViolation(
      "penetapan_not_final",
      "Predikat kinerja unit ini untuk periode tersebut belum ditetapkan pimpinan unit kerja",
      { unitId: unit.id, year: scope.year, period: scope.period },
    );
  }
  return keep(
    ctx,
    { type: "unit_evaluation", id: finalised.id },
    "scan_penetapan",
    await read(),
    (trx, file) => notifyPenetapanScan(ctx, trx, { scope, unitName: unit.name, heads }, file),
    (file, all) => penetapanScanRemoval(ctx, file, all) === "allowed",
  );
}

export async function listPenetapanScans(ctx: RequestContext, scope: PenetapanScope): Promise<EvaluationScans> {
  const { heads, unit } = await readablePenetapan(ctx, scope);
  const [finalised, capaian] = await Promise.all([
    kurva.findUnitEvaluation(ctx.db, unit.id, scope.year, scope.period),
    capaians.findRow(ctx.db, unit.id, scope.year, scope.period),
  ]);
  const files = finalised ? await scans.listOf(ctx.db, "unit_evaluation", finalised.id) : [];
  return {
    scans: await scans.toScans(ctx.db, files, (file) => penetapanScanRemoval(ctx, file, files) === "allowed"),
    canUpload: finalised !== undefined && canUploadPenetapanScan(ctx.actor, heads),
    printable: capaian !== undefined,
  };
}

export async function downloadScan(ctx: RequestContext, id: string, reply: FastifyReply): Promise<Buffer> {
  const { file } = await readableScan(ctx, id);
  const bytes = await readStoredFile(ctx.config.filesDir, file.content_hash);
  reply.header("content-type", file.mime_type);
  reply.header(
    "content-disposition",
    `attachment; filename="${file.name.replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  );
  return bytes;
}
