import { createHash, randomInt } from "node:crypto";
import type { Verification } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { PublicContext } from "../../http/context";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: codes are typed from paper

export type DocumentIdentity = {
  type: string;
  id: string;
  title: string;
  subject: string;
  period: string;
  status: string;
};

export function contentHash(content: unknown): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/** The short code printed on a document; the same content keeps its code, changed content gets a new one. */
export async function codeFor(db: Db, doc: DocumentIdentity, hash: string, now: Date): Promise<string> {
  const existing = await db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", doc.type)
    .where("document_id", "=", doc.id)
    .where("content_hash", "=", hash)
    .executeTakeFirst();
  if (existing) {
    return existing.code;
  }
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  await db
    .insertInto("document_verification")
    .values({
      code,
      document_type: doc.type,
      document_id: doc.id,
      content_hash: hash,
      title: doc.title,
      subject: doc.subject,
      period: doc.period,
      status: doc.status,
      created_at: now.toISOString(),
    })
    .execute();
  return code;
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
};

/** The document's status now, which may have moved on since it was printed; null when it no longer exists. */
async function liveStatus(ctx: PublicContext, type: string, id: string): Promise<string | null> {
  if (type === "report") {
    const report = await ctx.db.selectFrom("monthly_report").select("status").where("id", "=", id).executeTakeFirst();
    return report ? (reportStatusLabels[report.status] ?? report.status) : null;
  }
  const skp = await ctx.db.selectFrom("skp").select("status").where("id", "=", id).executeTakeFirst();
  return skp ? (skpStatusLabels[skp.status] ?? skp.status) : null;
}

/** Public: what the QR code on a printed document opens. Identity, status and hash only; nothing private. */
export async function verify(ctx: PublicContext, code: string): Promise<Verification> {
  const row = await ctx.db.selectFrom("document_verification").selectAll().where("code", "=", code).executeTakeFirst();
  if (!row) {
    throw new NotFoundError("dokumen");
  }
  const newer = await ctx.db
    .selectFrom("document_verification")
    .select("code")
    .where("document_type", "=", row.document_type)
    .where("document_id", "=", row.document_id)
    .where("created_at", ">", row.created_at)
    .executeTakeFirst();
  const status = (await liveStatus(ctx, row.document_type, row.document_id)) ?? row.status;
  return {
    code: row.code,
    documentType: documentTypes[row.document_type] ?? row.document_type,
    title: row.title,
    subject: row.subject,
    period: row.period,
    status: newer ? `${status}; dokumen ini versi lama, isi telah diubah setelah dicetak` : status,
    contentHash: row.content_hash,
    issuedAt: row.created_at,
  };
}
