import {
  type BerakhlakValueCode,
  type Capaian,
  capaianLabels,
  type Predikat,
  predikatLabels,
  type Rating,
} from "@simkin/domain";
import type { Random } from "./people";
import { behaviourFeedbackPhrases } from "./seed-kualitatif";

/** What the raters of the demo office write in an evaluation (SEED-VOCABULARY.md §4 "umpan balik atasan"). */

/** Umpan balik per RHK by the rating hasil kerja; {periode} is the period's label. */
const rhkFeedback: Record<Rating, string[]> = {
  di_atas_ekspektasi: [
    "Target {periode} terlampaui dengan bukti dukung lengkap; bagikan cara kerjanya kepada rekan seksi.",
    "Hasil kerja melampaui ekspektasi dan selesai lebih cepat dari rencana aksi; pertahankan.",
    "Realisasi di atas target dan rapi terdokumentasi; siap dijadikan contoh bagi kelurahan lain.",
  ],
  sesuai_ekspektasi: [
    "Capaian sudah baik; pertahankan ketepatan waktu dan lengkapi bukti dukung berupa foto dan daftar hadir.",
    "Realisasi sesuai rencana aksi {periode}; percepat penyelesaian berkas pada awal pekan.",
    "Hasil kerja sesuai target. Perbaiki kerapian rekap bulanan agar mudah diverifikasi.",
    "Sesuai ekspektasi; koordinasikan dengan lurah agar data yang masuk sudah diverifikasi di tingkat kelurahan.",
  ],
  di_bawah_ekspektasi: [
    "Realisasi masih di bawah target. Susun jadwal mingguan dan laporkan progresnya setiap Senin.",
    "Sebagian rencana aksi {periode} belum berjalan; bukti dukung belum lengkap. Pendampingan langsung setiap Senin.",
    "Hasil kerja belum sesuai ekspektasi: dua laporan bulanan terlambat dan rekap belum diverifikasi.",
  ],
};

/** Umpan balik per BerAKHLAK value when behaviour is below expectation (misconduct in the kuadran). */
const behaviourBelow: Record<BerakhlakValueCode, string> = {
  berorientasi_pelayanan:
    "Ada keluhan warga tentang sikap di loket; perbaiki cara menyapa dan menjelaskan persyaratan.",
  akuntabel: "Beberapa kali terlambat hadir dan meninggalkan loket tanpa izin; disiplin waktu harus diperbaiki.",
  kompeten: "Belum menindaklanjuti bimbingan teknis yang diikuti; kesalahan input data berulang.",
  harmonis: "Kurang menjaga suasana kerja; selesaikan perbedaan pendapat dengan rekan secara baik.",
  loyal: "Menyampaikan data pemohon di grup percakapan umum; rahasia jabatan harus dijaga.",
  adaptif: "Enggan beralih ke aplikasi baru sehingga pekerjaan tertunda.",
  kolaboratif: "Jarang hadir pada kerja bersama lintas seksi; libatkan diri dalam tim.",
};

/** A plain "as expected" line per value, beside the month-by-month phrases. */
const behaviourAsExpected: Record<BerakhlakValueCode, string> = {
  berorientasi_pelayanan: "Melayani pemohon dengan ramah dan sesuai standar pelayanan.",
  akuntabel: "Tugas diselesaikan dengan jujur dan tepat waktu; laporan bulanan lengkap.",
  kompeten: "Menguasai tugas pokok; terus ikuti bimtek sesuai bidang.",
  harmonis: "Menghargai rekan kerja dan menjaga suasana kantor yang kondusif.",
  loyal: "Menjaga nama baik instansi dan kerahasiaan data.",
  adaptif: "Menyesuaikan diri dengan perubahan aplikasi dan jadwal layanan.",
  kolaboratif: "Terbuka bekerja sama dengan seksi lain dan kelurahan.",
};

export function rhkFeedbackFor(r: Random, rating: Rating, periodLabel: string): string {
  return r.pick(rhkFeedback[rating]).replace("{periode}", periodLabel);
}

/**
 * Feedback on each of the seven values, in line with the rating perilaku: above, the month-by-month praise; as
 * expected, a plain line or praise; below, two values named with what went wrong.
 */
export function behaviourFeedbackFor(r: Random, rating: Rating, values: readonly BerakhlakValueCode[]) {
  const below = new Set(rating === "di_bawah_ekspektasi" ? [r.pick(values), r.pick(values)] : []);
  return values.map((value) => {
    if (below.has(value)) {
      return { value, feedback: behaviourBelow[value] };
    }
    const praise = rating === "di_atas_ekspektasi" || r.next() < 0.4;
    return { value, feedback: praise ? r.pick(behaviourFeedbackPhrases[value]) : behaviourAsExpected[value] };
  });
}

