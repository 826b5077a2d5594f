import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluationPdfWorld } from "./given-evaluation-pdf";
import { oneLine, pdfText } from "./pdf-text";
import { type Client, json } from "./test-app";
import { perTest } from "./worlds";

describe("Evaluasi Kinerja Pegawai and Dokumen Evaluasi printouts", () => {
  const w = perTest(evaluationPdfWorld);
  const urls = (id: string) => [`/api/evaluations/${id}/ekp-pdf`, `/api/evaluations/${id}/dokumen-pdf`];

  const getPdf = async (client: Client, url: string, prefix: string) => {
    const res = await client.get(url);
    assert.equal(res.statusCode, 200, `${url} ${res.body.slice(0, 200)}`);
    assert.equal(res.headers["content-type"], "application/pdf");
    assert.ok(String(res.headers["content-disposition"]).startsWith(`attachment; filename="${prefix}-2026-TW1-`));
    assert.equal(res.rawPayload.subarray(0, 4).toString("latin1"), "%PDF");
    return res.rawPayload;
  };

  it("prints both documents for the pegawai, the penilai, the atasan, the pengelola and the auditor", async () => {
    const { office, pengelola, auditor, staffEvaluation } = w;
    for (const user of [office.staff, office.kasi, office.camat, pengelola, auditor]) {
      const client = await w.t.as(user);
      await getPdf(client, `/api/evaluations/${staffEvaluation}/ekp-pdf`, "EKP");
      await getPdf(client, `/api/evaluations/${staffEvaluation}/dokumen-pdf`, "Dokumen-EKP");
    }
  });

  it("prints what the evaluation holds: title, period, parties, capaian, ratings and predikat", async () => {
    const client = await w.t.as(w.office.staff);
    const ekp = oneLine(pdfText(await getPdf(client, urls(w.staffEvaluation)[0] ?? "", "EKP"), "ekp", "EVAL_PDF_DIR"));
    for (const phrase of [
      "EVALUASI KINERJA PEGAWAI",
      "PENDEKATAN HASIL KERJA KUANTITATIF",
      "PERIODE: TRIWULAN I",
      "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026",
      w.office.staff.name,
      "CAPAIAN KINERJA ORGANISASI* BAIK",
      "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK",
      "412 berkas",
      "Verifikasi berkas konsisten dan tepat waktu",
      "RATING HASIL KERJA* SESUAI EKSPEKTASI",
      "PREDIKAT KINERJA PEGAWAI* BAIK",
    ]) {
      assert.ok(ekp.includes(phrase), `EKP lacks "${phrase}"`);
    }
    const dokumen = oneLine(
      pdfText(await getPdf(client, urls(w.staffEvaluation)[1] ?? "", "Dokumen-EKP"), "dok", "EVAL_PDF_DIR"),
    );
    for (const phrase of [
      "DOKUMEN EVALUASI KINERJA PEGAWAI",
      "ATASAN PEJABAT PENILAI KINERJA",
      w.office.camat.name,
      "Pertahankan ketepatan waktu",
      "KEBERATAN",
    ]) {
      assert.ok(dokumen.includes(phrase), `Dokumen lacks "${phrase}"`);
    }
  });

  it("answers not found to an unrelated employee and to a random id, 401 without a session, 400 to a bad id", async () => {
    const other = await w.t.given.office();
    const stranger = await w.t.as(other.staff);
    for (const url of urls(w.staffEvaluation)) {
      const res = await stranger.get(url);
      assert.equal(res.statusCode, 404, url);
      assert.equal(json(res).code, "not_found");
      assert.equal((await w.t.anonymous().get(url)).statusCode, 401);
    }
    // The Kasi is a party to the staff's evaluation, not to the Camat's of another office.
    const random = await (await w.t.as(w.office.staff)).get(`/api/evaluations/${crypto.randomUUID()}/ekp-pdf`);
    assert.equal(random.statusCode, 404);
    const malformed = await stranger.get("/api/evaluations/nope/dokumen-pdf");
    assert.equal(malformed.statusCode, 400);
    assert.equal(json(malformed).code, "invalid_input");
    assert.equal(await w.t.db.selectFrom("document_verification").select("code").executeTakeFirst(), undefined);
  });

  it("refuses to print a draft evaluation, even for its rater", async () => {
    await w.t.db.updateTable("evaluation").set({ status: "draft" }).where("id", "=", w.staffEvaluation).execute();
    for (const url of urls(w.staffEvaluation)) {
      const res = await (await w.t.as(w.office.kasi)).get(url);
      assert.equal(res.statusCode, 422, url);
      assert.equal(json(res).code, "evaluation_not_final");
    }
  });

  it("verifies a printed evaluation by its code, and keeps the code for the same content", async () => {
    const client = await w.t.as(w.office.kasi);
    const [ekp = ""] = urls(w.staffEvaluation);
    await getPdf(client, ekp, "EKP");
    await getPdf(await w.t.as(w.office.staff), ekp, "EKP");
    const codes = await w.t.db.selectFrom("document_verification").select(["code", "document_type"]).execute();
    assert.deepEqual(
      codes.map((c) => c.document_type),
      ["evaluation_ekp"],
    );
    const found = json(await w.t.anonymous().get(`/api/verify/${codes[0]?.code}`));
    assert.equal(found.documentType, "Evaluasi Kinerja Pegawai");
    assert.equal(found.subjectView, "anonymous");
    const asRater = json(await client.get(`/api/verify/${codes[0]?.code}`));
    assert.equal(asRater.subjectView, "full");
    const asStranger = json(
      await (await w.t.as((await w.t.given.office()).staff)).get(`/api/verify/${codes[0]?.code}`),
    );
    assert.equal(asStranger.subjectView, "no_access");
  });
});

