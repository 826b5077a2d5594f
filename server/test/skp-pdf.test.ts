import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { berakhlakSe20of2021, type Iki, type Rhk, type SkpDetail } from "@simkin/domain";
import { renderLampiranPdf, renderSkpPdf, type SkpPdfInput } from "../src/modules/skp/pdf/skp-pdf";
import { oneLine, pdfText } from "./pdf-text";

type IkiRow = [Iki["aspek"], string, string, string];

let ids = 0;
const rhk = (kind: Rhk["kind"], text: string, parent: string | null, ikis: IkiRow[], over: Partial<Rhk> = {}): Rhk => ({
  id: `rhk-${++ids}`,
  kind,
  text,
  parentRhkId: parent ? `parent-${ids}` : null,
  parentRhkText: parent,
  perspektif: null,
  fromAssignmentId: null,
  externalParent: null,
  assignedBy: null,
  pkTargets: [],
  ikis: ikis.map(([aspek, indicator, target, unit]) => ({
    id: `iki-${++ids}`,
    aspek,
    indicator,
    target,
    unit,
    accumulation: null,
  })),
  ...over,
});

const PATEN = "Meningkatnya kualitas pelayanan PATEN";
const SP = "Tersedianya standar pelayanan yang mutakhir";
const ADUAN = "Terkelolanya pengaduan pelayanan";
const LONG_RHK =
  "Terselenggaranya pelayanan informasi dan pengaduan di loket PATEN Kecamatan Plaju secara ramah, cepat, tuntas " +
  "dan terdokumentasi – termasuk tindak lanjut “pengaduan langsung” warga, kanal SP4N-LAPOR!, WhatsApp resmi " +
  "kecamatan dan kotak saran – sehingga setiap pemohon memperoleh kepastian status berkasnya";

const expectations: Partial<Record<string, string>> = {
  berorientasi_pelayanan: "Melayani pemohon dengan senyum, sapa dan salam; tidak ada keluhan “pelayanan lambat”.",
  akuntabel: "Tidak memungut biaya apa pun di luar ketentuan; register pelayanan diisi setiap hari.",
};

