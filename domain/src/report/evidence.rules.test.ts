import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import { assertEvidenceFile, type EvidenceType, safeFileName, sniffEvidenceType } from "./evidence.rules";
import type { ZipListing } from "./office-archive";
import { compoundFile } from "./ole.fixture";

/** Bytes from ASCII text and raw byte values, in order. */
function bytesOf(...parts: (string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      for (const ch of part) {
        out.push(ch.charCodeAt(0) & 0xff);
      }
    } else {
      out.push(...part);
    }
  }
  return Uint8Array.from(out);
}

const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

/** ZIP local file headers (stored, sizes zero) for `names`: what the first bytes of an upload show. */
function zipOf(...names: string[]): Uint8Array {
  return bytesOf(
    ...names.flatMap((name): (string | readonly number[])[] => {
      const length = [name.length & 0xff, name.length >> 8];
      return [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00], zeros(16), length, [0, 0], name, "x"];
    }),
  );
}

/** The central directory the server would have read for these names (plain deflated entries). */
const listingOf = (...names: string[]): ZipListing => ({
  readable: true,
  entries: names.map((name) => ({ name, encrypted: false, compressionMethod: 8, zip64: false, ambiguousName: false })),
});

const PDF: EvidenceType = { mime: "application/pdf", extension: "pdf" };
const PNG: EvidenceType = { mime: "image/png", extension: "png" };
const JPEG: EvidenceType = { mime: "image/jpeg", extension: "jpg" };
const WEBP: EvidenceType = { mime: "image/webp", extension: "webp" };
const DOC: EvidenceType = { mime: "application/msword", extension: "doc" };
const XLS: EvidenceType = { mime: "application/vnd.ms-excel", extension: "xls" };
const PPT: EvidenceType = { mime: "application/vnd.ms-powerpoint", extension: "ppt" };
const DOCX: EvidenceType = {
  mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
};
const XLSX: EvidenceType = {
  mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  extension: "xlsx",
};
const PPTX: EvidenceType = {
  mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  extension: "pptx",
};

const samples = {
  pdf: bytesOf("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
  png: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 0x0d], "IHDR", zeros(13)),
  jpeg: bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0], zeros(9)),
  webp: bytesOf("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ", zeros(8)),
  doc: compoundFile(["\u0001CompObj", "\u0005SummaryInformation", "1Table", "WordDocument"]),
  xls: compoundFile(["\u0005SummaryInformation", "Workbook"]),
  ppt: compoundFile(["Current User", "PowerPoint Document", "Pictures"]),
};

const officeParts = {
  docx: ["[Content_Types].xml", "_rels/.rels", "word/document.xml"],
  xlsx: ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"],
  pptx: ["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"],
};

describe("sniffEvidenceType recognises the accepted kinds from their first bytes", () => {
  const cases: [string, Uint8Array, EvidenceType][] = [
    ["a PDF", samples.pdf, PDF],
    ["a PDF that is only its signature", bytesOf("%PDF-"), PDF],
    ["a PNG", samples.png, PNG],
    ["a JPEG (JFIF)", samples.jpeg, JPEG],
    ["a JPEG (Exif)", bytesOf([0xff, 0xd8, 0xff, 0xe1], zeros(2), "Exif"), JPEG],
    ["a WebP", samples.webp, WEBP],
    ["a legacy Word document (doc)", samples.doc, DOC],
    ["a legacy Excel workbook (xls)", samples.xls, XLS],
    ["an Excel 5/95 workbook (xls, BIFF5)", compoundFile(["Book"]), XLS],
    ["a legacy PowerPoint presentation (ppt)", samples.ppt, PPT],
  ];
  for (const [name, bytes, type] of cases) {
    it(`recognises ${name} as ${type.extension}`, () => {
      assert.deepEqual(sniffEvidenceType(bytes), type);
    });
  }
});

