import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { formatNip } from "@simkin/domain";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { multipart } from "./multipart";
import { oneLine, pdfText } from "./pdf-text";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

// Set REPORT_PDF_DIR to keep the PDFs for a visual check.
const textOf = (pdf: Buffer, name: string) => pdfText(pdf, name, "REPORT_PDF_DIR");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const ikis = [
  {
    aspek: "kuantitas" as const,
    indicator: "Jumlah berkas permohonan PATEN diverifikasi",
    target: "1.500",
    unit: "berkas",
  },
  {
    aspek: "waktu" as const,
    indicator: "Persentase berkas diverifikasi ≤ 1 hari kerja",
    target: "100",
    unit: "persen",
  },
  {
    aspek: "kuantitas" as const,
    indicator: "Jumlah kegiatan pojok literasi difasilitasi",
    target: "12",
    unit: "kegiatan",
  },
];

describe("monthly report PDF", () => {
  let t: TestApp;
  let office: Office;
  let rhkIds: string[];
  let ikiIds: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-04-03T03:00:00.000Z" });
    office = await t.given.office();
    // The instansi on the header comes from the pemerintah daerah at the root of the unit tree.
    const pemkot = await t.given.unit({ kind: "pemerintah_daerah", name: "Pemerintah Kota Palembang" });
    await t.db.updateTable("org_unit").set({ parent_id: pemkot.id }).where("id", "=", office.kecamatan.id).execute();
    await openYear(t.db, 2026);
    await t.db
      .updateTable("employee")
      .set({ name: "Nyimas Fitri Ramadhani", back_title: "A.Md.", golongan: "II/d" })
      .where("id", "=", office.staff.id)
      .execute();
    await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan PATEN"],
    });
    const skp = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Terlayaninya permohonan PATEN sesuai standar pelayanan", "Terfasilitasinya pojok literasi warga"],
    });
    rhkIds = skp.rhkIds;
    await t.db
      .updateTable("skp_rhk")
      .set({ kind: "tambahan" })
      .where("id", "=", rhkIds[1] ?? "")
      .execute();
    ikiIds = [];
    for (const [i, iki] of ikis.entries()) {
      const id = crypto.randomUUID();
      ikiIds.push(id);
      const rhkId = (i < 2 ? rhkIds[0] : rhkIds[1]) ?? "";
      await t.db
        .insertInto("skp_iki")
        .values({ id, rhk_id: rhkId, sort_order: i, ...iki })
        .execute();
    }
  });
  afterEach(() => t.close());

  /** The staff member's report for the month, filled in, with a link and a file as bukti dukung, and submitted. */
  async function submittedReport(staff: Client, month: number): Promise<string> {
    const opened = json(await staff.post("/api/reports", { year: 2026, month }));
    const saved = json(
      await staff.put(`/api/reports/${opened.id}/content`, {
        realisations: [
          { ikiId: ikiIds[0], value: "130" },
          { ikiId: ikiIds[1], value: "96" },
          { ikiId: ikiIds[2], value: "1" },
        ],
        actions: [
          { rhkId: rhkIds[0], plan: "Verifikasi berkas harian di loket PATEN\nRekap register mingguan", progress: 25 },
          { rhkId: rhkIds[1], plan: "Diskusi buku bersama karang taruna", progress: 10 },
        ],
        achievements: "Menerima dan memverifikasi 130 berkas permohonan.\nSemua berkas selesai dalam 1 hari kerja.",
        challenges: "Pemohon sering membawa berkas tidak lengkap.",
        improvements: "Menyebarkan daftar persyaratan melalui WhatsApp kecamatan.",
        version: opened.version,
      }),
    );
    const link = { rhkId: rhkIds[0], url: "https://drive.example.go.id/rekap-maret", title: "Rekap register" };
    assert.equal((await staff.post(`/api/reports/${opened.id}/links`, link)).statusCode, 200);
    const file = multipart([
      { name: "rhkId", value: rhkIds[1] ?? "" },
      { name: "file", filename: "daftar hadir.pdf", contentType: "application/pdf", content: PDF },
    ]);
    assert.equal((await staff.post(`/api/reports/${opened.id}/evidence`, file.payload, file)).statusCode, 200);
    const submitted = await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version });
    assert.equal(submitted.statusCode, 200, submitted.body);
    return opened.id;
  }

  async function pdfOf(client: Client, id: string, name: string) {
    const res = await client.get(`/api/reports/${id}/pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers["content-type"], "application/pdf");
    assert.equal(res.rawPayload.subarray(0, 4).toString("latin1"), "%PDF");
    return { res, text: textOf(res.rawPayload, name) };
  }

  it("prints the accepted report for the employee: fonts, identity, realisations, feedback, code", async (test) => {
    const staff = await t.as(office.staff);
    const kasi = await t.as(office.kasi);
    const id = await submittedReport(staff, 3);
    const current = json(await kasi.get(`/api/reports/${id}`));
    const feedback = json(
      await kasi.put(`/api/reports/${id}/feedback`, {
        perRhk: [{ rhkId: rhkIds[0], wentWell: "Verifikasi cepat", toImprove: "Lengkapi foto", support: "Printer" }],
        overall: "Capaian bulan ini sudah baik.",
        version: current.version,
      }),
    );
    assert.equal((await kasi.post(`/api/reports/${id}/accept`, { version: feedback.version })).statusCode, 200);

    const started = performance.now();
    const { res, text } = await pdfOf(staff, id, "laporan-diterima");
    const took = performance.now() - started;
    assert.equal(res.headers["content-disposition"], `attachment; filename="Laporan-2026-03-${office.staff.nip}.pdf"`);
    assert.ok(res.rawPayload.includes("FontFile2"), "TrueType fonts are embedded");
    const code = json(await staff.get(`/api/reports/${id}`)).verificationCode;
    assert.match(code, /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const flat = oneLine(text);
    for (const expected of [
      "LAPORAN KINERJA BULANAN",
      "BULAN MARET TAHUN 2026",
      "PEMERINTAH KOTA PALEMBANG",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "Nyimas Fitri Ramadhani, A.Md.",
      "Seksi Pelayanan Umum, Kecamatan Uji",
      formatNip(office.staff.nip),
      formatNip(office.kasi.nip),
      "Jumlah berkas permohonan PATEN diverifikasi",
      "1.500 berkas",
      "130 berkas (8,7%)",
      "A. REALISASI HASIL KERJA",
      "B. RENCANA AKSI DAN PROGRES",
      "Rekap register mingguan",
      "Menerima dan memverifikasi 130 berkas permohonan.",
      "D. TANTANGAN/KENDALA",
      "E. LANGKAH PERBAIKAN",
      "https://drive.example.go.id/rekap-maret",
      "Berkas PDF",
      "G. UMPAN BALIK PEJABAT PENILAI",
      "Lengkapi foto",
      "Capaian bulan ini sudah baik.",
      "Palembang, 3 April 2026",
      code,
      "Halaman 1 dari",
    ]) {
      assert.ok(flat.includes(expected), `missing "${expected}"`);
    }
    assert.doesNotMatch(flat, /DRAF|TERLAMBAT|Alasan permintaan revisi/);
    test.diagnostic(`GET /api/reports/:id/pdf: ${took.toFixed(0)} ms (first render in this test)`);

    const again = await pdfOf(await t.as(office.kasi), id, "laporan-diterima-atasan");
    assert.ok(again.text.includes(code), "the same content keeps its code, whoever prints it");
  });

  it("marks a late report returned for revision, with the reason, and its page note", async () => {
    const staff = await t.as(office.staff);
    const kasi = await t.as(office.kasi);
    const id = await submittedReport(staff, 1);
    const current = json(await kasi.get(`/api/reports/${id}`));
    const returned = await kasi.post(`/api/reports/${id}/revision`, {
      reason: "Lampirkan daftar hadir kegiatan",
      version: current.version,
    });
    assert.equal(returned.statusCode, 200, returned.body);

    const flat = oneLine((await pdfOf(staff, id, "laporan-perlu-revisi")).text);
    for (const expected of [
      "BULAN JANUARI TAHUN 2026",
      "PERLU REVISI — DIKEMBALIKAN KEPADA PEGAWAI",
      "Perlu revisi",
      "TERLAMBAT",
      "Alasan permintaan revisi",
      "Lampirkan daftar hadir kegiatan",
    ]) {
      assert.ok(flat.includes(expected), `missing "${expected}"`);
    }
  });

  it("prints a narrative and a feedback cell taller than a page in full", async () => {
    const staff = await t.as(office.staff);
    const kasi = await t.as(office.kasi);
    const id = await submittedReport(staff, 3);
    const current = json(await kasi.get(`/api/reports/${id}`));
    const steps = Array.from({ length: 150 }, (_, i) => `Langkah ${i + 1}.`).join("\n");
    const saved = await kasi.put(`/api/reports/${id}/feedback`, {
      perRhk: [{ rhkId: rhkIds[0], wentWell: "", toImprove: steps, support: "" }],
      overall: Array.from({ length: 300 }, (_, i) => `Poin ${i + 1}.`).join("\n"),
      version: current.version,
    });
    assert.equal(saved.statusCode, 200, saved.body);

    const text = (await pdfOf(staff, id, "laporan-panjang")).text;
    for (const expected of ["Langkah 1.", "Langkah 150.", "Poin 1.", "Poin 300.", "Palembang, 3 April 2026"]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
  });

  it("refuses a stranger (404) and an anonymous caller (401)", async () => {
    const id = await submittedReport(await t.as(office.staff), 3);
    const stranger = await t.given.placedEmployee({ positionId: (await t.given.position()).id });
    assert.equal((await (await t.as(stranger)).get(`/api/reports/${id}/pdf`)).statusCode, 404);
    assert.equal((await t.anonymous().get(`/api/reports/${id}/pdf`)).statusCode, 401);
    const count = await t.db.selectFrom("document_verification").select("code").execute();
    assert.equal(count.length, 0, "a refused request issues no code");
  });

  it("verifies the printed code publicly with the report's live status and no NIP", async () => {
    const staff = await t.as(office.staff);
    const kasi = await t.as(office.kasi);
    const id = await submittedReport(staff, 3);
    await pdfOf(staff, id, "laporan-diajukan");
    const code = json(await staff.get(`/api/reports/${id}`)).verificationCode;

    const submitted = await t.anonymous().get(`/api/verify/${code}`);
    assert.equal(submitted.statusCode, 200, submitted.body);
    const body = json(submitted);
    assert.equal(body.documentType, "Laporan Kinerja Bulanan");
    assert.equal(body.title, "Laporan Kinerja Bulanan Maret 2026");
    assert.match(body.status, /^Diajukan/);
    assert.equal(body.subjectName, "N*** F*** R***", "initials only for the public");
    assert.equal(json(await staff.get(`/api/verify/${code}`)).subjectName, "Nyimas Fitri Ramadhani, A.Md.");
    for (const nip of [office.staff.nip, office.kasi.nip]) {
      assert.ok(!submitted.body.includes(nip) && !submitted.body.includes(formatNip(nip)), "no NIP is public");
    }

    const current = json(await kasi.get(`/api/reports/${id}`));
    assert.equal((await kasi.post(`/api/reports/${id}/accept`, { version: current.version })).statusCode, 200);
    assert.match(json(await t.anonymous().get(`/api/verify/${code}`)).status, /^Diterima/);
  });
});
