import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import {
  claimedOfficeKind,
  MAX_OFFICE_ENTRIES,
  type OfficeKind,
  officeArchiveType,
  unsafeEntryName,
  type ZipEntryInfo,
  type ZipListing,
} from "./office-archive";

const plain = (name: string): ZipEntryInfo => ({
  name,
  encrypted: false,
  compressionMethod: 8,
  zip64: false,
  ambiguousName: false,
});
const listing = (...entries: (string | ZipEntryInfo)[]): ZipListing => ({
  readable: true,
  entries: entries.map((e) => (typeof e === "string" ? plain(e) : e)),
});

/** The parts Word 365, Excel 365 and PowerPoint 365 write for a small document (as listed by `unzip -l`). */
const word = [
  "[Content_Types].xml",
  "_rels/.rels",
  "word/document.xml",
  "word/_rels/document.xml.rels",
  "word/theme/theme1.xml",
  "word/settings.xml",
  "word/styles.xml",
  "word/webSettings.xml",
  "word/fontTable.xml",
  "word/media/image1.png",
  "word/media/image2.svg",
  "word/embeddings/Microsoft_Excel_Worksheet.xlsx",
  "docProps/core.xml",
  "docProps/app.xml",
  "customXml/item1.xml",
  "customXml/_rels/item1.xml.rels",
  "docMetadata/LabelInfo.xml",
];
const excel = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/theme/theme1.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/printerSettings/printerSettings1.bin",
  "docProps/core.xml",
  "docProps/app.xml",
];
const powerpoint = [
  "[Content_Types].xml",
  "_rels/.rels",
  "ppt/presentation.xml",
  "ppt/_rels/presentation.xml.rels",
  "ppt/slides/slide1.xml",
  "ppt/slides/_rels/slide1.xml.rels",
  "ppt/slideLayouts/slideLayout1.xml",
  "ppt/slideMasters/slideMaster1.xml",
  "ppt/media/image1.jpeg",
  "ppt/embeddings/oleObject1.bin",
  "docProps/thumbnail.jpeg",
];
/** LibreOffice Writer's order and folders (it lists the parts before the content types). */
const libreOffice = ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"];

const MIME: Record<OfficeKind, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

describe("officeArchiveType accepts what Word, Excel and PowerPoint write", () => {
  const cases: [string, ZipListing, string, OfficeKind][] = [
    ["a Word 365 document", listing(...word), "laporan.docx", "docx"],
    ["an Excel 365 workbook", listing(...excel), "rekap.xlsx", "xlsx"],
    ["a PowerPoint 365 deck", listing(...powerpoint), "paparan.pptx", "pptx"],
    ["a LibreOffice document (content types listed last)", listing(...libreOffice), "notulen.docx", "docx"],
    ["a document with folder entries", listing("word/", ...word, "word/media/"), "laporan.docx", "docx"],
    [
      "stored (uncompressed) parts",
      listing(...excel.map((n) => ({ ...plain(n), compressionMethod: 0 }))),
      "r.xlsx",
      "xlsx",
    ],
    [
      "part names in another case",
      listing("[CONTENT_TYPES].XML", "_RELS/.RELS", "Word/Document.xml"),
      "a.docx",
      "docx",
    ],
    ["a name that claims no Office kind", listing(...word), "laporan", "docx"],
    ["a name that claims a PDF (the content decides)", listing(...excel), "rekap.pdf", "xlsx"],
    ["a macro-free docm name", listing(...word), "surat.docm", "docx"],
    ["a template name", listing(...powerpoint), "templat.potx", "pptx"],
    ["a Windows path as the name", listing(...word), "C:\\Users\\budi\\laporan.DOCX", "docx"],
    ["exactly the most parts allowed", listing(...word, ...extra(MAX_OFFICE_ENTRIES - word.length)), "a.docx", "docx"],
  ];
  for (const [name, zip, fileName, kind] of cases) {
    it(`accepts ${name} as ${kind}`, () => {
      assert.deepEqual(officeArchiveType(zip, fileName), { mime: MIME[kind], extension: kind });
    });
  }
});

/** n more harmless parts, like a large deck's slides. */
function extra(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `word/media/image${i + 100}.png`);
}

