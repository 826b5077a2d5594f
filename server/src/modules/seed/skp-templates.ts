import type { Accumulation, Aspek } from "@simkin/domain";

/** RHK and IKI per role for the demo SKPs (SEED-VOCABULARY.md §3). `hint` picks the rater's RHK to intervene. */
export type IkiTemplate = {
  aspek: Aspek;
  indicator: string;
  target: string;
  unit: string;
  /** Declared only where the satuan's default is wrong, e.g. a stock percentage reported as its position to date. */
  accumulation: Accumulation | null;
};
export type RhkTemplate = { text: string; hint?: string; ikis: IkiTemplate[] };

const q = (indicator: string, target: string, unit: string): IkiTemplate => ({
  aspek: "kuantitas",
  indicator,
  target,
  unit,
  accumulation: null,
});
const k = (indicator: string, target: string, unit: string): IkiTemplate => ({
  aspek: "kualitas",
  indicator,
  target,
  unit,
  accumulation: null,
});
const w = (indicator: string, target: string, unit: string): IkiTemplate => ({
  aspek: "waktu",
  indicator,
  target,
  unit,
  accumulation: null,
});

/** A stock reported as its position so far (PBB-P2 collected, budget spent): the year's figure is the latest month. */
const stock = (iki: IkiTemplate): IkiTemplate => ({ ...iki, accumulation: "latest" });