const catatan: Record<Predikat, string[]> = {
  sangat_baik: [
    "Kinerja sangat baik dan konsisten; menjadi rujukan rekan kerja.",
    "Hasil kerja dan perilaku di atas ekspektasi.",
  ],
  baik: ["Kinerja baik dan sesuai ekspektasi.", "Target tercapai; perilaku kerja sesuai nilai BerAKHLAK."],
  butuh_perbaikan: ["Hasil kerja belum mencapai ekspektasi pada sebagian besar RHK."],
  kurang: ["Hasil kerja tercapai, tetapi perilaku kerja di bawah ekspektasi dan telah dibina."],
  sangat_kurang: ["Hasil kerja dan perilaku kerja di bawah ekspektasi."],
};

const rekomendasi: Record<Predikat, string[]> = {
  sangat_baik: [
    "Dipertimbangkan untuk penghargaan pegawai berprestasi dan pengembangan kompetensi lanjutan.",
    "Diusulkan mengikuti pelatihan kepemimpinan dan dilibatkan sebagai pendamping rekan kerja.",
  ],
  baik: [
    "Pertahankan kinerja; ikuti pelatihan teknis sesuai tugas untuk memenuhi 20 JP setahun.",
    "Tingkatkan kelengkapan bukti dukung; ikuti bimtek SRIKANDI.",
  ],
  butuh_perbaikan: ["Susun rencana perbaikan kinerja bersama atasan langsung dengan pendampingan setiap pekan."],
  kurang: ["Pembinaan disiplin dan perilaku kerja oleh atasan langsung; dipantau setiap bulan."],
  sangat_kurang: ["Rencana perbaikan kinerja dengan pemantauan bulanan oleh atasan dan pengelola kinerja."],
};

export function catatanFor(r: Random, predikat: Predikat): string {
  return r.pick(catatan[predikat]);
}

export function rekomendasiFor(r: Random, predikat: Predikat): string {
  return r.pick(rekomendasi[predikat]);
}

/** The Camat's reason for a kelurahan's capaian (SE MenPANRB 3/2023: from the rencana aksi and periodic targets). */
const kelurahanReasons: Record<Capaian, string> = {
  istimewa:
    "Rencana aksi {periode} melampaui target yang disepakati: realisasi PBB-P2 dan pelayanan surat keterangan di atas target, laporan bulanan lengkap dan tepat waktu.",
  baik: "Sebagian besar rencana aksi {periode} tercapai sesuai target; laporan bulanan kelurahan disampaikan tepat waktu.",
  butuh_perbaikan:
    "Sebagian rencana aksi {periode} belum menunjukkan progres yang cukup: realisasi PBB-P2 rendah dan dua laporan bulanan terlambat.",
  kurang: "Sebagian besar rencana aksi {periode} tertinggal dari target dan bukti dukung tidak lengkap.",
  sangat_kurang: "Sebagian besar rencana aksi {periode} belum menunjukkan progres.",
};

export function kelurahanReason(capaian: Capaian, periodLabel: string): string {
  return kelurahanReasons[capaian].replace("{periode}", periodLabel);
}

/** The kecamatan's capaian as the pengelola copies it from the Sekda's letter. */
export function kecamatanReason(capaian: Capaian, periodLabel: string, letter: string): string {
  return `Ditetapkan Sekretaris Daerah Kota Palembang dengan surat Nomor ${letter}: capaian kinerja Kecamatan Plaju ${periodLabel} "${capaianLabels[capaian]}" berdasarkan capaian rencana aksi dan target periodik Perjanjian Kinerja.`;
}

/** The Lurah's written justification for finalising a curve that breaks the pattern (the distribution is guidance). */
export function justificationFor(unitName: string, periodLabel: string): string {
  return `Seluruh pegawai ${unitName} mencapai target ${periodLabel} sesuai bukti dukung: tidak ada hasil kerja maupun perilaku yang di bawah ekspektasi. Memberi predikat Butuh Perbaikan hanya untuk memenuhi pola distribusi tidak sesuai fakta; penetapan ini telah dikonsultasikan dengan Camat Plaju.`;
}

/** What an employee writes in a penilaian diri. */
export const selfSummaries = [
  "Seluruh rencana aksi triwulan ini saya laksanakan; bukti dukung sudah diunggah setiap bulan.",
  "Target kuantitas tercapai, tetapi rekap satu bulan terlambat karena gangguan jaringan kantor.",
  "Saya membantu rekan di loket saat antrean menumpuk dan mengikuti bimtek SRIKANDI.",
  "Sebagian berkas tertunda karena menunggu kelengkapan dari kelurahan; akan saya percepat.",
];

export function predikatLabel(predikat: Predikat): string {
  return predikatLabels[predikat];
}