/** Kasi Pelayanan Umum rating a Pengelola Layanan Operasional at the loket PATEN (SEED-VOCABULARY §3.9, §3.11). */
function fixture(over: Partial<SkpDetail> = {}): SkpDetail {
  const employee = {
    employeeId: "emp-1",
    positionId: "pos-1",
    name: "Nyimas Fitri Ramadhani, A.Md.",
    nip: "199203152015032001",
    pangkat: "Pengatur Tingkat I, II/d",
    position: "Pengelola Layanan Operasional",
    unit: "Seksi Pelayanan Umum Kecamatan Plaju",
  };
  const skp: SkpDetail = {
    id: "skp-1",
    year: 2026,
    revision: 1,
    status: "disetujui",
    employeeId: employee.employeeId,
    employeeName: employee.name,
    positionName: employee.position,
    unitName: employee.unit,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    submittedAt: "2026-01-20T02:00:00.000Z",
    approvedAt: "2026-01-27T03:00:00.000Z",
    version: 4,
    model: "ja_jf",
    approach: "kuantitatif",
    behaviourSet: "SE-20-2021",
    rhk: [
      rhk("utama", "Terlayaninya permohonan PATEN sesuai standar pelayanan", PATEN, [
        ["kuantitas", "Jumlah berkas permohonan yang diterima dan diverifikasi", "1.500", "berkas"],
        ["kualitas", "Persentase berkas lengkap dan benar saat diserahkan ke Kasi Pelayanan Umum", "95", "persen"],
        ["waktu", "Persentase berkas diverifikasi ≤ 1 hari kerja", "100", "persen"],
      ]),
      rhk("utama", LONG_RHK, ADUAN, [
        ["kuantitas", "Jumlah pengaduan yang dicatat dalam register pengaduan", "120", "laporan"],
        ["kualitas", "Persentase pengaduan SP4N-LAPOR! ditindaklanjuti ≤ 5 hari kerja", "100", "persen"],
        ["waktu", "Rekapitulasi pengaduan disampaikan setiap bulan", "12", "laporan"],
      ]),
      rhk("utama", "Tersedianya informasi standar pelayanan yang mutakhir di ruang pelayanan", SP, [
        ["kuantitas", "Jumlah maklumat dan standar pelayanan yang dipasang dan diperbarui", "15", "standar pelayanan"],
        ["kualitas", "Persentase informasi yang sesuai dengan standar pelayanan terbaru", "100", "persen"],
      ]),
      rhk("utama", "Terarsipnya berkas permohonan PATEN secara tertib", PATEN, [
        ["kuantitas", "Jumlah berkas arsip pelayanan yang ditata", "1.500", "berkas"],
        ["waktu", "Penataan arsip selesai paling lambat akhir bulan berjalan", "12", "bulan"],
      ]),
      rhk("utama", "Terlaksananya survei kepuasan masyarakat (SKM) di unit pelayanan kecamatan", PATEN, [
        ["kuantitas", "Jumlah responden SKM yang dihimpun", "400", "orang"],
        ["kualitas", "Nilai IKM unit pelayanan kecamatan", "85,00", "nilai indeks"],
        ["waktu", "Laporan SKM disampaikan setiap semester", "2", "laporan"],
      ]),
      rhk("utama", "Tersedianya data register pelayanan harian yang akurat", PATEN, [
        ["kuantitas", "Jumlah register pelayanan bulanan yang direkap", "12", "dokumen"],
        ["kualitas", "Persentase entri register yang sesuai dengan berkas", "98", "persen"],
      ]),
      rhk("tambahan", "Terlaksananya tugas operator antrean daring dan pojok literasi warga (café baca)", null, [
        ["kuantitas", "Jumlah kegiatan pojok literasi yang difasilitasi", "12", "kegiatan"],
      ]),
      rhk("tambahan", "Terbantunya pendataan warga terdampak banjir – Kelurahan Plaju Ulu", null, [
        ["kuantitas", "Jumlah laporan pendataan yang disusun", "1", "laporan"],
      ]),
    ],
    behaviours: berakhlakSe20of2021.map((v) => ({
      ...v,
      indicators: [...v.indicators],
      expectation: expectations[v.code] ?? null,
    })),
    lampiran: {
      dukungan_sumber_daya: ["Komputer/laptop dan printer di loket PATEN", "Koneksi internet yang stabil"],
      skema_pertanggungjawaban: [
        "Hasil kerja dilaporkan setiap bulan kepada Kepala Seksi Pelayanan Umum",
        "Bukti kerja dalam bentuk register pelayanan, laporan dan foto kegiatan",
      ],
      konsekuensi: [
        "Apabila memenuhi ekspektasi akan diberikan apresiasi sesuai ketentuan",
        "Apabila tidak memenuhi ekspektasi akan diberikan pembinaan oleh pejabat penilai kinerja",
      ],
    },
    employee,
    rater: {
      employeeId: "emp-2",
      positionId: "pos-2",
      name: "Kms. Muhammad Rivai, S.STP.",
      nip: "198507122006041002",
      pangkat: "Penata Tingkat I, III/d",
      position: "Kepala Seksi Pelayanan Umum",
      unit: "Kecamatan Plaju",
    },
    atasanRater: null,
    returnReason: null,
    events: [],
    problems: [],
    parentOptions: [],
    raterHasApprovedSkp: true,
    parentSource: null,
    carriedExternalParents: [],
    pkOptions: [],
    previousRevisionId: null,
    nextRevisionId: null,
    verificationCode: "7KQ2-M9XD",
    allowed: [],
    reviewedAt: "2026-01-22T03:00:00.000Z",
    skpReview: "required",
    expectationHistory: [],
    signed: { basis: "approval", at: "2026-01-27T03:00:00.000Z", employee, rater: null, atasanRater: null },
    ...over,
  };
  // Printed as approved (the snapshot) or as resolved now, following the status and parties the test sets.
  const basis = skp.status === "disetujui" || skp.status === "diganti" ? "approval" : "current";
  return {
    ...skp,
    signed: over.signed ?? { ...skp.signed, basis, employee: skp.employee, rater: skp.rater },
  };
}

const input = (skp: SkpDetail): SkpPdfInput => ({
  skp,
  institution: "PEMERINTAH KOTA PALEMBANG",
  place: "Palembang",
  signedDate: "2026-03-16",
  verification: { code: "7KQ2-M9XD", url: "https://simkin.palembang.go.id/v/7KQ2-M9XD" },
});

