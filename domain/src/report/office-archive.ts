import { RuleViolation } from "../rule-violation";

/** A Word, Excel or PowerPoint file (Office Open XML, ISO/IEC 29500): a ZIP of XML parts. */
export type OfficeKind = "docx" | "xlsx" | "pptx";

/**
 * One entry of a ZIP's central directory as the server's ZIP reader saw it. Members are never inflated: the
 * decision is made from names and flags alone.
 */
export type ZipEntryInfo = {
  /** The name an extracting tool would use. */
  name: string;
  /** Traditional or strong encryption (general purpose bit 0 or 6). */
  encrypted: boolean;
  /** 0 stored, 8 deflated; Office writes nothing else. */
  compressionMethod: number;
  /** Sizes or offsets kept in a Zip64 extra field: never needed by an upload of a few megabytes. */
  zip64: boolean;
  /** Tools would read the name differently (a Unicode path field that disagrees with the header, bad UTF-8). */
  ambiguousName: boolean;
};

/** What the server could read from a ZIP's central directory. */
export type ZipListing = { readable: true; entries: readonly ZipEntryInfo[] } | { readable: false };

/** More parts than a large real deck or workbook holds; also bounds the work spent on one upload. */
export const MAX_OFFICE_ENTRIES = 2000;

const kinds: Record<OfficeKind, { mime: string; mainPart: string; claimedBy: readonly string[] }> = {
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    mainPart: "word/document.xml",
    claimedBy: ["docx", "docm", "dotx", "dotm"],
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    mainPart: "xl/workbook.xml",
    claimedBy: ["xlsx", "xlsm", "xltx", "xltm"],
  },
  pptx: {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    mainPart: "ppt/presentation.xml",
    claimedBy: ["pptx", "pptm", "potx", "potm", "ppsx", "ppsm"],
  },
};
const officeKinds = Object.keys(kinds) as OfficeKind[]; // the keys of a Record<OfficeKind, …>

/**
 * Programs, scripts, pages, shortcuts, archives and macro-enabled documents: nothing Word, Excel or PowerPoint
 * writes inside a document, and each either runs when opened or hides something that does.
 */
