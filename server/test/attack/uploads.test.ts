import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import type { LightMyRequestResponse } from "fastify";
import { multipart } from "../multipart";
import { json } from "../test-app";
import { PDF, type SeededOffice, seededOffice } from "./seeded-office";
import { buildZip, wordParts, type ZipMember } from "./zip-builder";

const PE = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03"),
  Buffer.alloc(59),
  Buffer.from("PE\0\0This program cannot be run in DOS mode"),
]);
const HTML = Buffer.from('<!doctype html><html><body><script>parent.document.cookie="x=1"</script></body></html>');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>',
);
/** A page that carries a PDF header further in: browsers sniff it as HTML, so it must not pass as a PDF. */
const HTML_PDF_POLYGLOT = Buffer.concat([Buffer.from("<html><script>alert(1)</script><!--"), PDF]);
/** A real PDF header with a page after it: a PDF, stored as one and only ever served as an attachment. */
const PDF_HTML_POLYGLOT = Buffer.concat([PDF, Buffer.from("<html><body><script>alert(1)</script></body></html>")]);

/** The ZIP of the finding: a program and a page beside a fake content types entry and a Word part, named .docx. */
const FINDING_9 = buildZip([
  { name: "[Content_Types].xml", content: "<Types/>" },
  { name: "word/document.xml", content: "<w:document/>" },
  { name: "setup.exe", content: PE },
  { name: "index.html", content: HTML },
]);

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const without = (name: string) => wordParts.filter((p) => p.name !== name);
const withPart = (...extra: ZipMember[]) => buildZip([...wordParts, ...extra]);

