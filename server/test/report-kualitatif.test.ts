import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { multipart } from "./multipart";
import { oneLine, pdfText } from "./pdf-text";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const WORDS =
  "Standar pelayanan dispensasi nikah hasil reviu dicetak dan dipasang di ruang tunggu; salinannya diunggah ke laman kecamatan.";
const VALUE_FEEDBACK = "Ramah dan sabar menjelaskan persyaratan kepada pemohon yang berkasnya belum lengkap.";

// Set REPORT_PDF_DIR to keep the PDF for a visual check.
const reportText = (pdf: Buffer) => pdfText(pdf, "laporan-kualitatif", "REPORT_PDF_DIR");

/** Issue 9 rules 9 and 10: a kualitatif SKP reported in words with evidence; feedback per BerAKHLAK value. */
describe("a kualitatif monthly report with feedback per BerAKHLAK value", () => {
  let t: TestApp;
  let office: Office;
  let rhkId: string;
  let ikiId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["Tersedianya standar pelayanan yang mutakhir"],
    });
    const skp = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Tersusunnya bahan reviu standar pelayanan PATEN yang mutakhir"],
    });
    await t.db.updateTable("skp").set({ approach: "kualitatif" }).where("id", "=", skp.skpId).execute();
    rhkId = skp.rhkIds[0] ?? "";
    ikiId = crypto.randomUUID();
    await t.db
      .insertInto("skp_iki")
      .values({
        id: ikiId,
        rhk_id: rhkId,
        sort_order: 0,
        aspek: null,
        indicator: "Bahan reviu standar pelayanan PATEN tersusun lengkap",
        target: "Draf reviu diterima Kasi Pelayanan Umum tanpa perbaikan substansi",
        unit: null,
      })
      .execute();
    await t.db
      .insertInto("skp_expectation")
      .values({ skp_id: skp.skpId, value_code: "berorientasi_pelayanan", text: "Tidak ada keluhan pelayanan lambat" })
      .execute();
  });
  afterEach(() => t.close());

  const filled = async (staff: Client) => {
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const res = await staff.put(`/api/reports/${opened.id}/content`, {
      realisations: [{ ikiId, value: WORDS }],
      actions: [],
      achievements: "Reviu standar pelayanan dispensasi nikah selesai.",
      version: opened.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(await staff.get(`/api/reports/${opened.id}`));
  };
  const withLink = async (staff: Client, reportId: string) => {
    const link = { rhkId, url: "https://arsip.kec-plaju.example/bukti/sp-dispensasi.pdf", title: "Standar pelayanan" };
    assert.equal((await staff.post(`/api/reports/${reportId}/links`, link)).statusCode, 200);
  };
  const submitted = async () => {
    const staff = await t.as(office.staff);
    const report = await filled(staff);
    const file = multipart([
      { name: "rhkId", value: rhkId },
      { name: "file", filename: "foto ruang tunggu.pdf", contentType: "application/pdf", content: PDF },
    ]);
    assert.equal((await staff.post(`/api/reports/${report.id}/evidence`, file.payload, file)).statusCode, 200);
    const res = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(res.statusCode, 200, res.body);
    return { staff, report: json(res) };
  };
  const feedback = (version: number, perValue: unknown) => ({
    perRhk: [{ rhkId, wentWell: "Reviu rapi", toImprove: "", support: "" }],
    overall: "Pertahankan.",
    perValue,
    version,
  });

  it("takes a realisation in words for a kualitatif SKP, with nothing to add up", async () => {
    const report = await filled(await t.as(office.staff));
    assert.equal(report.approach, "kualitatif");
    const line = report.rhk[0].ikis[0];
    assert.equal(line.value, WORDS);
    assert.equal(line.cumulative, null);
    assert.equal(line.percent, null);
  });

  it("asks for bukti dukung before a kualitatif report goes to the rater", async () => {
    const staff = await t.as(office.staff);
    const report = await filled(staff);
    const refused = assertError(
      await staff.post(`/api/reports/${report.id}/submit`, { version: report.version }),
      422,
      "evidence_required",
    );
    assert.ok(refused.fields["rhk/0/evidence"]);
    await withLink(staff, report.id);
    const res = await staff.post(`/api/reports/${report.id}/submit`, { version: report.version });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).status, "diajukan");
  });

  it("shows the words to the rater and counts them as reported in compliance", async () => {
    const { report } = await submitted();
    const kasi = await t.as(office.kasi);
    const seen = json(await kasi.get(`/api/reports/${report.id}`));
    assert.equal(seen.rhk[0].ikis[0].value, WORDS);
    assert.ok(seen.allowed.includes("give_feedback"));
    const row = json(await kasi.get("/api/compliance?year=2026&month=2")).items[0];
    assert.deepEqual([row.ikiReported, row.ikiTotal], [1, 1]);
  });

  it("stores the rater's feedback per BerAKHLAK value by its key and shows it to the employee", async () => {
    const { staff, report } = await submitted();
    const kasi = await t.as(office.kasi);
    const res = await kasi.put(
      `/api/reports/${report.id}/feedback`,
      feedback(report.version, [{ valueCode: "berorientasi_pelayanan", text: VALUE_FEEDBACK }]),
    );
    assert.equal(res.statusCode, 200, res.body);
    const rows = await t.db.selectFrom("report_behaviour_feedback").selectAll().execute();
    assert.deepEqual(rows, [{ report_id: report.id, value_code: "berorientasi_pelayanan", text: VALUE_FEEDBACK }]);

    const mine = json(await staff.get(`/api/reports/${report.id}`));
    assert.equal(mine.behaviours.length, 7);
    assert.deepEqual(mine.behaviours[0], {
      code: "berorientasi_pelayanan",
      name: "Berorientasi Pelayanan",
      expectation: "Tidak ada keluhan pelayanan lambat",
      feedback: VALUE_FEEDBACK,
    });
    assert.ok(mine.behaviours.slice(1).every((b: { feedback: string }) => b.feedback === ""));

    // Saved again without the value: its row goes.
    const again = await kasi.put(`/api/reports/${report.id}/feedback`, feedback(json(res).version, []));
    assert.equal(again.statusCode, 200, again.body);
    assert.equal((await t.db.selectFrom("report_behaviour_feedback").selectAll().execute()).length, 0);
  });

  it("prints the words and the feedback per value in the report PDF", async () => {
    const { staff, report } = await submitted();
    const kasi = await t.as(office.kasi);
    const saved = json(
      await kasi.put(
        `/api/reports/${report.id}/feedback`,
        feedback(report.version, [{ valueCode: "berorientasi_pelayanan", text: VALUE_FEEDBACK }]),
      ),
    );
    assert.equal((await kasi.post(`/api/reports/${report.id}/accept`, { version: saved.version })).statusCode, 200);
    const pdf = await staff.get(`/api/reports/${report.id}/pdf`);
    assert.equal(pdf.statusCode, 200, pdf.body);
    const text = oneLine(reportText(pdf.rawPayload));
    assert.match(text, /REALISASI BULAN INI BERDASARKAN BUKTI DUKUNG/);
    assert.match(text, /Standar pelayanan dispensasi nikah hasil reviu dicetak/);
    assert.match(text, /H\. UMPAN BALIK PERILAKU KERJA \(BERAKHLAK\)/);
    assert.match(text, /Berorientasi Pelayanan/);
    assert.match(text, /Tidak ada keluhan pelayanan lambat/);
    assert.match(text, /Ramah dan sabar menjelaskan persyaratan/);
    assert.match(text, /Kolaboratif/);
  });

  it("refuses feedback per value from anyone but the rater, twice for one value, or for an unknown value", async () => {
    const { staff, report } = await submitted();
    const body = feedback(report.version, [{ valueCode: "akuntabel", text: "Rekap rapi" }]);
    assertError(await staff.put(`/api/reports/${report.id}/feedback`, body), 403, "forbidden");
    assertError(await t.anonymous().put(`/api/reports/${report.id}/feedback`, body), 401, "unauthenticated");
    const kasi = await t.as(office.kasi);
    const twice = [
      { valueCode: "akuntabel", text: "a" },
      { valueCode: "akuntabel", text: "b" },
    ];
    assertInvalid(await kasi.put(`/api/reports/${report.id}/feedback`, feedback(report.version, twice)), {
      perValue: /sekali/,
    });
    assertInvalid(
      await kasi.put(
        `/api/reports/${report.id}/feedback`,
        feedback(report.version, [{ valueCode: "jujur", text: "a" }]),
      ),
      { "perValue/0/valueCode": /./ },
    );
    assertInvalid(
      await kasi.put(
        `/api/reports/${report.id}/feedback`,
        feedback(report.version, [{ valueCode: "akuntabel", text: "x".repeat(2001) }]),
      ),
      { "perValue/0/text": /2000/ },
    );
  });

  it("refuses a realisation in words longer than 2000 characters", async () => {
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const res = await staff.put(`/api/reports/${opened.id}/content`, {
      realisations: [{ ikiId, value: "x".repeat(2001) }],
      actions: [],
      version: opened.version,
    });
    assertInvalid(res, { "realisations/0/value": /2000/ });
  });
});
