import { RuleViolation } from "../rule-violation";
import { officeArchiveType, type ZipListing } from "./office-archive";
import { oleStreamNames } from "./ole";

/** File kinds accepted as bukti dukung, recognised from the content; a name only has to agree with an Office kind. */
export type EvidenceType = { mime: string; extension: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);

/** A ZIP local file header at offset 0: an Office Open XML candidate, judged by officeArchiveType(). */
export const isZipSignature = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** The main stream that makes an OLE compound file a Word, Excel (BIFF8, or BIFF5 "Book") or PowerPoint file. */
const legacyOffice: readonly [string, EvidenceType][] = [
  ["WordDocument", { mime: "application/msword", extension: "doc" }],
  ["Workbook", { mime: "application/vnd.ms-excel", extension: "xls" }],
  ["Book", { mime: "application/vnd.ms-excel", extension: "xls" }],
  ["PowerPoint Document", { mime: "application/vnd.ms-powerpoint", extension: "ppt" }],
];

// Other compound files (an .msi installer, an Outlook .msg, an encrypted package) are not evidence.
const legacyOfficeType = (streams: readonly string[]): EvidenceType | null =>
  legacyOffice.find(([stream]) => streams.includes(stream))?.[1] ?? null;

/**
 * Recognises PDF, PNG, JPEG, WebP and legacy Office (OLE) files from their first bytes. Executables, HTML, SVG,
 * ZIPs and anything unknown give null; legacy Office is told apart from other OLE compound files by its main
 * stream. ZIP-based Office files need their central directory: see assertEvidenceFile.
 */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { mime: "application/pdf", extension: "pdf" };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { mime: "image/png", extension: "png" };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return { mime: "image/jpeg", extension: "jpg" };
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { mime: "image/webp", extension: "webp" };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return legacyOfficeType(oleStreamNames(bytes));
  }
  return null;
}

/**
 * The type of an upload, or a RuleViolation. A ZIP is accepted only as Word/Excel/PowerPoint, judged from the
 * central directory the server read (`zip`) and the name it was uploaded under; without a listing it is refused.
 */
export function assertEvidenceFile(
  bytes: Uint8Array,
  maxBytes: number,
  zip: { listing: ZipListing; fileName: string } | null = null,
): EvidenceType {
  if (bytes.length === 0) {
    throw new RuleViolation("file_empty", "Berkas kosong", {}, "file");
  }
  if (bytes.length > maxBytes) {
    const mb = String(Math.round((maxBytes / 1024 / 1024) * 10) / 10).replace(".", ",");
    throw new RuleViolation("file_too_large", `Ukuran berkas melebihi batas ${mb} MB`, { maxBytes }, "file");
  }
  if (zip && isZipSignature(bytes)) {
    return officeArchiveType(zip.listing, zip.fileName);
  }
  const type = sniffEvidenceType(bytes);
  if (!type) {
    throw new RuleViolation(
      "file_type_not_allowed",
      "Jenis berkas tidak diizinkan. Unggah PDF, gambar (PNG/JPG/WebP) atau dokumen perkantoran (Word/Excel/PowerPoint).",
      {},
      "file",
    );
  }
  return type;
}

/** Longest stem kept, in characters (code points, so a letter outside the BMP is never cut in half). */
const MAX_STEM = 80;

/**
 * A display name that is safe anywhere: no path, no markup, no control characters; the extension is the one
 * the content showed, whatever the name claimed. Names are NFC-normalised first (macOS sends "é" as "e" plus a
 * combining accent) and combining marks are kept, so accented Latin and Aksara Jawa survive.
 */
export function safeFileName(original: string, type: EvidenceType): string {
  const base = original.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{M}\p{N} ._()-]+/gu, "_")
    .replace(/^[._ ]+/, "");
  const stem = Array.from(cleaned)
    .slice(0, MAX_STEM)
    .join("")
    .replace(/[. ]+$/, "");
  return `${stem || "bukti-dukung"}.${type.extension}`;
}
