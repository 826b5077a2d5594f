import { createHash, randomInt } from "node:crypto";
import {
  formatVerificationCode,
  maskedName,
  type SubjectView,
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_LENGTH,
  type Verification,
} from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { PublicContext, RequestContext } from "../../http/context";
import { countRequest, TooManyRequestsError } from "../../http/rate-limit";
import * as verifications from "./verification.repo";

/** Printed documents with a verification code: SKP, monthly report, B.1.8/B.1.9, MPH, the evaluation forms. */
export type DocumentType =
  | "skp"
  | "report"
  | "coaching_b18"
  | "coaching_b19"
  | "mph"
  | "evaluation_ekp"
  | "evaluation_dokumen"
  | "penetapan";

export type DocumentIdentity = {
  type: DocumentType;
  id: string;
  title: string;
  /** The name as printed, titles included. */
  subjectName: string;
  /** Position and unit as printed. */
  subjectDetail: string;
  period: string;
  status: string;
  /** The issuing office, when the document has no SKP to find it from (coaching forms, the MPH). */
  issuer?: string | null;
};

export function contentHash(content: unknown): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/** 16 symbols of 32: 80 bits from the operating system's CSPRNG. */
function newCode(): string {
  return Array.from({ length: VERIFICATION_CODE_LENGTH }, () => VERIFICATION_ALPHABET[randomInt(32)]).join("");
}

/**
 * The code printed on a document, as printed (grouped in fours): the same content keeps its code, changed content
 * gets a new one.
 */
export async function codeFor(db: Db, doc: DocumentIdentity, hash: string, now: Date): Promise<string> {
  const existing = await verifications.findByContent(db, doc.type, doc.id, hash);
  if (existing) {
    return formatVerificationCode(existing);
  }
  const code = newCode();
  await verifications.insert(db, {
    code,
    document_type: doc.type,
    document_id: doc.id,
    content_hash: hash,
    title: doc.title,
    // The older single field keeps its printed form, so codes from before and after read the same way.
    subject: `${doc.subjectName} — ${doc.subjectDetail}`,
    subject_name: doc.subjectName,
    issuer: doc.issuer ?? (await verifications.issuerOf(db, doc.type, doc.id)),
    period: doc.period,
    status: doc.status,
    created_at: now.toISOString(),
  });
  return formatVerificationCode(code);
}

const skpStatusLabels: Record<string, string> = {
  draft: "Draf (belum diajukan)",
  diajukan: "Diajukan, menunggu persetujuan",
  dikembalikan: "Dikembalikan untuk diperbaiki",
  disetujui: "Disetujui",
  diganti: "Telah diganti oleh revisi berikutnya",
};

const reportStatusLabels: Record<string, string> = {
  draft: "Draf (belum diajukan)",
  diajukan: "Diajukan, menunggu diterima pejabat penilai",
  perlu_revisi: "Perlu revisi, dikembalikan kepada pegawai",
  diterima: "Diterima",
};

const documentTypes: Record<string, string> = {
  skp: "Sasaran Kinerja Pegawai",
  report: "Laporan Kinerja Bulanan",
  coaching_b18: "Umpan Balik Pelaksanaan Bimbingan Kinerja (Format B.1.8)",
  coaching_b19: "Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja (Format B.1.9)",
  mph: "Matriks Peran Hasil",
  evaluation_ekp: "Evaluasi Kinerja Pegawai",
  evaluation_dokumen: "Dokumen Evaluasi Kinerja Pegawai",
  penetapan: "Format Penetapan Predikat Kinerja",
};

/**
 * Per document type, whether the signed-in caller may see the document under the usual rules (throws NotFoundError
 * when not). The modules that print the documents provide them (server/src/module-hooks.ts): they import this module
 * for their codes, so it cannot import them (decision 0045).
 */
export type DocumentReaders = Record<DocumentType, (ctx: RequestContext, id: string) => Promise<unknown>>;

/**
 * Public: what the QR code on a printed document opens, rate limited per client address. An anonymous visitor sees
 * what a reader of the paper needs to check it (type, code, period, status, issuing office, the subject's initials
 * and the content hash); a signed-in user who may see the document itself also sees the name, position and unit.
 */
export async function verify(ctx: PublicContext, code: string, readers: DocumentReaders): Promise<Verification> {
  await limitVerification(ctx);
  const row = await verifications.findByCode(ctx.db, code);
  if (!row) {
    throw new NotFoundError("dokumen");
  }
  const labels = row.document_type === "report" ? reportStatusLabels : skpStatusLabels;
  const live = await verifications.liveStatus(ctx.db, row.document_type, row.document_id);
  const status = live === null ? row.status : (labels[live] ?? live);
  const newer = await verifications.hasNewerPrint(ctx.db, row);
  const [printedName = row.subject, ...detail] = row.subject.split(" — ");
  const name = row.subject_name ?? printedName;
  const view = await subjectViewFor(ctx, readers, row.document_type, row.document_id);
  return {
    code: formatVerificationCode(row.code),
    documentType: documentTypes[row.document_type] ?? row.document_type,
    title: row.title,
    period: row.period,
    status: newer ? `${status}; dokumen ini versi lama, isi telah diubah setelah dicetak` : status,
    issuer: row.issuer ?? (await verifications.issuerOf(ctx.db, row.document_type, row.document_id)),
    subjectName: view === "full" ? name : maskedName(name),
    subjectDetail: view === "full" ? detail.join(" — ") || null : null,
    subjectView: view,
    contentHash: row.content_hash,
    issuedAt: row.created_at,
  };
}

async function limitVerification(ctx: PublicContext): Promise<void> {
  const retryAfter = await countRequest(ctx.db, `verify:${ctx.ip}`, ctx.config.verifyLimit, ctx.now);
  if (retryAfter !== null) {
    throw new TooManyRequestsError(
      "too_many_verifications",
      `Terlalu banyak pemeriksaan kode verifikasi dari alamat Anda. Coba lagi dalam ${Math.ceil(retryAfter / 60)} menit.`,
      retryAfter,
    );
  }
}

/**
 * Signing in alone does not reveal the name: only a user who may see the document under the usual rules (its
 * subject, their raters, the pengelola kinerja, the auditor) does, so the page is no side door for other accounts.
 */
async function subjectViewFor(
  ctx: PublicContext,
  readers: DocumentReaders,
  type: string,
  id: string,
): Promise<SubjectView> {
  const actor = ctx.actor;
  if (!actor) {
    return "anonymous";
  }
  const signedIn: RequestContext = { ...ctx, actor };
  try {
    const reader = Object.entries(readers).find(([key]) => key === type)?.[1];
    if (!reader) {
      return "no_access";
    }
    await reader(signedIn, id);
    return "full";
  } catch (error) {
    if (error instanceof NotFoundError) {
      return "no_access";
    }
    throw error;
  }
}
