/** Monthly report text by role (SEED-VOCABULARY.md §4), with {bulan}, {n} and {kelurahan} filled in per month. */
export type Phrases = { achievements: string[]; challenges: string[]; improvements: string[] };

const bank: [RegExp, Phrases][] = [
  [
    /^(Camat|Sekretaris Kecamatan|Sekretaris Daerah)/,
    {
      achievements: [
        "Rapat koordinasi Forkopimcam bulan {bulan} terlaksana; situasi wilayah kondusif.",
        "Realisasi PBB-P2 kecamatan mencapai {n}% dari target, naik dibanding bulan lalu.",
        "LKjIP dan laporan keuangan kecamatan disampaikan tepat waktu ke Bagian Organisasi dan BPKAD.",
      ],
      challenges: [
        "Dua kelurahan terlambat menyampaikan laporan bulanan.",
        "Jaringan internet kantor sering terputus sehingga input e-Kinerja dan SIPD tertunda.",
        "Jumlah pegawai di loket PATEN belum sebanding dengan jumlah pemohon pada hari Senin.",
      ],
      improvements: [
        "Menerbitkan surat edaran batas waktu laporan kelurahan setiap tanggal 5.",
        "Mengusulkan penambahan bandwidth ke Diskominfo.",
        "Menerapkan jadwal piket loket bergilir dari seksi lain.",
      ],
    },
  ],
  [
    /^Kepala Subbagian/,
    {
      achievements: [
        "Usulan KGB {n} pegawai diproses tepat waktu melalui SIASN.",
        "Seluruh surat masuk bulan {bulan} teregistrasi di SRIKANDI.",
        "SPJ GU bulan {bulan} disahkan tanpa koreksi.",
      ],
      challenges: [
        "Beberapa pegawai belum memperbarui data riwayat pendidikan di SIASN.",
        "Verifikasi SPJ tertunda karena bukti belanja belum lengkap.",
      ],
      improvements: [
        "Membuka klinik pemutakhiran data kepegawaian setiap Jumat.",
        "Menyusun daftar periksa kelengkapan SPJ untuk setiap PPTK.",
      ],
    },
  ],
  [
    /^Kepala Seksi Pelayanan Umum$/,
    {
      achievements: [
        "{n} permohonan PATEN dilayani; {p}% selesai sesuai SLA.",
        "Koordinasi dengan UPTD Disdukcapil: {n} permohonan KTP-el dan KK diproses di kecamatan.",
        "Standar pelayanan dispensasi nikah direviu dan dipasang di ruang tunggu.",
      ],
      challenges: [
        "Pemohon sering membawa berkas KTP/KK tidak lengkap.",
        "Antrean menumpuk pada awal pekan.",
        "Printer loket rusak selama tiga hari.",
      ],
      improvements: [
        "Menyebarkan daftar persyaratan KTP/KK melalui Instagram dan WhatsApp kecamatan.",
        "Membuka pendaftaran antrean daring.",
        "Mengusulkan pemeliharaan peralatan ke Subbag Umum.",
      ],
    },
  ],
  [
    /^Kepala Seksi Pemerintahan$/,
    {
      achievements: [
        "Pembinaan administrasi pemerintahan di Kelurahan {kelurahan} telah dilaksanakan.",
        "Pemilihan Ketua RT {n} difasilitasi dengan lancar.",
        "Rekomendasi {n} berkas administrasi pertanahan diselesaikan.",
      ],
      challenges: [
        "Buku administrasi kelurahan belum seluruhnya diperbarui.",
        "Terdapat perbedaan data batas wilayah antara Talang Putri dan Bagus Kuning.",
      ],
      improvements: [
        "Menjadwalkan pendampingan ulang.",
        "Mengoordinasikan penegasan batas bersama Bagian Tata Pemerintahan dan lurah terkait.",
      ],
    },
  ],
  [
    /^Kepala Seksi Ketenteraman dan Ketertiban Umum$/,
    {
      achievements: [
        "Patroli wilayah bersama Polsek dan Koramil dilaksanakan {n} kali.",
        "Penertiban PKL di sekitar pasar berjalan tanpa konflik.",
        "Apel Linmas terlaksana.",
      ],
      challenges: [
        "Genangan air saat pasang Sungai Musi menghambat akses patroli di permukiman tepian sungai.",
        "PKL kembali berjualan di bahu jalan setelah penertiban.",
      ],
      improvements: [
        "Menambah patroli dengan perahu karet bersama BPBD pada musim hujan.",
        "Sosialisasi door to door dan koordinasi relokasi PKL dengan Dinas Perdagangan.",
      ],
    },
  ],
  [
    /^Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan$/,
    {
      achievements: [
        "Musrenbang kecamatan terlaksana.",
        "{n} usulan prioritas terinput di SIPD.",
        "Lomba kebersihan antar-RT diikuti seluruh kelurahan.",
      ],
      challenges: [
        "Sebagian usulan belum dilengkapi foto lokasi dan RAB sederhana.",
        "Partisipasi warga pada gotong royong menurun saat bulan puasa.",
      ],
      improvements: [
        "Memberi format usulan standar kepada LPM.",
        "Menjadwalkan gotong royong pada pagi hari akhir pekan.",
      ],
    },
  ],
  [
    /^Kepala Seksi Kesejahteraan Sosial$/,
    {
      achievements: [
        "Verifikasi usulan DTSEN {n} keluarga selesai dan dikirim ke Dinas Sosial.",
        "Kegiatan penanganan stunting bersama Puskesmas Plaju terlaksana.",
      ],
      challenges: [
        "Data calon penerima bansos ganda antara dua kelurahan.",
        "Sebagian warga tidak berada di alamat saat verifikasi.",
      ],
      improvements: [
        "Padanan data dengan NIK melalui UPTD Disdukcapil.",
        "Melibatkan ketua RT dalam jadwal kunjungan ulang.",
      ],
    },
  ],
  [
    /^(Lurah|Sekretaris Lurah|Kepala Seksi .* Kelurahan)/,
    {
      achievements: [
        "Pelayanan surat keterangan berjalan; {n} surat diterbitkan.",
        "Jumat bersih dilaksanakan di {n} RT.",
        "Realisasi PBB-P2 kelurahan mencapai {p}%.",
      ],
      challenges: [
        "Wajib pajak PBB banyak yang berdomisili di luar kelurahan.",
        "Petugas front office hanya satu orang saat ada pegawai cuti.",
      ],
      improvements: [
        "Menyampaikan SPPT melalui ketua RT dan mengingatkan melalui grup WhatsApp RW.",
        "Menyiapkan pegawai pengganti yang dilatih melayani surat keterangan.",
      ],
    },
  ],
  [
    /^Pranata Komputer/,
    {
      achievements: [
        "Menangani {n} permintaan dukungan TI (jaringan, printer, akun SRIKANDI dan e-Kinerja) di kecamatan dan kelurahan.",
        "Memperbarui {n} konten di website kecamatan.",
        "Memulihkan akses server website kecamatan dan menjalankan backup mingguan.",
      ],
      challenges: ["Server website sempat tidak dapat diakses.", "Perangkat jaringan di dua kelurahan sudah usang."],
      improvements: [
        "Melakukan backup rutin dan melapor ke Diskominfo.",
        "Menyusun daftar kebutuhan perangkat jaringan untuk usulan anggaran.",
      ],
    },
  ],
];