describe("sniffEvidenceType refuses everything else", () => {
  const cases: [string, Uint8Array][] = [
    ["a Windows executable", bytesOf("MZ", [0x90, 0x00, 0x03], zeros(27), "This program cannot be run in DOS mode")],
    ["an executable that carries a PDF signature later on", bytesOf("MZ", zeros(62), "%PDF-1.7")],
    ["an ELF binary", bytesOf([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01], zeros(9))],
    ["a shell script", bytesOf("#!/bin/sh\nrm -rf /\n")],
    ["an HTML page with a doctype", bytesOf("<!doctype html><html><body>Laporan</body></html>")],
    ["an HTML page with an upper-case doctype", bytesOf("<!DOCTYPE html>\n<html>")],
    ["an HTML page without doctype", bytesOf("<html><script>alert(1)</script></html>")],
    ["an SVG image", bytesOf('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ["an SVG image with an XML declaration", bytesOf('<?xml version="1.0" encoding="UTF-8"?>\n<svg></svg>')],
    ["a plain ZIP without content types", zipOf("laporan.exe", "word/readme.txt")],
    ["a ZIP with Office parts (judged from its central directory, not its first bytes)", zipOf(...officeParts.docx)],
    ["a text file", bytesOf("Laporan bulan Januari: 120 berkas selesai.\n")],
    ["empty input", new Uint8Array(0)],
    ["a PDF signature not at offset 0", bytesOf(" %PDF-1.7\n")],
    ["a PDF signature after a byte order mark", bytesOf([0xef, 0xbb, 0xbf], "%PDF-1.7")],
    ["a PDF signature after an HTML prefix", bytesOf("<html>%PDF-1.7")],
    ["a PDF signature without its dash", bytesOf("%PDF1.7")],
    ["half a PNG signature", bytesOf([0x89, 0x50, 0x4e, 0x47])],
    ["half a JPEG signature", bytesOf([0xff, 0xd8])],
    ["a RIFF file that is not WebP (AVI)", bytesOf("RIFF", [0x24, 0, 0, 0], "AVI LIST")],
    ["a RIFF header alone", bytesOf("RIFF")],
    ["a truncated legacy Office signature", bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a])],
    ["a compound file signature alone", bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], zeros(24))],
    ["an installer package (msi, a compound file)", compoundFile(["\u4840\u3b3f\u43f2", "\u0005SummaryInformation"])],
    ["an Outlook message (msg, a compound file)", compoundFile(["__substg1.0_0037001F", "__properties_version1.0"])],
    ["an encrypted Office package (a compound file)", compoundFile(["EncryptionInfo", "EncryptedPackage"])],
    ["a GIF image", bytesOf("GIF89a", zeros(7))],
    ["a single zero byte", bytesOf([0])],
  ];
  for (const [name, bytes] of cases) {
    it(`refuses ${name}`, () => {
      assert.equal(sniffEvidenceType(bytes), null);
    });
  }
});

