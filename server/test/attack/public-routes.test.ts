import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "../given";
import { openYear, reportingStaff } from "../given-skp";
import { createTestApp, json, type TestApp } from "../test-app";

/** The text of a PDF as a reader (or a QR scanner's preview) sees it. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "attack-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

describe("attack: public routes (issue 8, findings 6 and 7)", () => {
  let t: TestApp;
  let office: Office;
  let skpId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    t.config.publicUrl = "https://simkin.uji.go.id";
    office = await t.given.office();
    await t.db
      .updateTable("employee")
      .set({ name: "Ahmad Fauzi", back_title: "S.Kom." })
      .where("id", "=", office.staff.id)
      .execute();
    await openYear(t.db, 2026);
    skpId = (await reportingStaff(t.db, office)).skpId;
  });
  afterEach(() => t.close());

  const printedCode = async () => {
    const res = await (await t.as(office.staff)).get(`/api/skps/${skpId}/pdf`);
    assert.equal(res.statusCode, 200, res.body);
    return (await t.db.selectFrom("document_verification").select("code").executeTakeFirstOrThrow()).code;
  };

  it("finding 6: one address cannot check codes without limit", async () => {
    const visitor = t.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) {
      statuses.push(
        (await visitor.get("/api/verify/ABCD-EFGH-JKLM-NPQR", { remoteAddress: "203.0.113.66" })).statusCode,
      );
    }
    assert.deepEqual(new Set(statuses.slice(0, 120)), new Set([404]));
    assert.equal(statuses[120], 429, "the 121st check in ten minutes is refused");
  });

  it("finding 6: a new code carries at least 80 bits", async () => {
    const code = await printedCode();
    assert.ok(code.length * 5 >= 80, `${code} has ${code.length * 5} bits`);
  });

  it("finding 6: an anonymous visitor learns the initials of the subject, not the name, position or unit", async () => {
    const code = await printedCode();
    const res = await t.anonymous().get(`/api/verify/${code}`);
    assert.equal(res.statusCode, 200, res.body);
    for (const secret of ["Ahmad", "Fauzi", "S.Kom", "Pengelola Layanan Operasional", "Seksi Pelayanan Umum"]) {
      assert.ok(!res.body.includes(secret), `revealed ${secret}: ${res.body}`);
    }
    assert.ok(res.body.includes("A*** F***"));
  });

  for (const [label, url] of [
    ["the SKP", (id: string) => `/api/skps/${id}/pdf`],
    ["its lampiran", (id: string) => `/api/skps/${id}/lampiran-pdf`],
  ] as const) {
    it(`finding 7: a forged Host header does not reach ${label}; it prints PUBLIC_URL`, async () => {
      const res = await (await t.as(office.staff)).get(url(skpId), { headers: forged });
      assert.equal(res.statusCode, 200, res.body);
      const text = pdfText(res.rawPayload);
      assert.match(text, /https:\/\/simkin\.uji\.go\.id\/v\/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
      assert.ok(!text.includes("evil.example"), text);
      assert.ok(!res.rawPayload.includes("evil.example"), "nor anywhere in the PDF bytes");
    });
  }

  it("finding 7: a forged Host header does not reach the monthly report PDF", async () => {
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const res = await staff.get(`/api/reports/${opened.id}/pdf`, { headers: forged });
    assert.equal(res.statusCode, 200, res.body);
    const text = pdfText(res.rawPayload);
    assert.match(text, /https:\/\/simkin\.uji\.go\.id\/v\//);
    assert.ok(!text.includes("evil.example"), text);
  });
});
