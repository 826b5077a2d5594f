import type { BerakhlakValueCode } from "@simkin/domain";

/**
 * The demo's kualitatif SKP (issue 9 rule 9): the Penata Layanan Operasional of Seksi Pelayanan Umum, whose work
 * (reviewing standar pelayanan, answering SP4N-LAPOR! complaints) is judged by its quality rather than counted.
 * Wording from SEED-VOCABULARY.md §3.9 and §4 (Kasi Pelayanan Umum).
 */
export const KUALITATIF_SEAT = "yanum-2";

type KualitatifIki = { indicator: string; target: string; monthly: string[] };
export type KualitatifRhk = { text: string; hint: string; ikis: KualitatifIki[] };

export const kualitatifTemplate: KualitatifRhk[] = [
  {
    text: "Tersusunnya bahan reviu standar pelayanan PATEN yang mutakhir",
    hint: "standar",
    ikis: [
      {
        indicator:
          "Bahan reviu standar pelayanan PATEN (persyaratan, prosedur, waktu dan biaya) tersusun lengkap dan siap dibahas bersama Kasi Pelayanan Umum",
        target:
          "Draf reviu diterima Kasi Pelayanan Umum tanpa perbaikan substansi, lalu dipublikasikan di ruang tunggu dan media sosial kecamatan",
        monthly: [
          "Menyusun bahan reviu standar pelayanan surat keterangan ahli waris; draf diperiksa Kasi Pelayanan Umum dengan dua catatan perbaikan format.",
          "Memperbarui daftar persyaratan PATEN dan menyiapkan materi unggahan untuk Instagram dan WhatsApp kecamatan.",
          "Standar pelayanan dispensasi nikah hasil reviu dicetak dan dipasang di ruang tunggu; salinannya diunggah ke laman kecamatan.",
        ],
      },
    ],
  },
  {
    text: "Terkelolanya tindak lanjut pengaduan pelayanan melalui SP4N-LAPOR!",
    hint: "pengaduan",
    ikis: [
      {
        indicator:
          "Pengaduan masyarakat tentang pelayanan kecamatan ditelaah, diteruskan kepada seksi terkait dan dijawab melalui SP4N-LAPOR!",
        target:
          "Setiap pengaduan mendapat jawaban yang jelas dan disetujui Kasi Pelayanan Umum, tanpa keluhan lanjutan dari pelapor",
        monthly: [
          "Menelaah pengaduan tentang antrean loket pada awal pekan, meneruskannya kepada Kasi Pelayanan Umum dan menjawab pelapor dengan jadwal piket loket yang baru.",
          "Menyusun rekap pengaduan bulan {bulan} beserta status tindak lanjutnya untuk rapat staf; seluruh pengaduan sudah dijawab.",
          "Menjawab pengaduan tentang berkas yang dikembalikan dengan daftar persyaratan tertulis; pelapor menyatakan puas.",
        ],
      },
    ],
  },
];

/** Umpan balik berkelanjutan per BerAKHLAK value, as a Kasi might write it in a month's feedback. */
export const behaviourFeedbackPhrases: Record<BerakhlakValueCode, string[]> = {
  berorientasi_pelayanan: [
    "Ramah dan sabar menjelaskan persyaratan kepada pemohon, juga kepada yang datang dengan berkas tidak lengkap.",
    "Antrean awal pekan ditangani dengan tenang; pertahankan sapaan dan penjelasan yang jelas.",
  ],
  akuntabel: [
    "Rekap bulanan disusun rapi dan tepat waktu; pertahankan kebiasaan mencatat setiap berkas yang diterima.",
    "Bukti dukung lengkap dan mudah ditelusuri.",
  ],
  kompeten: [
    "Mulai menguasai SRIKANDI; pelajari lagi fitur disposisi agar surat tidak tertahan.",
    "Telaahan makin tajam; ikutkan data jumlah pemohon sebagai dasar usulan.",
  ],
  harmonis: ["Membantu rekan di loket ketika antrean menumpuk pada awal pekan."],
  loyal: ["Menjaga kerahasiaan data kependudukan pemohon dengan baik."],
  adaptif: [
    "Cepat beralih ke formulir manual ketika printer loket rusak, sehingga layanan tidak berhenti.",
    "Proaktif mengusulkan antrean daring untuk mengurangi penumpukan di loket.",
  ],
  kolaboratif: ["Berkoordinasi baik dengan seksi lain dalam menindaklanjuti pengaduan."],
};