describe("assertEvidenceFile", () => {
  const MB = 1024 * 1024;

  for (const [name, bytes] of Object.entries(samples)) {
    it(`returns the detected type of an accepted ${name}`, () => {
      assert.deepEqual(assertEvidenceFile(bytes, 10 * MB), sniffEvidenceType(bytes));
    });
  }

  const office: [keyof typeof officeParts, EvidenceType][] = [
    ["docx", DOCX],
    ["xlsx", XLSX],
    ["pptx", PPTX],
  ];
  for (const [kind, type] of office) {
    it(`accepts a ${kind} from its central directory`, () => {
      const zip = { listing: listingOf(...officeParts[kind]), fileName: `laporan.${kind}` };
      assert.deepEqual(assertEvidenceFile(zipOf(...officeParts[kind]), 10 * MB, zip), type);
    });
  }

  it("refuses a ZIP whose central directory was not read", () => {
    assert.equal(
      violationOf(() => assertEvidenceFile(zipOf(...officeParts.docx), 10 * MB)).code,
      "file_type_not_allowed",
    );
  });

  it("refuses a fake docx holding a program and a page (finding 9)", () => {
    const zip = { listing: listingOf("[Content_Types].xml", "setup.exe", "index.html"), fileName: "laporan.docx" };
    const violation = violationOf(() => assertEvidenceFile(zipOf("[Content_Types].xml"), 10 * MB, zip));
    assert.equal(violation.code, "office_content_not_allowed");
    assert.equal(violation.field, "file");
  });

  it("checks the size of a ZIP before its parts", () => {
    const zip = { listing: listingOf("setup.exe"), fileName: "laporan.docx" };
    assert.equal(violationOf(() => assertEvidenceFile(zipOf("setup.exe"), 10, zip)).code, "file_too_large");
  });

  it("ignores a listing given for bytes that are not a ZIP", () => {
    const zip = { listing: listingOf(...officeParts.docx), fileName: "laporan.docx" };
    assert.deepEqual(assertEvidenceFile(samples.pdf, 10 * MB, zip), PDF);
  });

  it("accepts a file exactly at the size limit", () => {
    assert.deepEqual(assertEvidenceFile(samples.pdf, samples.pdf.length), PDF);
  });

  const refusals: [string, Uint8Array, number, string][] = [
    ["an empty file", new Uint8Array(0), 10 * MB, "file_empty"],
    ["an empty file even under a zero limit", new Uint8Array(0), 0, "file_empty"],
    ["a PDF one byte over the limit", samples.pdf, samples.pdf.length - 1, "file_too_large"],
    ["an executable over the limit", bytesOf("MZ", zeros(100)), 50, "file_too_large"],
    ["a renamed executable", bytesOf("MZ", [0x90, 0x00], zeros(60)), 10 * MB, "file_type_not_allowed"],
    ["an HTML page", bytesOf("<!doctype html><html></html>"), 10 * MB, "file_type_not_allowed"],
    ["an SVG image", bytesOf("<svg></svg>"), 10 * MB, "file_type_not_allowed"],
    ["a plain ZIP", zipOf("a.txt"), 10 * MB, "file_type_not_allowed"],
  ];
  for (const [name, bytes, maxBytes, code] of refusals) {
    it(`refuses ${name} with ${code}`, () => {
      const violation = violationOf(() => assertEvidenceFile(bytes, maxBytes));
      assert.equal(violation.code, code);
      assert.equal(violation.field, "file");
      assert.ok(violation.message.length > 0);
    });
  }

  const limits: [number, string][] = [
    [10 * MB, "10 MB"],
    [2 * MB, "2 MB"],
    [1.5 * MB, "1,5 MB"],
    [5_000_000, "4,8 MB"],
  ];
  for (const [maxBytes, shown] of limits) {
    it(`names the limit of ${maxBytes} bytes as ${shown}`, () => {
      const violation = violationOf(() => assertEvidenceFile(new Uint8Array(maxBytes + 1), maxBytes));
      assert.equal(violation.code, "file_too_large");
      assert.ok(violation.message.includes(shown), violation.message);
      assert.deepEqual(violation.details, { maxBytes });
    });
  }

  it("checks the size before the type, so an oversized upload is not read for its type", () => {
    const oversizedPdf = new Uint8Array(2 * MB + 1);
    oversizedPdf.set(bytesOf("%PDF-1.7"));
    assert.equal(violationOf(() => assertEvidenceFile(oversizedPdf, 2 * MB)).code, "file_too_large");
  });
});