describe("officeArchiveType refuses everything else, with a stable code", () => {
  const docx = "laporan.docx";
  const cases: [string, ZipListing, string, string][] = [
    ["a ZIP it could not read", { readable: false }, docx, "office_file_unreadable"],
    [
      "the finding: setup.exe, index.html and a fake content types",
      listing("[Content_Types].xml", "setup.exe", "index.html"),
      docx,
      "office_content_not_allowed",
    ],
    ["an empty ZIP", listing(), docx, "office_parts_invalid"],
    ["a ZIP without content types", listing("_rels/.rels", "word/document.xml"), docx, "office_parts_invalid"],
    [
      "a ZIP without the package relationships",
      listing("[Content_Types].xml", "word/document.xml"),
      docx,
      "office_parts_invalid",
    ],
    [
      "content types and relationships without a main part",
      listing("[Content_Types].xml", "_rels/.rels", "word/styles.xml"),
      docx,
      "office_parts_invalid",
    ],
    [
      "a main part in a subfolder",
      listing("[Content_Types].xml", "_rels/.rels", "x/word/document.xml"),
      docx,
      "office_parts_invalid",
    ],
    [
      "a Visio drawing",
      listing("[Content_Types].xml", "_rels/.rels", "visio/document.xml"),
      docx,
      "office_parts_invalid",
    ],
    [
      "an OpenDocument text",
      listing("mimetype", "content.xml", "META-INF/manifest.xml"),
      "a.odt",
      "office_parts_invalid",
    ],
    ["two main parts", listing(...word, "xl/workbook.xml"), docx, "office_parts_invalid"],
    ["a workbook named .docx", listing(...excel), docx, "office_type_mismatch"],
    ["a document named .pptx", listing(...word), "paparan.pptx", "office_type_mismatch"],
    ["a deck named .xlsm", listing(...powerpoint), "rekap.xlsm", "office_type_mismatch"],
    ["a macro project", listing(...word, "word/vbaProject.bin"), "laporan.docm", "office_macros_not_allowed"],
    [
      "a macro project in upper case",
      listing(...excel, "xl/VBAPROJECT.BIN"),
      "rekap.xlsx",
      "office_macros_not_allowed",
    ],
    ["macro data", listing(...word, "word/vbaData.xml"), docx, "office_macros_not_allowed"],
    ["a macro signature", listing(...word, "word/vbaProjectSignature.bin"), docx, "office_macros_not_allowed"],
    [
      "too many parts",
      listing(...word, ...extra(MAX_OFFICE_ENTRIES - word.length + 1)),
      docx,
      "office_too_many_entries",
    ],
    [
      "an encrypted part",
      listing(...word.slice(1), { ...plain(word[0] ?? ""), encrypted: true }),
      docx,
      "office_archive_unsupported",
    ],
    [
      "a Zip64 part",
      listing(...word.slice(1), { ...plain(word[0] ?? ""), zip64: true }),
      docx,
      "office_archive_unsupported",
    ],
    [
      "a bzip2 part",
      listing(...word.slice(1), { ...plain(word[0] ?? ""), compressionMethod: 12 }),
      docx,
      "office_archive_unsupported",
    ],
    [
      "an AES-encrypted part (method 99)",
      listing(...word.slice(1), { ...plain(word[0] ?? ""), compressionMethod: 99 }),
      docx,
      "office_archive_unsupported",
    ],
    [
      "a name tools read differently",
      listing(...word.slice(1), { ...plain(word[0] ?? ""), ambiguousName: true }),
      docx,
      "office_entry_unsafe",
    ],
    ["a path that climbs out", listing(...word, "../../evil.xml"), docx, "office_entry_unsafe"],
    ["a path that climbs out midway", listing(...word, "word/../../evil.xml"), docx, "office_entry_unsafe"],
    ["an absolute path", listing(...word, "/etc/cron.d/x"), docx, "office_entry_unsafe"],
    ["a drive letter", listing(...word, "C:/Windows/win.ini"), docx, "office_entry_unsafe"],
    ["a backslash path", listing(...word, "word\\..\\..\\evil.xml"), docx, "office_entry_unsafe"],
    ["an alternate data stream", listing(...word, "word/document.xml:payload"), docx, "office_entry_unsafe"],
    ["a NUL in a name", listing(...word, "word/a.xml\u0000.exe"), docx, "office_entry_unsafe"],
    [
      "a right-to-left override in a name",
      listing(...word, "word/media/image\u202egnp.exe"),
      docx,
      "office_entry_unsafe",
    ],
    ["an empty segment", listing(...word, "word//x.xml"), docx, "office_entry_unsafe"],
    ["a dot segment", listing(...word, "word/./x.xml"), docx, "office_entry_unsafe"],
    ["an empty name", listing(...word, ""), docx, "office_entry_unsafe"],
    ["the same part twice", listing(...word, "word/document.xml"), docx, "office_entry_unsafe"],
    ["the same part twice in another case", listing(...word, "WORD/DOCUMENT.XML"), docx, "office_entry_unsafe"],
    ["an SVG outside the media folder", listing(...word, "word/icon.svg"), docx, "office_content_not_allowed"],
    ["an SVG at the root", listing(...word, "image.svg"), docx, "office_content_not_allowed"],
    ["a page in the media folder", listing(...word, "word/media/index.html"), docx, "office_content_not_allowed"],
    ["an embedded macro workbook", listing(...word, "word/embeddings/Book1.xlsm"), docx, "office_content_not_allowed"],
    [
      "an executable with a trailing dot",
      listing(...word, "word/media/setup.exe."),
      docx,
      "office_content_not_allowed",
    ],
    [
      "an executable with trailing spaces",
      listing(...word, "word/media/setup.exe  "),
      docx,
      "office_content_not_allowed",
    ],
  ];
  for (const [name, zip, fileName, code] of cases) {
    it(`refuses ${name} with ${code}`, () => {
      const violation = violationOf(() => officeArchiveType(zip, fileName));
      assert.equal(violation.code, code);
      assert.equal(violation.field, "file");
      assert.ok(violation.message.length > 0);
    });
  }

  const hostile = [
    "exe",
    "dll",
    "com",
    "scr",
    "msi",
    "bat",
    "cmd",
    "ps1",
    "vbs",
    "js",
    "jse",
    "wsf",
    "hta",
    "html",
    "htm",
    "svg",
    "jar",
    "sh",
    "lnk",
    "zip",
    "docm",
  ];
  for (const ext of hostile) {
    it(`refuses a .${ext} inside, in any case`, () => {
      for (const name of [`payload.${ext}`, `word/media/x.${ext.toUpperCase()}`, `docProps/a.b.${ext}`]) {
        const zip = listing(...word, name);
        if (name.startsWith("word/media/") && ext === "svg") {
          continue; // an Office icon, accepted above
        }
        assert.equal(violationOf(() => officeArchiveType(zip, "a.docx")).code, "office_content_not_allowed", name);
      }
    });
  }

  it("names the offending part in the details, so the person knows what to remove", () => {
    const violation = violationOf(() => officeArchiveType(listing(...word, "word/media/run.bat"), "a.docx"));
    assert.deepEqual(violation.details, { name: "word/media/run.bat" });
  });

  it("names both kinds of a mismatch", () => {
    const violation = violationOf(() => officeArchiveType(listing(...excel), "a.docx"));
    assert.deepEqual(violation.details, { claimed: "docx", found: "xlsx" });
  });
});