const byPosition: [RegExp, RhkTemplate[]][] = [
  [
    /^Sekretaris Daerah/,
    [
      {
        text: "Meningkatnya kualitas pelayanan publik perangkat daerah kewilayahan",
        ikis: [k("Indeks Kepuasan Masyarakat kecamatan se-Kota Palembang", "82,00", "nilai indeks")],
      },
      {
        text: "Meningkatnya akuntabilitas kinerja perangkat daerah",
        ikis: [k("Nilai SAKIP rata-rata kecamatan", "70", "nilai")],
      },
    ],
  ],
  [
    /^Camat/,
    [
      {
        text: "Meningkatnya kualitas pelayanan publik di Kecamatan Plaju",
        hint: "pelayanan",
        ikis: [
          k("Indeks Kepuasan Masyarakat (IKM) pelayanan Kecamatan Plaju", "85,00", "nilai indeks"),
          w("Persentase layanan PATEN yang diselesaikan tepat waktu sesuai standar pelayanan", "95", "persen"),
          k("Persentase pengaduan masyarakat yang ditindaklanjuti", "100", "persen"),
        ],
      },
      {
        text: "Meningkatnya kinerja penyelenggaraan urusan pemerintahan umum di kecamatan",
        hint: "akuntabilitas",
        ikis: [
          k(
            "Persentase kelurahan dengan nilai evaluasi penyelenggaraan pemerintahan kelurahan kategori baik",
            "85,71",
            "persen",
          ),
          k("Persentase gangguan trantibum yang tertangani", "100", "persen"),
        ],
      },
      {
        text: "Meningkatnya partisipasi masyarakat dalam pembangunan",
        hint: "pelayanan",
        ikis: [
          k("Persentase usulan Musrenbang kelurahan yang terakomodasi dalam Renja perangkat daerah", "40", "persen"),
        ],
      },
      {
        text: "Meningkatnya akuntabilitas kinerja kecamatan",
        hint: "akuntabilitas",
        ikis: [
          k("Nilai SAKIP Kecamatan Plaju (hasil evaluasi Inspektorat)", "70", "nilai"),
          stock(q("Persentase realisasi penerimaan PBB-P2 wilayah kecamatan terhadap target", "100", "persen")),
        ],
      },
    ],
  ],
  [
    /^Sekretaris Kecamatan/,
    [
      {
        text: "Terselenggaranya pelayanan administrasi perkantoran, kepegawaian dan keuangan kecamatan yang tertib",
        hint: "akuntabilitas",
        ikis: [
          k("Persentase tingkat kehadiran pegawai lingkup kecamatan", "95", "persen"),
          w("Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu", "100", "persen"),
          stock(q("Persentase realisasi anggaran belanja kecamatan", "95", "persen")),
        ],
      },
      {
        text: "Meningkatnya akuntabilitas kinerja dan keuangan kecamatan",
        hint: "akuntabilitas",
        ikis: [
          w("Jumlah dokumen LKjIP dan Laporan Keuangan SKPD yang disampaikan tepat waktu", "2", "dokumen"),
          k("Persentase temuan pemeriksaan yang ditindaklanjuti", "100", "persen"),
        ],
      },
    ],
  ],
  [
    /^Kepala Subbagian Umum/,
    [
      {
        text: "Tertibnya administrasi kepegawaian kecamatan dan kelurahan",
        hint: "administrasi",
        ikis: [
          w("Persentase usulan layanan kepegawaian (KP, KGB, cuti) yang diproses tepat waktu", "100", "persen"),
          w("Persentase pegawai yang SKP tahunannya ditetapkan sebelum batas waktu", "100", "persen"),
        ],
      },
      {
        text: "Tertibnya pengelolaan persuratan, kearsipan dan barang milik daerah",
        hint: "administrasi",
        ikis: [
          q("Jumlah naskah dinas yang diregistrasi dalam SRIKANDI", "1.200", "naskah"),
          stock(k("Persentase BMD yang tercatat dan berlabel", "100", "persen")),
        ],
      },
    ],
  ],
  [
    /^Kepala Subbagian Perencanaan/,
    [
      {
        text: "Tersusunnya dokumen perencanaan dan penganggaran kecamatan",
        hint: "akuntabilitas",
        ikis: [q("Jumlah dokumen perencanaan (Renja, RKA, DPA, PK) yang tersusun", "4", "dokumen")],
      },
      {
        text: "Tertibnya penatausahaan dan pelaporan keuangan",
        hint: "akuntabilitas",
        ikis: [
          w("Persentase SPJ yang diverifikasi dan disahkan tepat waktu", "100", "persen"),
          q("Jumlah laporan realisasi anggaran bulanan", "12", "laporan"),
        ],
      },
    ],
  ],
  [
    /^Kepala Seksi Pemerintahan$/,
    [
      {
        text: "Meningkatnya tertib administrasi pemerintahan kelurahan",
        hint: "pemerintahan",
        ikis: [
          q("Jumlah kelurahan yang dibina dalam administrasi pemerintahan", "7", "kelurahan"),
          w("Persentase kelurahan yang menyampaikan laporan penyelenggaraan pemerintahan tepat waktu", "100", "persen"),
        ],
      },
      {
        text: "Terfasilitasinya penataan RT/RW dan batas wilayah",
        hint: "pemerintahan",
        ikis: [
          q("Jumlah fasilitasi pembentukan/penggantian pengurus RT/RW", "12", "kegiatan"),
          q("Jumlah dokumen rekomendasi administrasi pertanahan yang diproses", "60", "dokumen"),
        ],
      },
    ],
  ],
  [
    /^Kepala Seksi Ketenteraman dan Ketertiban Umum$/,
    [
      {
        text: "Terkendalinya ketenteraman dan ketertiban umum di wilayah kecamatan",
        hint: "pemerintahan",
        ikis: [
          k("Persentase laporan gangguan trantibum yang ditindaklanjuti", "100", "persen"),
          q("Jumlah patroli/monitoring wilayah bersama Forkopimcam", "48", "kali"),
        ],
      },
      {
        text: "Meningkatnya kepatuhan terhadap Perda dan Perwali",
        hint: "pemerintahan",
        ikis: [q("Jumlah kegiatan penertiban/sosialisasi Perda (PKL, reklame, bangunan)", "24", "kegiatan")],
      },
    ],
  ],
  [
    /^Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan$/,
    [
      {
        text: "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan",
        hint: "partisipasi",
        ikis: [
          q("Jumlah Musrenbang kelurahan yang difasilitasi", "7", "kegiatan"),
          k("Persentase usulan prioritas kelurahan yang terinput di SIPD", "100", "persen"),
        ],
      },
      {
        text: "Meningkatnya peran lembaga kemasyarakatan",
        hint: "partisipasi",
        ikis: [q("Jumlah lembaga kemasyarakatan (LPM, PKK, Karang Taruna) yang dibina", "21", "lembaga")],
      },
    ],
  ],
  [
    /^Kepala Seksi Kesejahteraan Sosial$/,
    [
      {
        text: "Meningkatnya ketepatan sasaran data dan bantuan sosial",
        hint: "pelayanan",
        ikis: [
          k("Persentase usulan verifikasi/validasi DTSEN kelurahan yang diproses", "100", "persen"),
          q("Jumlah laporan penyaluran bansos (PKH/BPNT) wilayah kecamatan", "4", "laporan"),
        ],
      },
      {
        text: "Terfasilitasinya penanganan masalah kesejahteraan sosial",
        hint: "pelayanan",
        ikis: [q("Jumlah kasus PMKS yang difasilitasi rujukannya", "20", "kasus")],
      },
    ],
  ],
  [
    /^Kepala Seksi Pelayanan Umum$/,
    [
      {
        text: "Meningkatnya kualitas pelayanan PATEN",
        hint: "pelayanan",
        ikis: [
          w("Persentase permohonan PATEN diselesaikan sesuai SLA standar pelayanan", "95", "persen"),
          k("Nilai IKM unit pelayanan kecamatan", "85,00", "nilai indeks"),
        ],
      },
      {
        text: "Tersedianya standar pelayanan yang mutakhir",
        hint: "pelayanan",
        ikis: [q("Jumlah standar pelayanan yang direviu dan dipublikasikan", "15", "standar pelayanan")],
      },
      {
        text: "Terkelolanya pengaduan pelayanan",
        hint: "pelayanan",
        ikis: [w("Persentase pengaduan SP4N-LAPOR! ditindaklanjuti ≤ 5 hari kerja", "100", "persen")],
      },
    ],
  ],
  [
    /^Lurah/,
    [
      {
        text: "Meningkatnya kualitas pelayanan administrasi kelurahan",
        hint: "pelayanan",
        ikis: [
          w("Persentase permohonan surat keterangan yang diselesaikan pada hari yang sama", "95", "persen"),
          k("Nilai IKM pelayanan kelurahan", "83,00", "nilai indeks"),
        ],
      },
      {
        text: "Meningkatnya ketenteraman, ketertiban dan kebersihan lingkungan",
        hint: "pemerintahan",
        ikis: [q("Jumlah kegiatan gotong royong/Jumat bersih", "24", "kegiatan")],
      },
      {
        text: "Meningkatnya partisipasi masyarakat dan lembaga kemasyarakatan",
        hint: "partisipasi",
        ikis: [k("Persentase RT/RW aktif menyampaikan laporan bulanan", "90", "persen")],
      },
      {
        text: "Optimalnya penerimaan PBB-P2 kelurahan",
        hint: "akuntabilitas",
        ikis: [stock(q("Persentase realisasi PBB-P2 kelurahan terhadap target", "100", "persen"))],
      },
    ],
  ],
  [
    /^Sekretaris Lurah/,
    [
      {
        text: "Tertibnya administrasi umum, kepegawaian dan keuangan kelurahan",
        hint: "pelayanan",
        ikis: [
          q("Jumlah surat masuk/keluar yang diagendakan", "600", "naskah"),
          w("Jumlah laporan keuangan kelurahan yang disampaikan tepat waktu", "12", "laporan"),
        ],
      },
    ],
  ],
  [
    /^Kepala Seksi Pemerintahan Kelurahan/,
    [
      {
        text: "Tertibnya administrasi kependudukan dan pemerintahan tingkat kelurahan",
        hint: "pelayanan",
        ikis: [
          q("Jumlah surat pengantar KTP/KK yang diterbitkan", "400", "surat"),
          k("Persentase data RT/RW yang dimutakhirkan", "100", "persen"),
        ],
      },
    ],
  ],
  [
    /^Kepala Seksi Ketenteraman dan Ketertiban Kelurahan/,
    [
      {
        text: "Terjaganya ketenteraman, ketertiban dan kebersihan lingkungan kelurahan",
        hint: "ketenteraman",
        ikis: [q("Jumlah kegiatan siskamling dan gotong royong yang difasilitasi", "24", "kegiatan")],
      },
    ],
  ],
  [
    /^Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial/,
    [
      {
        text: "Meningkatnya pemberdayaan masyarakat dan ketepatan data kesejahteraan sosial kelurahan",
        hint: "partisipasi",
        ikis: [
          q("Jumlah kegiatan posyandu dan PKK yang didampingi", "24", "kegiatan"),
          q("Jumlah keluarga yang datanya diverifikasi untuk DTSEN", "300", "keluarga"),
        ],
      },
    ],
  ],
  [
    /^Pengelola Layanan Operasional/,
    [
      {
        text: "Terlayaninya permohonan pelayanan sesuai standar pelayanan",
        hint: "pelayanan",
        ikis: [
          q("Jumlah berkas permohonan yang diterima dan diverifikasi", "1.500", "berkas"),
          w("Persentase berkas diverifikasi ≤ 1 hari kerja", "100", "persen"),
        ],
      },
    ],
  ],
  [
    /^Operator Layanan Operasional/,
    [
      {
        text: "Tersedianya surat keterangan dan data layanan yang benar dan tepat waktu",
        hint: "",
        ikis: [q("Jumlah surat keterangan/berkas layanan yang diinput", "900", "surat")],
      },
    ],
  ],
  [
    /^Pengadministrasi Perkantoran/,
    [
      {
        text: "Tertibnya administrasi persuratan",
        hint: "",
        ikis: [
          q("Jumlah surat masuk/keluar yang diagendakan di SRIKANDI", "1.200", "naskah"),
          q("Jumlah berkas arsip yang ditata", "300", "berkas"),
        ],
      },
    ],
  ],
  [
    /^Pengolah Data dan Informasi/,
    [
      {
        text: "Tersedianya data kesejahteraan sosial yang mutakhir",
        hint: "",
        ikis: [q("Jumlah data usulan DTSEN yang diinput/diverifikasi", "600", "keluarga")],
      },
    ],
  ],
  [
    /^(Penata Layanan Operasional|Verifikator Keuangan)/,
    [
      {
        text: "Tertibnya penatausahaan keuangan",
        hint: "keuangan",
        ikis: [
          q("Jumlah dokumen SPJ yang disusun", "12", "dokumen"),
          w("Jumlah LPJ bendahara tepat waktu", "12", "laporan"),
        ],
      },
    ],
  ],
  [
    /^(Penelaah Teknis Kebijakan|Penata Kelola Pemerintahan|Fasilitator Pemerintahan)/,
    [
      {
        text: "Tersusunnya bahan telaahan administrasi pemerintahan",
        hint: "",
        ikis: [q("Jumlah telaahan/nota dinas yang disusun", "24", "dokumen")],
      },
    ],
  ],
  [
    /^(Pranata Trantibum|Polisi Pamong Praja)/,
    [
      {
        text: "Terdokumentasinya situasi trantibum wilayah",
        hint: "",
        ikis: [q("Jumlah laporan hasil patroli/monitoring", "48", "laporan")],
      },
    ],
  ],
  [
    /^Pranata Komputer/,
    [
      {
        text: "Terkelolanya layanan TIK kecamatan",
        hint: "persuratan",
        ikis: [
          k("Persentase ketersediaan (uptime) layanan aplikasi/website kecamatan", "98", "persen"),
          q("Jumlah konten informasi publik yang dipublikasikan", "48", "konten"),
        ],
      },
    ],
  ],
  [
    /^Arsiparis/,
    [
      {
        text: "Tertatanya arsip dinamis kecamatan",
        hint: "persuratan",
        ikis: [q("Jumlah berkas arsip yang ditata dan dideskripsi", "400", "berkas")],
      },
    ],
  ],
  [
    /^Analis Sumber Daya Manusia/,
    [
      {
        text: "Terkelolanya data dan layanan kinerja pegawai",
        hint: "kepegawaian",
        ikis: [
          w("Persentase SKP pegawai yang direviu sebelum batas waktu", "100", "persen"),
          q("Jumlah laporan pemantauan kinerja pegawai", "12", "laporan"),
        ],
      },
    ],
  ],
];