// Set SKP_PDF_DIR to keep the PDFs for a visual check.
const textOf = (pdf: Buffer, name: string) => pdfText(pdf, name, "SKP_PDF_DIR");

describe("SKP PDF", () => {
  it("prints the official JA/JF kuantitatif form with fonts, identity, sections and verification", async () => {
    const skp = fixture();
    const before = structuredClone(skp);
    const pdf = await renderSkpPdf(input(skp));

    assert.deepEqual(skp, before, "the SKP passed in is left as it was");

    assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
    assert.ok(pdf.includes("FontFile2"), "TrueType fonts are embedded");
    const text = textOf(pdf, "skp-ja-jf-kuantitatif");
    for (const expected of [
      "SASARAN KINERJA PEGAWAI",
      "PENDEKATAN HASIL KERJA KUANTITATIF",
      "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
      "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "A. UTAMA",
      "B. TAMBAHAN",
      "Nyimas Fitri Ramadhani, A.Md.",
      "19920315 201503 2 001",
      "19850712 200604 1 002",
      "1.500 berkas",
      "“pengaduan langsung”",
      "café baca",
      "Ekspektasi Khusus Pimpinan:",
      "Palembang, 16 Maret 2026",
      "7KQ2-M9XD",
      "Halaman 1 dari",
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    assert.match(text, /Halaman 2 dari \d/, "the 8 RHK span more than one page");
    assert.doesNotMatch(text, /DRAF/);
  });

  it("prints the lampiran with its three numbered lists and the signatures", async () => {
    const skp = fixture();
    const before = structuredClone(skp);
    const text = oneLine(textOf(await renderLampiranPdf(input(skp)), "lampiran"));

    assert.deepEqual(skp, before, "the SKP passed in is left as it was");
    for (const expected of [
      "LAMPIRAN SASARAN KINERJA PEGAWAI",
      "PENGELOLA LAYANAN OPERASIONAL",
      "DUKUNGAN SUMBER DAYA",
      "SKEMA PERTANGGUNGJAWABAN",
      "KONSEKUENSI",
      "Koneksi internet yang stabil",
      "Pejabat Penilai Kinerja",
      "Halaman 1 dari 1",
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
  });

  it("marks a draft mid-year revision and prints '-' for an elected rater's NIP", async () => {
    const mayor = {
      employeeId: null,
      positionId: "pos-walikota",
      name: "Wali Kota Palembang",
      nip: null,
      pangkat: null,
      position: "Wali Kota",
    };
    const skp = fixture({ status: "draft", revision: 2, periodStart: "2026-07-01", rater: { ...mayor, unit: "-" } });
    const text = textOf(await renderSkpPdf(input(skp)), "skp-draft-revisi");

    assert.ok(text.includes("DRAF — BELUM DISETUJUI"));
    assert.ok(text.includes("Revisi ke-2"));
    assert.ok(text.includes("PERIODE PENILAIAN: 01 JULI SD 31 DESEMBER TAHUN 2026"));
    assert.match(text, /NIP\s+-\s/, "the identity block prints '-' for the rater's NIP");
    assert.doesNotMatch(text, /NIP\. -/, "an elected official signs without a NIP line");
  });

  it("prints the JPT form with a perspektif column and the kualitatif form without an aspek column", async () => {
    const perspektif = ["penerima_layanan", "proses_bisnis"] as const;
    const jptRhk = fixture().rhk.map(
      (r, i): Rhk => ({ ...r, parentRhkText: null, perspektif: perspektif[i % 2] ?? null }),
    );
    const jpt = oneLine(textOf(await renderSkpPdf(input(fixture({ model: "jpt", rhk: jptRhk }))), "skp-jpt"));
    assert.ok(jpt.includes("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"));
    assert.ok(jpt.includes("PERSPEKTIF") && jpt.includes("Penerima Layanan") && jpt.includes("Proses Bisnis"));

    const kual = oneLine(textOf(await renderSkpPdf(input(fixture({ approach: "kualitatif" }))), "skp-kualitatif"));
    assert.ok(kual.includes("PENDEKATAN HASIL KERJA KUALITATIF"));
    assert.ok(kual.includes("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET"));
    assert.doesNotMatch(kual, /ASPEK/);
  });

  it("keeps each RHK with all its IKIs on one page and repeats the table header", async () => {
    const many = Array.from({ length: 14 }, (_, r) =>
      rhk(r < 11 ? "utama" : "tambahan", `${LONG_RHK} (paket ${r + 1})`, PATEN, [
        ["kuantitas", "Jumlah berkas permohonan yang diterima dan diverifikasi", `${100 + r * 10 + 1}`, "berkas"],
        ["kualitas", "Persentase berkas lengkap dan benar saat diserahkan", `${100 + r * 10 + 2}`, "berkas"],
        ["waktu", "Persentase berkas diverifikasi ≤ 1 hari kerja", `${100 + r * 10 + 3}`, "berkas"],
      ]),
    );
    const pages = textOf(await renderSkpPdf(input(fixture({ rhk: many }))), "skp-banyak-rhk").split("\f");

    const pageOf = (target: string) => pages.findIndex((page) => page.includes(`${target} berkas`));
    for (let r = 0; r < many.length; r++) {
      const first = pageOf(`${100 + r * 10 + 1}`);
      assert.ok(first >= 0, `RHK ${r + 1} is printed`);
      assert.equal(pageOf(`${100 + r * 10 + 3}`), first, `RHK ${r + 1} is not split over two pages`);
    }
    assert.ok(pages.filter((page) => page.includes("HASIL KERJA")).length > 2, "the header repeats on each page");
  });

  it("still prints an RHK taller than a page", async () => {
    const ikis = Array.from({ length: 10 }, (): IkiRow => ["kuantitas", LONG_RHK, "1", "x"]);
    const huge = rhk("utama", LONG_RHK, PATEN, ikis);
    const text = textOf(await renderSkpPdf(input(fixture({ rhk: [huge] }))), "skp-rhk-raksasa");

    assert.ok(text.includes("B. TAMBAHAN") && text.includes("Halaman 1 dari"));
  });

  it("prints every cell in full at the longest lengths the form allows, in every model", async () => {
    // 500 characters is the schema's limit for RHK, IKI and target texts; each ends in a word to count.
    const longest = (tag: string) => `${"pelayanan administrasi terpadu ".repeat(20).slice(0, 490)} ${tag}`;
    const ikis = Array.from(
      { length: 10 },
      (_, i): IkiRow => ["kualitas", longest(`IKI${i}Z`), longest(`TGT${i}Z`), "x"],
    );
    const rhks = [0, 1, 2].map((r) => rhk("utama", longest(`RHK${r}Z`), longest(`PAR${r}Z`), ikis));
    const forms = [
      ["ja_jf", "kuantitatif"],
      ["ja_jf", "kualitatif"],
      ["jpt", "kuantitatif"],
      ["jpt", "kualitatif"],
    ] as const;
    for (const [model, approach] of forms) {
      const perspektif = model === "jpt" ? "anggaran" : null;
      const skp = fixture({ model, approach, rhk: rhks.map((r) => ({ ...r, perspektif })) });
      const text = textOf(await renderSkpPdf(input(skp)), `skp-terpanjang-${model}-${approach}`);
      const count = (tag: string) => text.split(tag).length - 1;

      for (const tag of ["RHK0Z", "RHK2Z", ...(model === "ja_jf" ? ["PAR0Z", "PAR2Z"] : [])]) {
        assert.equal(count(tag), 1, `${model} ${approach}: "${tag}" is printed once`);
      }
      for (const tag of ["IKI0Z", "IKI9Z", "TGT0Z", "TGT9Z"]) {
        assert.equal(count(tag), rhks.length, `${model} ${approach}: "${tag}" is printed under every RHK`);
      }
    }
  });

  it("renders several SKPs at once without mixing them up", async () => {
    const names = ["Rina Saputri", "Agus Setiawan", "Dedi Siregar"];
    const skps = names.map((name) => fixture({ employee: { ...fixture().employee, name } }));
    const pdfs = await Promise.all(skps.map((skp) => renderSkpPdf(input(skp))));

    const printed = pdfs.map((pdf, i) => names.filter((n) => textOf(pdf, `bersamaan-${i}`).includes(n)));
    assert.deepEqual(printed, [[names[0]], [names[1]], [names[2]]]);
  });

  it("renders one SKP quickly once warm", async (t) => {
    const data = input(fixture());
    await renderSkpPdf(data);
    const runs = 20;
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      await renderSkpPdf(data);
    }
    t.diagnostic(`renderSkpPdf: ${((performance.now() - started) / runs).toFixed(0)} ms per SKP (warm)`);
  });
});
