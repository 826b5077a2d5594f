import {
  assertEvidenceFile,
  type CapaianInput,
  capaianRefusal,
  type ExternalCapaianInput,
  externalCapaianInputSchema,
  type OrgCapaian,
  RuleViolation,
  safeFileName,
  wibDate,
} from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { newId } from "../../db/ids";
import type { OrgCapaianTable } from "../../db/schema-evaluation";
import { AppError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { readStoredFile, storeFile } from "../files/file-store";
import { capaianForbidden, unitAccess } from "./capaian.access";
import type { UnitAuthority } from "./capaian.authority";
import { notifyCapaianSet } from "./capaian.notices";
import * as repo from "./capaian.repo";

export { listCapaian } from "./capaian.list";

type Letter = { letterNumber: string; letterDate: string; scan: { fileName: string; bytes: Buffer } };

/** The head one level up sets or changes a unit's capaian for a period, until its distribution is finalised. */
export async function setCapaian(ctx: RequestContext, input: CapaianInput): Promise<OrgCapaian> {
  const { authority } = await unitAccess(ctx, input.unitId, input.year, input.periodCode);
  const refusal = capaianRefusal(
    { employeeId: ctx.actor.employeeId, isPengelola: ctx.actor.roles.includes("pengelola_kinerja") },
    authority.setter,
    "internal",
  );
  if (refusal) {
    throw capaianForbidden(refusal);
  }
  return decide(ctx, authority, input, null);
}

/**
 * The pengelola records a decision made outside SIMKIN (the Sekda without an account) from its letter: number, date
 * and the scan, kept in evaluation_file with the upload limits of evidence (REGULATIONS.md §2.4 step 1).
 */
export async function recordExternal(
  ctx: RequestContext,
  fields: Record<string, string>,
  scan: { fileName: string; bytes: Buffer } | null,
): Promise<OrgCapaian> {
  const input = parseFields(fields);
  const { authority } = await unitAccess(ctx, input.unitId, input.year, input.periodCode);
  const refusal = capaianRefusal(
    { employeeId: ctx.actor.employeeId, isPengelola: ctx.actor.roles.includes("pengelola_kinerja") },
    authority.setter,
    "external",
  );
  if (refusal) {
    throw capaianForbidden(refusal);
  }
  if (!scan) {
    throw new RuleViolation("letter_scan_required", "Unggah pindaian surat keputusan capaian", {}, "file");
  }
  return decide(ctx, authority, input, { letterNumber: input.letterNumber, letterDate: input.letterDate, scan });
}

/** Multipart fields arrive as text: a version left empty means the first decision. */
function parseFields(fields: Record<string, string>): ExternalCapaianInput {
  const version = fields.version?.trim() ? Number(fields.version) : null;
  const parsed = externalCapaianInputSchema.safeParse({ ...fields, version });
  if (!parsed.success) {
    const issues = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("/") || "body", i.message]));
    const [first] = Object.entries(issues);
    throw new AppError(400, "invalid_input", first ? `${first[1]} (${first[0]})` : "Data tidak valid", {}, issues);
  }
  return parsed.data;
}

async function decide(
  ctx: RequestContext,
  authority: UnitAuthority,
  input: CapaianInput,
  letter: Letter | null,
): Promise<OrgCapaian> {
  const { period } = await repo.periodOf(ctx.db, input.year, input.periodCode);
  const type = letter ? assertEvidenceFile(letter.scan.bytes, ctx.config.maxUploadBytes) : null;
  const hash = letter ? await storeFile(ctx.config.filesDir, letter.scan.bytes) : null;
  const at = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.isFinalised(trx, input.unitId, input.year, input.periodCode)) {
      throw new RuleViolation(
        "distribution_finalised",
        "Distribusi predikat unit ini untuk periode tersebut sudah difinalkan; capaian tidak dapat diubah lagi",
      );
    }
    const before = await repo.findRow(trx, input.unitId, input.year, input.periodCode);
    if ((before?.version ?? null) !== input.version) {
      throw new StaleVersionError("capaian kinerja organisasi");
    }
    const values = {
      capaian: input.capaian,
      reason: input.reason,
      source: letter ? ("external" as const) : ("internal" as const),
      set_by_employee_id: letter ? null : ctx.actor.employeeId,
      recorded_by: ctx.actor.userId,
      letter_number: letter?.letterNumber ?? null,
      letter_date: letter?.letterDate ?? null,
    };
    let row: OrgCapaianTable;
    if (before) {
      if (!(await repo.updateRow(trx, before.id, before.version, values, at))) {
        throw new StaleVersionError("capaian kinerja organisasi");
      }
      row = { ...before, ...values, version: before.version + 1, updated_at: at };
    } else {
      row = {
        id: newId(),
        unit_id: input.unitId,
        year: input.year,
        period_code: input.periodCode,
        ...values,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await repo.insertRow(trx, row);
    }
    if (letter && type && hash) {
      await repo.insertFile(trx, {
        id: newId(),
        owner_type: "org_capaian",
        owner_id: row.id,
        kind: "letter",
        name: safeFileName(letter.scan.fileName, type),
        mime_type: type.mime,
        size: letter.scan.bytes.length,
        content_hash: hash,
        created_by: ctx.actor.userId,
        created_at: at,
      });
    }
    const after = await repo.viewOf(trx, row);
    if (!after) {
      throw new NotFoundError("capaian kinerja organisasi");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: letter ? "capaian.recorded" : "capaian.set",
      subjectType: "org_capaian",
      subjectId: row.id,
      before: before ? await repo.viewOf(trx, before) : undefined,
      after,
    });
    await notifyCapaianSet(ctx, trx, authority, after, period.label, wibDate(ctx.now));
    return after;
  });
}

/** The letter's scan, to whoever may see the unit's capaian; anyone else is told it does not exist. */
export async function sendScan(
  ctx: RequestContext,
  query: { unitId: string; year: number; periodCode: string },
  reply: FastifyReply,
): Promise<Buffer> {
  await unitAccess(ctx, query.unitId, query.year, query.periodCode);
  const row = await repo.findRow(ctx.db, query.unitId, query.year, query.periodCode);
  const scan = row ? await repo.findScan(ctx.db, row.id) : undefined;
  if (!scan) {
    throw new NotFoundError("pindaian surat");
  }
  reply.header("content-type", scan.mime_type);
  reply.header(
    "content-disposition",
    `attachment; filename="${scan.name.replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(scan.name)}`,
  );
  return readStoredFile(ctx.config.filesDir, scan.content_hash);
}