describe("uploads of bukti dukung are judged by their content", () => {
  let office: SeededOffice;
  let xlsx: Buffer;
  before(async () => {
    office = await seededOffice();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Rekap").addRow(["Bulan", "Berkas"]);
    xlsx = Buffer.from(await book.xlsx.writeBuffer());
  });
  after(() => office?.t.close());

  const upload = (content: Buffer, filename: string, contentType = "application/octet-stream") => {
    const form = multipart([
      { name: "rhkId", value: office.draftRhkId },
      { name: "file", filename, contentType, content },
    ]);
    return office.personas["staf.yanum"].client.post(`/api/reports/${office.draftReportId}/evidence`, form.payload, {
      headers: form.headers,
    });
  };

  const refusals: [string, () => Buffer, string, number, string][] = [
    ["a Windows program named .pdf", () => PE, "laporan.pdf", 422, "file_type_not_allowed"],
    ["an HTML page named .pdf", () => HTML, "laporan.pdf", 422, "file_type_not_allowed"],
    ["an SVG with a script named .png", () => SVG, "foto.png", 422, "file_type_not_allowed"],
    ["an HTML page carrying a PDF header", () => HTML_PDF_POLYGLOT, "laporan.pdf", 422, "file_type_not_allowed"],
    ["the fake docx of finding 9", () => FINDING_9, "laporan.docx", 422, "office_content_not_allowed"],
    [
      "a docx with a script inside",
      () => withPart({ name: "word/media/run.js", content: "x" }),
      "a.docx",
      422,
      "office_content_not_allowed",
    ],
    [
      "a docx with a shortcut inside",
      () => withPart({ name: "docProps/a.lnk", content: "x" }),
      "a.docx",
      422,
      "office_content_not_allowed",
    ],
    [
      "a docx without package relationships",
      () => buildZip(without("_rels/.rels")),
      "a.docx",
      422,
      "office_parts_invalid",
    ],
    [
      "a ZIP of a program named .xlsx",
      () => buildZip([{ name: "setup.exe", content: PE }]),
      "rekap.xlsx",
      422,
      "office_content_not_allowed",
    ],
    [
      "a macro document named .docx",
      () => withPart({ name: "word/vbaProject.bin", content: "x" }),
      "a.docx",
      422,
      "office_macros_not_allowed",
    ],
    [
      "a docx with a part that climbs out",
      () => withPart({ name: "../../../tmp/x.xml", content: "x" }),
      "a.docx",
      422,
      "office_entry_unsafe",
    ],
    [
      "a docx with an absolute part",
      () => withPart({ name: "/etc/cron.d/x", content: "x" }),
      "a.docx",
      422,
      "office_entry_unsafe",
    ],
    [
      "a docx whose Unicode path field renames a part",
      () => withPart({ name: "word/a.xml", unicodePath: "setup.exe" }),
      "a.docx",
      422,
      "office_entry_unsafe",
    ],
    [
      "a docx with bad UTF-8 in a name",
      () => withPart({ name: "x", rawName: Buffer.from([0x77, 0xff, 0xfe]) }),
      "a.docx",
      422,
      "office_entry_unsafe",
    ],
    [
      "an encrypted docx",
      () => withPart({ name: "word/secret.xml", content: "x", encrypted: true }),
      "a.docx",
      422,
      "office_archive_unsupported",
    ],
    [
      "a Zip64 docx",
      () => withPart({ name: "word/big.xml", content: "x", zip64: true }),
      "a.docx",
      422,
      "office_archive_unsupported",
    ],
    [
      "a docx with a bzip2 part",
      () => withPart({ name: "word/b.xml", content: "x", method: 12 }),
      "a.docx",
      422,
      "office_archive_unsupported",
    ],
    ["a docx cut short", () => buildZip(wordParts).subarray(0, 300), "a.docx", 422, "office_file_unreadable"],
    ["a ZIP of 2,001 parts", () => withPart(...manyParts(2001)), "a.docx", 422, "office_too_many_entries"],
    ["a workbook named .docx", () => xlsx, "rekap.docx", 422, "office_type_mismatch"],
    ["an empty file", () => Buffer.alloc(0), "kosong.pdf", 422, "file_empty"],
    [
      "a file over the size limit",
      () => Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]),
      "besar.pdf",
      413,
      "file_too_large",
    ],
  ];
  for (const [name, content, filename, status, code] of refusals) {
    it(`refuses ${name} with ${code}, writing nothing`, async () => {
      const before = await office.writes();
      const res = await upload(content(), filename);
      assert.equal(res.statusCode, status, res.body);
      assert.equal(json(res).code, code);
      assert.equal(await office.writes(), before);
    });
  }

  const accepted: [string, () => Buffer, string, string, string][] = [
    ["a workbook written by ExcelJS", () => xlsx, "rekap.xlsx", "rekap.xlsx", XLSX],
    ["a Word document", () => buildZip(wordParts), "notulen rapat.docx", "notulen rapat.docx", DOCX],
    ["a Word document named .zip", () => buildZip(wordParts), "notulen.zip", "notulen.docx", DOCX],
    [
      "a PDF that carries a page after its header",
      () => PDF_HTML_POLYGLOT,
      "laporan.html",
      "laporan.pdf",
      "application/pdf",
    ],
    ["a name that climbs out", () => PDF, "../../../etc/passwd", "passwd.pdf", "application/pdf"],
    ["a Windows path", () => PDF, "..\\..\\Windows\\win.ini", "win.pdf", "application/pdf"],
    [
      "a name with markup",
      () => PDF,
      "<img src=x onerror=alert(1)>.pdf",
      "img src_x onerror_alert(1)_.pdf",
      "application/pdf",
    ],
  ];
  for (const [name, content, filename, stored, mime] of accepted) {
    it(`stores ${name} as ${JSON.stringify(stored)}, served only as an attachment`, async () => {
      const res = await upload(content(), filename);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).name, stored);
      await assertServedSafely(json(res).id, stored, mime);
    });
  }

  // RFC 7578 names with control characters travel percent-encoded in filename* (busboy decodes them).
  const encoded: [string, string, string][] = [
    ["a NUL", "laporan%00.exe.pdf", "laporan_.exe.pdf"],
    ["a right-to-left override", "rekap%E2%80%AEfdp.exe", "rekap_fdp.pdf"],
  ];
  for (const [name, raw, stored] of encoded) {
    it(`stores a name with ${name} as ${JSON.stringify(stored)}, and no header carries it`, async () => {
      const res = await uploadRaw(raw);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).name, stored);
      const download = await assertServedSafely(json(res).id, stored, "application/pdf");
      assert.equal(download.headers["set-cookie"], undefined);
    });
  }

  it("refuses a name with a CRLF that would inject a header (the parser drops the part), writing nothing", async () => {
    const before = await office.writes();
    const res = await uploadRaw("a%0D%0ASet-Cookie%3A%20sid%3Devil%0D%0A.pdf");
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(json(res).code, "file_required");
    assert.equal(res.headers["set-cookie"], undefined);
    assert.equal(await office.writes(), before);
  });

  it("refuses links that are not https, so no javascript: or data: link reaches a screen", async () => {
    const staff = office.personas["staf.yanum"].client;
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "http://x.example",
      "//x.example",
    ]) {
      const res = await staff.post(`/api/reports/${office.draftReportId}/links`, { rhkId: office.draftRhkId, url });
      assert.equal(res.statusCode, 400, url);
      assert.ok(json(res).fields.url, url);
    }
  });

  async function uploadRaw(encodedName: string): Promise<LightMyRequestResponse> {
    const boundary = "----simkin-attack-boundary";
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="rhkId"\r\n\r\n${office.draftRhkId}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodedName}\r\n`),
      Buffer.from("Content-Type: application/pdf\r\n\r\n"),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return office.personas["staf.yanum"].client.post(`/api/reports/${office.draftReportId}/evidence`, payload, {
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  }

  async function assertServedSafely(id: string, name: string, mime: string) {
    const res = await office.personas["kasi.yanum"].client.get(`/api/evidence/${id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers["content-type"], mime);
    assert.equal(res.headers["x-content-type-options"], "nosniff");
    const disposition = String(res.headers["content-disposition"]);
    assert.match(disposition, /^attachment; /);
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent(name)}`), disposition);
    assert.doesNotMatch(disposition, /[\r\n\0]/);
    return res;
  }
});

function manyParts(n: number): ZipMember[] {
  return Array.from({ length: n }, (_, i) => ({ name: `word/media/image${i}.png`, content: "" }));
}