describe("Format Penetapan Predikat Kinerja", () => {
  const w = perTest(evaluationPdfWorld);
  const url = (unitId: string, query = "year=2026&period=TW1") =>
    `/api/evaluation-units/${unitId}/penetapan-pdf?${query}`;

  it("prints for the unit head, the pengelola and the auditor, as a draft until the head finalises", async () => {
    for (const user of [w.office.camat, w.pengelola, w.auditor]) {
      const res = await (await w.t.as(user)).get(url(w.unitId));
      assert.equal(res.statusCode, 200, res.body.slice(0, 200));
      assert.equal(res.rawPayload.subarray(0, 4).toString("latin1"), "%PDF");
    }
    const text = oneLine(
      pdfText((await (await w.t.as(w.office.camat)).get(url(w.unitId))).rawPayload, "pen", "EVAL_PDF_DIR"),
    );
    for (const phrase of [
      "FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI",
      "PERIODE: TRIWULAN I",
      "Kecamatan Uji",
      "Dicatat dari surat nomor 800/123/BKPSDM/2026 tanggal 3 April 2026",
      "Baik maksimal 70% (paling banyak 1 dari 2 pegawai) 1 Terpenuhi",
      "Harus ada pegawai dengan predikat Butuh Perbaikan",
      w.office.staff.name,
      "DRAF — BELUM DITETAPKAN PIMPINAN UNIT KERJA",
    ]) {
      assert.ok(text.includes(phrase), `Penetapan lacks "${phrase}"`);
    }
  });

  it("answers not found to staff who head no unit, 401 without a session, 400 to a bad period", async () => {
    for (const user of [w.office.staff, w.office.kasi]) {
      const res = await (await w.t.as(user)).get(url(w.unitId));
      assert.equal(res.statusCode, 404);
      assert.equal(json(res).code, "not_found");
    }
    assert.equal((await w.t.anonymous().get(url(w.unitId))).statusCode, 401);
    const bad = await (await w.t.as(w.pengelola)).get(url(w.unitId, "year=2026&period=TW5"));
    assert.equal(bad.statusCode, 400);
    assert.equal(json(bad).code, "invalid_input");
    const randomUnit = await (await w.t.as(w.pengelola)).get(url(crypto.randomUUID()));
    assert.equal(randomUnit.statusCode, 404);
  });

  it("refuses a period whose capaian has not been set", async () => {
    const res = await (await w.t.as(w.office.camat)).get(url(w.unitId, "year=2026&period=TW2"));
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "penetapan_capaian_missing");
  });
});