/** Kelurahan staff report posyandu and data work; other staff the desk work of their seat. */
const kelurahanStaff: Phrases = {
  achievements: [
    "Mendampingi kegiatan posyandu di {n} RW dan mencatat hasil penimbangan balita.",
    "Menginput {n} data keluarga ke aplikasi DTSEN.",
    "Membantu pelayanan surat pengantar KTP/KK di front office kelurahan.",
  ],
  challenges: [
    "Aplikasi SIKS-NG/DTSEN lambat pada jam sibuk.",
    "Sebagian kader posyandu belum menyerahkan rekap bulanan tepat waktu.",
  ],
  improvements: ["Menginput data di luar jam sibuk.", "Membuat grup WhatsApp kader untuk pengingat rekap bulanan."],
};

const staff: Phrases = {
  achievements: [
    "Menerima dan memverifikasi {n} berkas permohonan.",
    "Mengagendakan {n} naskah dinas di SRIKANDI.",
    "Menyusun SPJ bulan {bulan} tepat waktu.",
  ],
  challenges: ["Belum menguasai fitur disposisi SRIKANDI.", "Beberapa kuitansi belum ditandatangani penerima."],
  improvements: [
    "Mengikuti bimbingan teknis SRIKANDI dari Dinas Kearsipan.",
    "Meminta kelengkapan kuitansi sebelum pembayaran.",
  ],
};

export function phrasesFor(positionName: string, unitName: string): Phrases {
  const match = bank.find(([pattern]) => pattern.test(positionName));
  if (match) {
    return match[1];
  }
  return unitName.includes("Kelurahan") ? kelurahanStaff : staff;
}

export const feedbackPhrases = [
  "Capaian sudah baik; pertahankan ketepatan waktu dan lengkapi bukti dukung berupa foto dan daftar hadir.",
  "Realisasi masih di bawah target. Susun jadwal mingguan dan laporkan progresnya setiap Senin.",
  "Koordinasikan dengan lurah agar data yang masuk sudah diverifikasi di tingkat kelurahan.",
  "Perhatikan keramahan di loket; ada dua keluhan warga terkait waktu tunggu.",
];
