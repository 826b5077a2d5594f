import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { formatNip } from "@simkin/domain";
import { assertError } from "./assertions";
import type { Office } from "./given";
import { oneLine, pdfText } from "./pdf-text";
import { createTestApp, json, type TestApp } from "./test-app";

// Set FORMS_PDF_DIR to keep the PDFs for a visual check.
const textOf = (pdf: Buffer, name: string) => oneLine(pdfText(pdf, name, "FORMS_PDF_DIR"));

const answers = [5, 4, 4, 5, 5, 3, 4, 5, 5];
const rows = [
  { competency: "Pelayanan publik", score: 4, reason: "Ramah dan teliti melayani pemohon" },
  { competency: "Manajemen waktu", score: 3, reason: "Masih ada antrean berkas pada hari Senin" },
];

describe("Format B.1.8 and B.1.9 PDFs (issue 9 rule 14)", () => {
  let t: TestApp;
  let office: Office;
  let sessionId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
    const created = await (await t.as(office.kasi)).post("/api/coaching", {
      employeeId: office.staff.id,
      date: "2026-03-16",
      topic: "Ketepatan waktu verifikasi berkas",
    });
    assert.equal(created.statusCode, 200, created.body);
    sessionId = json(created).id;
  });
  afterEach(() => t.close());

  const fill = async () => {
    const fed = await (await t.as(office.staff)).put(`/api/coaching/${sessionId}/feedback`, { answers });
    assert.equal(fed.statusCode, 200, fed.body);
    const rated = await (await t.as(office.kasi)).put(`/api/coaching/${sessionId}/evaluation`, { rows });
    assert.equal(rated.statusCode, 200, rated.body);
  };

  it("prints B.1.8 in the official wording with both identities, the ticks, the signature and a verification code", async () => {
    await fill();
    const res = await (await t.as(office.staff)).get(`/api/coaching/${sessionId}/b18-pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers["content-type"], "application/pdf");
    assert.match(String(res.headers["content-disposition"]), /attachment; filename="B\.1\.8-2026-03-16-/);
    const text = textOf(res.rawPayload, "b18");
    for (const expected of [
      "UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      formatNip(office.staff.nip),
      formatNip(office.kasi.nip),
      "Seksi Pelayanan Umum, Kecamatan Uji",
      "Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat",
      "Saya merasa bahwa pandangan/pendapat yang diberikan kepada saya bersifat positif",
      "Tentang pegawai dan pimpinan/pihak lain yang diberikan penugasan khusus",
      "1 = Sangat tidak setuju",
      "16 Maret 2026",
      "Pegawai yang Dinilai",
    ]) {
      assert.ok(text.includes(expected), `B.1.8 lacks "${expected}"`);
    }
    // One tick per statement.
    assert.equal(text.split("√").length - 1, 9);
    const code = /kode ([A-Z0-9-]+)\)/.exec(text)?.[1] ?? "";
    const verified = json(await (await t.as(office.staff)).get(`/api/verify/${code}`));
    assert.equal(verified.documentType, "Umpan Balik Pelaksanaan Bimbingan Kinerja (Format B.1.8)");
    assert.equal(verified.subjectView, "full");
    assert.equal(verified.period, "Bimbingan kinerja 16 Maret 2026");
    const again = textOf((await (await t.as(office.kasi)).get(`/api/coaching/${sessionId}/b18-pdf`)).rawPayload, "x");
    assert.ok(again.includes(`kode ${code})`), "the same content keeps its code");
  });

  it("prints B.1.9 with the competencies, scores, reasons and the rater's signature", async () => {
    await fill();
    const res = await (await t.as(office.kasi)).get(`/api/coaching/${sessionId}/b19-pdf`);
    assert.equal(res.statusCode, 200, res.body);
    const text = textOf(res.rawPayload, "b19");
    for (const expected of [
      "EVALUASI KOMPETENSI PEGAWAI SEBAGAI TINDAK LANJUT BIMBINGAN KINERJA",
      "KOMPETENSI PEGAWAI",
      "NILAI (SKALA 1–5)",
      "ALASAN",
      "Pelayanan publik",
      "Masih ada antrean berkas pada hari Senin",
      "Pejabat Penilai Kinerja",
      formatNip(office.kasi.nip),
    ]) {
      assert.ok(text.includes(expected), `B.1.9 lacks "${expected}"`);
    }
    const code = /kode ([A-Z0-9-]+)\)/.exec(text)?.[1] ?? "";
    const anonymous = json(await t.anonymous().get(`/api/verify/${code}`));
    assert.equal(anonymous.subjectView, "anonymous");
    assert.match(anonymous.documentType, /Format B\.1\.9/);
    assert.equal(anonymous.issuer, "Kecamatan Uji");
  });

  it("lets the pegawai, the rater, the atasan, the pengelola kinerja and the auditor download both", async () => {
    await fill();
    const pengelola = await t.given.user({ roles: ["pengelola_kinerja"] });
    const auditor = await t.given.user({ roles: ["auditor"] });
    for (const who of [office.staff, office.kasi, office.camat, pengelola, auditor]) {
      const client = await t.as(who);
      for (const form of ["b18", "b19"]) {
        const res = await client.get(`/api/coaching/${sessionId}/${form}-pdf`);
        assert.equal(res.statusCode, 200, `${form} ${res.body}`);
      }
    }
  });

  it("answers another unit's rater exactly like a random id, and writes no code for them", async () => {
    await fill();
    const otherUnit = await t.given.unit({ kind: "kelurahan", name: "Kelurahan Lain" });
    const lurahPos = await t.given.position({ unitId: otherUnit.id, kind: "administrator", leads: true });
    const lurah = await t.given.placedEmployee({ positionId: lurahPos.id });
    await t.given.placedEmployee({
      positionId: (await t.given.position({ unitId: otherUnit.id, parentPositionId: lurahPos.id })).id,
    });
    const client = await t.as(lurah);
    for (const form of ["b18", "b19"]) {
      const real = await client.get(`/api/coaching/${sessionId}/${form}-pdf`);
      const random = await client.get(`/api/coaching/0196a000-0000-7000-8000-000000000000/${form}-pdf`);
      assertError(real, 404, "not_found");
      assert.equal(real.body, random.body);
    }
    assert.equal((await t.db.selectFrom("document_verification").select("code").execute()).length, 0);
    assertError(await t.anonymous().get(`/api/coaching/${sessionId}/b18-pdf`), 401, "unauthenticated");
    assertError(await (await t.as(office.staff)).get("/api/coaching/123/b18-pdf"), 400, "invalid_input");
  });

  it("refuses to print a form nobody has filled yet", async () => {
    const staff = await t.as(office.staff);
    assertError(await staff.get(`/api/coaching/${sessionId}/b18-pdf`), 409, "coaching_form_empty");
    assertError(await staff.get(`/api/coaching/${sessionId}/b19-pdf`), 409, "coaching_form_empty");
    assert.equal((await t.db.selectFrom("document_verification").select("code").execute()).length, 0);
  });

  it("prints answers stored before the wording was corrected against the statements' numbers", async () => {
    // A row as the earlier code stored it: nine scores in the order of the form, no wording.
    await t.db
      .updateTable("coaching_session")
      .set({ feedback_json: JSON.stringify({ answers, comment: "" }), feedback_at: "2026-03-16T03:00:00.000Z" })
      .where("id", "=", sessionId)
      .execute();
    const listed = json(await (await t.as(office.staff)).get("/api/coaching"));
    assert.deepEqual(listed[0].feedback.answers, answers);
    const res = await (await t.as(office.staff)).get(`/api/coaching/${sessionId}/b18-pdf`);
    assert.equal(res.statusCode, 200, res.body);
  });
});