const forbiddenExtensions = new Set([
  ...["exe", "dll", "com", "scr", "msi", "msp", "mst", "pif", "cpl", "ocx", "sys", "drv", "appx", "msix", "apk"],
  ...["bat", "cmd", "ps1", "psm1", "psd1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "wsc", "hta", "sct"],
  ...["sh", "bash", "py", "pl", "rb", "php", "asp", "aspx", "jsp", "cgi", "jar", "class", "reg", "inf", "msc"],
  ...["html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xsl", "xslt", "swf"],
  ...["lnk", "url", "scf", "application", "gadget", "settingcontent-ms", "library-ms", "search-ms"],
  ...["zip", "rar", "7z", "cab", "gz", "tar", "iso", "img", "vhd", "vhdx"],
  ...["docm", "dotm", "xlsm", "xltm", "xlam", "xla", "pptm", "potm", "ppsm", "ppam", "sldm"],
]);

/** The VBA project and its companions: a macro-enabled document saved under a macro-free name. */
const macroParts = new Set(["vbaproject.bin", "vbaprojectsignature.bin", "vbadata.xml"]);

const refuse = (code: string, message: string, details: Record<string, unknown> = {}): never => {
  throw new RuleViolation(code, message, details, "file");
};

/** Why an entry name is unsafe to extract (absolute, traversing, Windows-only syntax, invisible characters), or null. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) {
    return "empty";
  }
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) {
    return "absolute";
  }
  if (name.includes("\\") || name.includes(":")) {
    return "windows_syntax";
  }
  if (/[\p{Cc}\p{Cf}]/u.test(name)) {
    return "control_character";
  }
  const segments = name.replace(/\/$/, "").split("/");
  if (segments.some((s) => s === ".." || s === "." || s === "")) {
    return "traversal";
  }
  return null;
}

/** The extension Windows would act on: trailing dots and spaces are dropped, as Explorer drops them. */
function extensionOf(name: string): string {
  const base = (name.split("/").pop() ?? "").replace(/[. ]+$/, "").toLowerCase();
  const dot = base.lastIndexOf(".");
  return dot < 0 ? "" : base.slice(dot + 1);
}

/** Office 365 stores inserted icons as SVG (with a PNG fallback) in the media folder; it is never served from there. */
const isOfficeMediaSvg = (name: string) => /^(word|xl|ppt)\/media\/[^/]+\.svg$/i.test(name);

function assertEntrySafe(entry: ZipEntryInfo): void {
  const reason = entry.ambiguousName ? "ambiguous" : unsafeEntryName(entry.name);
  if (reason) {
    refuse("office_entry_unsafe", `Dokumen berisi nama bagian yang tidak aman (${entry.name}).`, {
      name: entry.name,
      reason,
    });
  }
  if (entry.encrypted || entry.zip64 || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    refuse(
      "office_archive_unsupported",
      "Dokumen terenkripsi atau memakai format ZIP yang tidak ditulis oleh Word, Excel atau PowerPoint. Simpan ulang dari aplikasinya lalu unggah lagi.",
      { name: entry.name },
    );
  }
  if (entry.name.endsWith("/")) {
    return;
  }
  const base = (entry.name.split("/").pop() ?? "").toLowerCase();
  if (macroParts.has(base)) {
    refuse(
      "office_macros_not_allowed",
      "Dokumen dengan makro (VBA) tidak diizinkan. Simpan sebagai .docx, .xlsx atau .pptx tanpa makro lalu unggah lagi.",
      { name: entry.name },
    );
  }
  if (forbiddenExtensions.has(extensionOf(entry.name)) && !isOfficeMediaSvg(entry.name)) {
    refuse(
      "office_content_not_allowed",
      `Dokumen berisi berkas yang tidak diizinkan (${entry.name}): program, skrip, halaman web atau arsip.`,
      { name: entry.name },
    );
  }
}

/** The kind a file name claims by its extension (".docx", ".xlsm" …), or null when it claims no Office kind. */
export function claimedOfficeKind(fileName: string): OfficeKind | null {
  const ext = extensionOf(fileName.replace(/\\/g, "/"));
  return officeKinds.find((kind) => kinds[kind].claimedBy.includes(ext)) ?? null;
}

/**
 * Accepts a ZIP upload as a Word, Excel or PowerPoint file only when its central directory holds what those
 * applications write: `[Content_Types].xml`, `_rels/.rels` and the main part of exactly one kind (matching the
 * kind the file name claims, if it claims one), with no program, script, page, macro project, unsafe path or
 * ZIP feature Office never uses. Part names compare without case, as OPC (ISO/IEC 29500-2 §9.1.1.1) requires.
 */
export function officeArchiveType(listing: ZipListing, fileName: string): { mime: string; extension: OfficeKind } {
  if (!listing.readable) {
    return refuse(
      "office_file_unreadable",
      "Berkas Office rusak atau tidak dapat dibaca. Simpan ulang dari Word, Excel atau PowerPoint lalu unggah lagi.",
    );
  }
  const { entries } = listing;
  if (entries.length > MAX_OFFICE_ENTRIES) {
    refuse("office_too_many_entries", `Dokumen berisi terlalu banyak bagian (lebih dari ${MAX_OFFICE_ENTRIES}).`, {
      max: MAX_OFFICE_ENTRIES,
    });
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    assertEntrySafe(entry);
    const key = entry.name.toLowerCase();
    if (seen.has(key)) {
      refuse("office_entry_unsafe", `Dokumen berisi nama bagian yang tidak aman (${entry.name}).`, {
        name: entry.name,
        reason: "duplicate",
      });
    }
    seen.add(key);
  }
  const found = officeKinds.filter((kind) => seen.has(kinds[kind].mainPart));
  const [kind] = found;
  if (!seen.has("[content_types].xml") || !seen.has("_rels/.rels") || !kind || found.length > 1) {
    return refuse(
      "office_parts_invalid",
      "Berkas ini bukan dokumen Word, Excel atau PowerPoint yang utuh. Simpan ulang dari aplikasinya lalu unggah lagi.",
    );
  }
  const claimed = claimedOfficeKind(fileName);
  if (claimed && claimed !== kind) {
    refuse(
      "office_type_mismatch",
      `Isi berkas adalah .${kind}, tidak sesuai dengan namanya (.${claimed}). Simpan ulang dengan jenis yang benar.`,
      { claimed, found: kind },
    );
  }
  return { mime: kinds[kind].mime, extension: kind };
}
