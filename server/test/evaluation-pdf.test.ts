import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { evaluationPdfWorld, givenKeberatan, givenUnitFinalised } from "./given-evaluation-pdf";
import { oneLine, pdfText, withPdfFile } from "./pdf-text";
import { perTest } from "./worlds";

/** What the printouts say, read back with pdftotext (EVAL_PDF_DIR keeps the files for a look). */
describe("evaluation printouts, as printed", () => {
  const w = perTest(evaluationPdfWorld);

  const printed = async (path: string, name: string, user = w.office.kasi) => {
    const res = await (await w.t.as(user)).get(path);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return { text: oneLine(pdfText(res.rawPayload, name, "EVAL_PDF_DIR")), pdf: res.rawPayload };
  };
  const ekp = (name: string) => printed(`/api/evaluations/${w.staffEvaluation}/ekp-pdf`, name);
  const dokumen = (name: string) => printed(`/api/evaluations/${w.staffEvaluation}/dokumen-pdf`, name);
  const includesAll = (text: string, phrases: string[]) => {
    for (const phrase of phrases) {
      assert.ok(text.includes(phrase), `missing "${phrase}"`);
    }
  };

  it("prints the JA/JF columns (1)-(8), the 7 values with their panduan, umpan balik and both signatures", async () => {
    const { text } = await ekp("ekp-jajf");
    includesAll(text, [
      "RHK PIMPINAN YANG DIINTERVENSI",
      "ASPEK",
      "REALISASI BERDASARKAN BUKTI DUKUNG",
      "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
      "(8)",
      "Meningkatnya kualitas pelayanan PATEN",
      "Terlayaninya permohonan PATEN",
      "98 persen",
      "Berorientasi Pelayanan",
      "Memahami dan memenuhi kebutuhan masyarakat",
      "Kolaboratif",
      "EKSPEKTASI KHUSUS PIMPINAN",
      "Umpan balik berorientasi pelayanan",
      "Umpan balik kolaboratif",
      "RATING PERILAKU KERJA* SESUAI EKSPEKTASI",
      "Pegawai yang Dinilai",
      "Pejabat Penilai Kinerja",
      `NIP. ${w.office.kasi.nip.slice(0, 8)}`,
      "Kecamatan Uji, 6 April 2026",
    ]);
    assert.ok(!text.includes("PERSPEKTIF"), "PERSPEKTIF is a JPT column");
  });

  it("prints the JPT column set (1)-(7) with PERSPEKTIF and the kualitatif title", async () => {
    await w.t.db
      .updateTable("skp")
      .set({ model: "jpt", approach: "kualitatif" })
      .where("id", "=", w.staffSkp.skpId)
      .execute();
    await w.t.db
      .updateTable("evaluation_rhk")
      .set({ realisation: "Seluruh permohonan PATEN terlayani sesuai standar" })
      .where("evaluation_id", "=", w.staffEvaluation)
      .execute();
    const { text } = await ekp("ekp-jpt");
    includesAll(text, [
      "PENDEKATAN HASIL KERJA KUALITATIF",
      "PERSPEKTIF",
      "(7)",
      "Seluruh permohonan PATEN terlayani sesuai standar",
      "412 berkas",
    ]);
    assert.ok(!text.includes("RHK PIMPINAN YANG DIINTERVENSI"), "the JPT form has no intervened RHK column");
    assert.ok(!text.includes("(8)"));
  });

  it("prints TRIWULAN IV-AKHIR for the last quarter", async () => {
    await w.t.db.updateTable("evaluation").set({ period_code: "TW4" }).where("id", "=", w.staffEvaluation).execute();
    const { text } = await ekp("ekp-tw4");
    includesAll(text, ["PERIODE: TRIWULAN IV-AKHIR", "PERIODE PENILAIAN: 01 OKTOBER SD 31 DESEMBER TAHUN 2026"]);
  });

  it("prints a keberatan, the rater's explanation and the atasan's decision with their dates on the Dokumen", async () => {
    await givenKeberatan(w.t.db, w.staffEvaluation, { outcome: "dikabulkan", external: false });
    const { text } = await dokumen("dokumen-keberatan");
    includesAll(text, [
      "Realisasi verifikasi berkas bulan Maret belum diperhitungkan. (8 April 2026)",
      "Realisasi Maret tercatat setelah evaluasi ditetapkan. (10 April 2026)",
      "DIKABULKAN: Rating hasil kerja diubah menjadi di atas ekspektasi. (15 April 2026)",
      "Atasan Pejabat Penilai Kinerja",
      "Kecamatan Uji, 15 April 2026",
    ]);
    assert.ok(!text.includes("dicatat dari surat"));
  });

  it("says where an external decision was recorded from", async () => {
    await givenKeberatan(w.t.db, w.staffEvaluation, { outcome: "ditolak", external: true });
    const { text } = await dokumen("dokumen-external");
    includesAll(text, ["DITOLAK:", "(dicatat dari surat nomor 800/77/SETDA/2026 tanggal 14 April 2026)"]);
  });

  it("notes a pending keberatan at the top of each page", async () => {
    await givenKeberatan(w.t.db, w.staffEvaluation, null);
    const { text } = await ekp("ekp-pending");
    assert.ok(text.includes("KEBERATAN SEDANG DIPROSES"));
  });

  it("lists a draft evaluation on the Format Penetapan without its predikat, and does not count it", async () => {
    await w.t.db
      .updateTable("evaluation")
      .set({ status: "draft", predikat: "sangat_baik" })
      .where("id", "=", w.kasiEvaluation)
      .execute();
    const { text } = await printed(
      `/api/evaluation-units/${w.unitId}/penetapan-pdf?year=2026&period=TW1`,
      "penetapan-draft-row",
      w.office.camat,
    );
    includesAll(text, ["Belum dinilai", "paling banyak 0 dari 1 pegawai", "Sangat Baik 0 pegawai", "JUMLAH 1"]);
  });

  it("prints a finalised Format Penetapan with a broken rule, its justification and the head's dated signature", async () => {
    await w.t.db
      .updateTable("evaluation")
      .set({ predikat: "sangat_baik" })
      .where("id", "=", w.kasiEvaluation)
      .execute();
    await givenUnitFinalised(w.t.db, w.unitId, w.office.camat.id, "Kasi menuntaskan seluruh pelayanan PATEN.");
    const { text, pdf } = await printed(
      `/api/evaluation-units/${w.unitId}/penetapan-pdf?year=2026&period=TW1`,
      "penetapan-final",
      w.office.camat,
    );
    includesAll(text, [
      "Tidak terpenuhi",
      "JUSTIFIKASI PIMPINAN ATAS POLA DISTRIBUSI YANG TIDAK TERPENUHI",
      "Kasi menuntaskan seluruh pelayanan PATEN.",
      "Kecamatan Uji, 9 April 2026",
      "Camat,",
      w.office.camat.name,
      "Sangat Baik",
    ]);
    assert.ok(!text.includes("DRAF"), "a finalised form is not a draft");
    const info = withPdfFile(pdf, "penetapan-info", undefined, (file) =>
      execFileSync("pdfinfo", [file], { encoding: "utf8" }),
    );
    assert.match(info, /Pages:\s+1\n/, "two employees fit one page");
  });
});