describe("safeFileName", () => {
  const cases: [string, EvidenceType, string][] = [
    ["laporan.pdf", PDF, "laporan.pdf"],
    ["Laporan Bulan Januari 2026.pdf", PDF, "Laporan Bulan Januari 2026.pdf"],
    ["Laporan_2026-01 (final).PDF", PDF, "Laporan_2026-01 (final).pdf"],
    ["../../<img src=x onerror=alert(1)>.exe", PDF, "img src_x onerror_alert(1)_.pdf"],
    ["C:\\Users\\budi\\Desktop\\laporan.pdf", PDF, "laporan.pdf"],
    ["..\\..\\windows\\system32\\cmd.exe", PDF, "cmd.pdf"],
    ["/etc/passwd", PDF, "passwd.pdf"],
    ["folder/sub\\mixed/rekap.xlsx", XLSX, "rekap.xlsx"],
    ["folder/", PDF, "bukti-dukung.pdf"],
    [".htaccess", PDF, "bukti-dukung.pdf"],
    ["...laporan.pdf", PDF, "laporan.pdf"],
    ["._laporan.pdf", PDF, "laporan.pdf"],
    ["", PDF, "bukti-dukung.pdf"],
    ["   .pdf", PDF, "bukti-dukung.pdf"],
    ['<>:"|?*.exe', PDF, "bukti-dukung.pdf"],
    ["<script>", PDF, "script_.pdf"],
    ['laporan "final".pdf', PDF, "laporan _final_.pdf"],
    ["Ma'ruf.pdf", PDF, "Ma_ruf.pdf"],
    ["lap\u0007oran.pdf", PDF, "lap_oran.pdf"],
    ["laporan\r\n.pdf", PDF, "laporan_.pdf"],
    ["laporan\u0000.pdf", PDF, "laporan_.pdf"],
    ["invoice\u202efdp.exe", PDF, "invoice_fdp.pdf"],
    ["\u{1f4c4} laporan.pdf", PDF, "laporan.pdf"],
    ["Tanda Terima No. 12 Kelurahan Talang Putri.pdf", PDF, "Tanda Terima No. 12 Kelurahan Talang Putri.pdf"],
    ["Notulen Rapat Café résumé.docx", DOCX, "Notulen Rapat Café résumé.docx"],
    ["Cafe\u0301.pdf", PDF, "Caf\u00e9.pdf"],
    ["\ua9a7\ua9b8\ua98f\ua9c0\ua9a0\ua9b6.pdf", PDF, "\ua9a7\ua9b8\ua98f\ua9c0\ua9a0\ua9b6.pdf"],
    ["foto kegiatan.png", JPEG, "foto kegiatan.jpg"],
    ["foto.webp.png", WEBP, "foto.webp.webp"],
    ["laporan.pdf.exe", PDF, "laporan.pdf.pdf"],
    ["laporan..pdf", PDF, "laporan.pdf"],
    ["laporan .pdf", PDF, "laporan.pdf"],
    ["rekap tanpa ekstensi", PPTX, "rekap tanpa ekstensi.pptx"],
    ["surat.doc", DOC, "surat.doc"],
    ["gambar", PNG, "gambar.png"],
  ];
  for (const [original, type, expected] of cases) {
    it(`names ${JSON.stringify(original)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(safeFileName(original, type), expected);
    });
  }

  const long: [string, string, string][] = [
    ["a long name", `${"a".repeat(200)}.pdf`, `${"a".repeat(80)}.pdf`],
    ["a long name cut at a dot", `${"a".repeat(79)}.b.pdf`, `${"a".repeat(79)}.pdf`],
    ["a long name cut at a space", `${"a".repeat(79)} b.pdf`, `${"a".repeat(79)}.pdf`],
    [
      "a long name of letters beyond the BMP",
      `${"a".repeat(79)}\u{20000}\u{20000}.pdf`,
      `${"a".repeat(79)}\u{20000}.pdf`,
    ],
  ];
  for (const [name, original, expected] of long) {
    it(`truncates ${name} to 80 characters of stem`, () => {
      assert.equal(safeFileName(original, PDF), expected);
    });
  }

  const hostile = [
    "../../<img src=x onerror=alert(1)>.exe",
    "..\\..\\<svg onload=alert(1)>.html",
    "a/b\\c/<script>alert('x')</script>.js",
    "\u0000\u0001\u001f\u007f.exe",
    "\u202e\u200d\ufeff.pdf",
    `${"<".repeat(300)}.pdf`,
    `${"é".repeat(100)}\u{20000}.pdf`,
    `${"a".repeat(79)}\u{20000}`,
    "' OR 1=1 --.pdf",
    "%2e%2e%2fetc%2fpasswd",
    "file:///etc/passwd",
    "CON.pdf",
    "     ",
    ".",
    "..",
  ];
  const types = [PDF, PNG, JPEG, WEBP, DOC, XLS, PPT, DOCX, XLSX, PPTX];
  for (const original of hostile) {
    for (const type of types) {
      it(`makes ${JSON.stringify(original)} safe as .${type.extension}`, () => {
        const name = safeFileName(original, type);
        assert.ok(name.endsWith(`.${type.extension}`), name);
        assert.doesNotMatch(name, /[<>/\\"'`\p{Cc}\p{Cf}]/u);
        assert.doesNotMatch(name, /^[. ]/);
        const stem = name.slice(0, -(type.extension.length + 1));
        assert.ok(stem.length > 0);
        assert.ok(Array.from(stem).length <= 80, `${Array.from(stem).length} characters`);
        assert.doesNotThrow(() => encodeURIComponent(name), "the name is well-formed UTF-16");
      });
    }
  }
});