const generic: RhkTemplate[] = [
  {
    text: "Terlaksananya tugas pelayanan dan administrasi unit kerja",
    ikis: [q("Jumlah dokumen/layanan yang diselesaikan", "120", "dokumen")],
  },
];

export function templateFor(positionName: string): RhkTemplate[] {
  return byPosition.find(([pattern]) => pattern.test(positionName))?.[1] ?? generic;
}

export const defaultLampiran = {
  dukungan_sumber_daya: ["Komputer/laptop dan koneksi internet", "Akses aplikasi SRIKANDI dan e-Kinerja"],
  skema_pertanggungjawaban: [
    "Hasil kerja dilaporkan setiap bulan melalui laporan kinerja bulanan",
    "Bukti kerja dalam bentuk laporan dan dokumen",
  ],
  konsekuensi: [
    "Apabila memenuhi ekspektasi akan diberikan penghargaan sesuai ketentuan",
    "Apabila di bawah ekspektasi akan dilakukan pembinaan kinerja",
  ],
};

/** Expectations a rater typically writes for three of the values; the rest stay empty. */
export const sampleExpectations = [
  {
    valueCode: "berorientasi_pelayanan" as const,
    text: "Melayani masyarakat dengan ramah dan menyelesaikan layanan sesuai standar waktu",
  },
  {
    valueCode: "akuntabel" as const,
    text: "Melaporkan hasil kerja bulanan tepat waktu dengan bukti dukung yang lengkap",
  },
  { valueCode: "kolaboratif" as const, text: "Aktif berkoordinasi dengan kelurahan dan seksi lain" },
];