describe("unsafeEntryName", () => {
  const cases: [string, string | null][] = [
    ["word/document.xml", null],
    ["[Content_Types].xml", null],
    ["word/", null],
    ["Laporan Café.xml", null],
    ["", "empty"],
    ["/abs", "absolute"],
    ["c:x", "absolute"],
    ["a\\b", "windows_syntax"],
    ["word/a:b", "windows_syntax"],
    ["a\u0007b", "control_character"],
    ["a\u200db", "control_character"],
    ["..", "traversal"],
    ["a/../b", "traversal"],
    ["a//b", "traversal"],
    ["./a", "traversal"],
  ];
  for (const [name, reason] of cases) {
    it(`judges ${JSON.stringify(name)} as ${reason ?? "safe"}`, () => {
      assert.equal(unsafeEntryName(name), reason);
    });
  }
});

describe("claimedOfficeKind", () => {
  const cases: [string, OfficeKind | null][] = [
    ["a.docx", "docx"],
    ["a.DOCM", "docx"],
    ["a.dotx", "docx"],
    ["a.xlsx", "xlsx"],
    ["a.xltm", "xlsx"],
    ["a.pptx", "pptx"],
    ["a.ppsx", "pptx"],
    ["a.docx. ", "docx"],
    ["folder.docx/a.pdf", null],
    ["a.pdf", null],
    ["a.zip", null],
    ["docx", null],
    ["", null],
  ];
  for (const [name, kind] of cases) {
    it(`reads ${JSON.stringify(name)} as claiming ${kind ?? "nothing"}`, () => {
      assert.equal(claimedOfficeKind(name), kind);
    });
  }
});
